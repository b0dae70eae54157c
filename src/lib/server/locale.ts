import { DEFAULT_LOCALE, isLocale, type Locale } from '$lib/i18n/languages';
import { config } from './config';
import { localeFromAcceptLanguage } from './i18n';

export const LANGUAGE_COOKIE = 'lang';

export function languageCookieOptions() {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: config().production,
		maxAge: 60 * 60 * 24 * 365
	};
}

export function resolveLocale(input: {
	cookie?: string;
	preferred?: string;
	acceptLanguage: string | null;
}): Locale {
	if (isLocale(input.cookie)) return input.cookie;
	if (isLocale(input.preferred)) return input.preferred;
	return localeFromAcceptLanguage(input.acceptLanguage) ?? DEFAULT_LOCALE;
}
