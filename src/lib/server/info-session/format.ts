import { DISPLAY_TIME_ZONE } from '../time';
import { dateTimeFormat } from '../../intl';

const intlLocale: Record<string, string> = { nl: 'nl-NL', en: 'en-GB', ar: 'ar', ti: 'ti' };

/** A date without the time, in the Netherlands' time zone, with Western digits (as time.ts). */
export function formatDate(date: Date, locale: string): string {
	return dateTimeFormat(intlLocale[locale] ?? 'nl-NL', {
		dateStyle: 'long',
		timeZone: DISPLAY_TIME_ZONE,
		numberingSystem: 'latn'
	}).format(date);
}
