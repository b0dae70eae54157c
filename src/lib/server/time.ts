/** All times are stored in UTC and shown in the Netherlands' time zone. */
import { dateTimeFormat } from '../intl';
export const DISPLAY_TIME_ZONE = 'Europe/Amsterdam';

const intlLocale: Record<string, string> = { nl: 'nl-NL', en: 'en-GB', ar: 'ar', ti: 'ti' };

export function formatTime(date: Date, locale: string): string {
	return dateTimeFormat(intlLocale[locale] ?? 'nl-NL', {
		hour: '2-digit',
		minute: '2-digit',
		timeZone: DISPLAY_TIME_ZONE,
		numberingSystem: 'latn'
	}).format(date);
}

export function formatDateTime(date: Date, locale: string): string {
	return dateTimeFormat(intlLocale[locale] ?? 'nl-NL', {
		dateStyle: 'long',
		timeStyle: 'short',
		timeZone: DISPLAY_TIME_ZONE,
		numberingSystem: 'latn'
	}).format(date);
}
