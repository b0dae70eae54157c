import { DISPLAY_TIME_ZONE } from '../time';
import { directionOf, isLocale } from '../../i18n/languages';
import { dateTimeFormat } from '../../intl';

const INTL_LOCALE: Record<string, string> = { nl: 'nl-NL', en: 'en-GB', ar: 'ar', ti: 'ti' };

function dayFormat(locale: string) {
	return dateTimeFormat(INTL_LOCALE[locale] ?? 'nl-NL', {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: DISPLAY_TIME_ZONE,
		numberingSystem: 'latn'
	});
}

/**
 * "09:30", always on the 24-hour clock: appointment letters and signs in the Netherlands use it,
 * and Arabic's 12-hour form (ص/م) turns a range like 09:30 – 11:00 into a puzzle.
 */
export function formatClock(date: Date, locale: string): string {
	return dateTimeFormat(INTL_LOCALE[locale] ?? 'nl-NL', {
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone: DISPLAY_TIME_ZONE,
		numberingSystem: 'latn'
	}).format(date);
}

/** "dinsdag 30 maart 2027", in the Netherlands' time zone. */
export function formatDay(date: Date, locale: string): string {
	return dayFormat(locale).format(date);
}

const rtl = (locale: string) => isLocale(locale) && directionOf(locale) === 'rtl';

/**
 * "09:30 – 11:00", in the Netherlands' time zone. In a right-to-left language the range is wrapped
 * in a left-to-right isolate (U+2066 … U+2069), so it does not read "11:00 – 09:30" there: in
 * plain-text e-mail as much as on the page.
 */
export function formatTimeRange(start: Date, end: Date, locale: string): string {
	const range = `${formatClock(start, locale)} – ${formatClock(end, locale)}`;
	return rtl(locale) ? `\u2066${range}\u2069` : range;
}

/** "dinsdag 30 maart 2027, 09:30 – 11:00" (Arabic with its own comma). */
export function formatWhen(start: Date, end: Date, locale: string): string {
	return `${formatDay(start, locale)}${rtl(locale) ? '، ' : ', '}${formatTimeRange(start, end, locale)}`;
}
