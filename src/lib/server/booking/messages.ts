import type { TFunction } from 'i18next';
import { createTranslator } from '../../i18n/translator';
import { isLocale, type Locale } from '../../i18n/languages';
import nl from '../../i18n/locales/nl/booking.json';
import en from '../../i18n/locales/en/booking.json';
import ar from '../../i18n/locales/ar/booking.json';
import ti from '../../i18n/locales/ti/booking.json';

/**
 * Booking's texts for e-mails and calendar files, in the recipient's language. Imported as JSON
 * (not through $lib/server/i18n's import.meta.glob) so jobs and CLI scripts under tsx can use it.
 */
const BY_LOCALE: Record<Locale, unknown> = { nl, en, ar, ti };
const translators = new Map<Locale, TFunction>();

export function bookingLocale(preferred: string | null | undefined): Locale {
	return isLocale(preferred) ? preferred : 'nl';
}

export function bookingTranslator(locale: Locale): TFunction {
	let t = translators.get(locale);
	if (!t) {
		t = createTranslator(
			locale,
			{ booking: BY_LOCALE[locale] },
			{ locale: 'nl', messages: { booking: nl } }
		);
		translators.set(locale, t);
	}
	return t;
}
