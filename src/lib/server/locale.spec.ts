import { describe, expect, it } from 'vitest';
import { resolveLocale } from './locale';
import { localeFromAcceptLanguage } from './i18n';

describe('language choice', () => {
	it('prefers the cookie, then the person, then the browser, else Dutch', () => {
		expect(resolveLocale({ cookie: 'ti', preferred: 'ar', acceptLanguage: 'en' })).toBe('ti');
		expect(resolveLocale({ cookie: 'xx', preferred: 'ar', acceptLanguage: 'en' })).toBe('ar');
		expect(resolveLocale({ acceptLanguage: 'fr-FR, en-GB;q=0.8, ar;q=0.9' })).toBe('ar');
		expect(resolveLocale({ acceptLanguage: 'fr-FR, de;q=0.5' })).toBe('nl');
		expect(resolveLocale({ acceptLanguage: null })).toBe('nl');
	});

	it('reads Accept-Language quality values', () => {
		expect(localeFromAcceptLanguage('en;q=0.2, ti-ER;q=0.9')).toBe('ti');
		expect(localeFromAcceptLanguage('ar;q=0')).toBeUndefined();
	});
});
