/**
 * Calendar days as 'YYYY-MM-DD' strings (the `date` columns' form), in the Netherlands' time zone.
 * Pure arithmetic on UTC midnights, so no daylight-saving surprises.
 */
import { dateTimeFormat } from '../../intl';

const DAY_MS = 86_400_000;

/** Today in Europe/Amsterdam. */
export function todayIso(now: Date = new Date()): string {
	return dateTimeFormat('en-CA', {
		timeZone: 'Europe/Amsterdam',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(now);
}

export function isIsoDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const parsed = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function toUtc(day: string): number {
	return Date.parse(`${day}T00:00:00Z`);
}

function fromUtc(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
	return fromUtc(toUtc(day) + days * DAY_MS);
}

/** Adds calendar months; the 31st becomes the last day of a shorter month. */
export function addMonths(day: string, months: number): string {
	const [y, m, d] = day.split('-').map(Number);
	const total = y * 12 + (m - 1) + months;
	const year = Math.floor(total / 12);
	const month = total - year * 12;
	const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
	return fromUtc(Date.UTC(year, month, Math.min(d, lastDay)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** 'YYYY-MM' of a day. */
export function monthOf(day: string): string {
	return day.slice(0, 7);
}

/** The first day of the month `months` away from the month of `day`. */
export function monthStart(day: string, months = 0): string {
	return addMonths(`${day.slice(0, 7)}-01`, months);
}

/** The last day of the month of `day`. */
export function monthEnd(day: string): string {
	return addDays(monthStart(day, 1), -1);
}

/** Monday of the ISO week of `day`. */
export function weekStart(day: string): string {
	const weekday = new Date(toUtc(day)).getUTCDay(); // 0 = Sunday
	return addDays(day, -((weekday + 6) % 7));
}

/** A day from a Date, in the Netherlands. */
export function isoDay(date: Date): string {
	return todayIso(date);
}
