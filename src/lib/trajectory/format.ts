/**
 * Formatting for the trajectory pages (browser-safe). Days arrive as 'YYYY-MM-DD', instants as ISO
 * strings; shown in the page's language with Latin digits (as the rest of the portal) and in the
 * Netherlands' time zone.
 */
import { dateTimeFormat, numberFormat } from '../intl';
const INTL: Record<string, string> = { nl: 'nl-NL', en: 'en-GB', ar: 'ar', ti: 'ti' };
const TIME_ZONE = 'Europe/Amsterdam';

function intl(locale: string): string {
	return INTL[locale] ?? 'nl-NL';
}

export function formatDay(day: string | null | undefined, locale: string): string {
	if (!day) return '';
	return dateTimeFormat(intl(locale), {
		dateStyle: 'medium',
		timeZone: 'UTC',
		numberingSystem: 'latn'
	}).format(new Date(`${day.slice(0, 10)}T00:00:00Z`));
}

export function formatDateTime(iso: string | null | undefined, locale: string): string {
	if (!iso) return '';
	return dateTimeFormat(intl(locale), {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: TIME_ZONE,
		numberingSystem: 'latn'
	}).format(new Date(iso));
}

/** 'YYYY-MM' as "nov. 2026". */
export function formatMonth(
	month: string,
	locale: string,
	style: 'short' | 'long' = 'short'
): string {
	return dateTimeFormat(intl(locale), {
		month: style,
		year: 'numeric',
		timeZone: 'UTC',
		numberingSystem: 'latn'
	}).format(new Date(`${month}-01T00:00:00Z`));
}

/** 'YYYY-MM' as a short axis label: "nov 26". */
export function formatMonthTick(month: string, locale: string): string {
	return dateTimeFormat(intl(locale), {
		month: 'short',
		year: '2-digit',
		timeZone: 'UTC',
		numberingSystem: 'latn'
	})
		.format(new Date(`${month}-01T00:00:00Z`))
		.replace('.', '');
}

/** A day as a short axis label: "8 jun". */
export function formatDayTick(day: string, locale: string): string {
	return dateTimeFormat(intl(locale), {
		day: 'numeric',
		month: 'short',
		timeZone: 'UTC',
		numberingSystem: 'latn'
	})
		.format(new Date(`${day}T00:00:00Z`))
		.replace('.', '');
}

export function formatNumber(value: number, locale: string): string {
	return numberFormat(intl(locale), { numberingSystem: 'latn' }).format(value);
}

export function formatEuros(cents: number | null, locale: string): string {
	if (cents === null) return '–';
	return numberFormat(intl(locale), {
		style: 'currency',
		currency: 'EUR',
		maximumFractionDigits: 0,
		numberingSystem: 'latn'
	}).format(cents / 100);
}

export function formatShare(share: number | null, locale: string): string {
	if (share === null) return '–';
	return numberFormat(intl(locale), {
		style: 'percent',
		maximumFractionDigits: 0,
		numberingSystem: 'latn'
	}).format(share);
}
