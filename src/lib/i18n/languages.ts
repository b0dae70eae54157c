/**
 * The portal's languages. Adding a language = its JSON files under ./locales/<code>/ plus one line here.
 * Each language is named in itself, as the language switcher shows it.
 */
export const LANGUAGES = [
	{ code: 'nl', name: 'Nederlands', dir: 'ltr' },
	{ code: 'en', name: 'English', dir: 'ltr' },
	{ code: 'ar', name: 'العربية', dir: 'rtl' },
	{ code: 'ti', name: 'ትግርኛ', dir: 'ltr' }
] as const;

export type Locale = (typeof LANGUAGES)[number]['code'];
export type TextDirection = 'ltr' | 'rtl';

export const DEFAULT_LOCALE: Locale = 'nl';
export const LOCALE_CODES: readonly Locale[] = LANGUAGES.map((l) => l.code);

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALE_CODES as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): TextDirection {
	return LANGUAGES.find((l) => l.code === locale)?.dir ?? 'ltr';
}
