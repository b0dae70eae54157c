import type { TFunction } from 'i18next';
import { DEFAULT_LOCALE, LOCALE_CODES, isLocale, type Locale } from '$lib/i18n/languages';
import { createTranslator, type Messages } from '$lib/i18n/translator';

const files = import.meta.glob('../i18n/locales/*/*.json', { eager: true, import: 'default' });

/** All messages, per language, per namespace file. */
const messagesByLocale: Record<string, Messages> = {};
for (const [path, content] of Object.entries(files)) {
	const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
	if (!match) continue;
	const [, locale, namespace] = match;
	(messagesByLocale[locale] ??= {})[namespace] = content;
}

export function messagesFor(locale: Locale): Messages {
	return messagesByLocale[locale] ?? {};
}

const translators = new Map<Locale, TFunction>();

/** Server-side translator; missing keys fall back to Dutch, the source language. */
export function translatorFor(locale: Locale): TFunction {
	let t = translators.get(locale);
	if (!t) {
		t = createTranslator(locale, messagesFor(locale), {
			locale: DEFAULT_LOCALE,
			messages: messagesFor(DEFAULT_LOCALE)
		});
		translators.set(locale, t);
	}
	return t;
}

/** Picks the best supported language from an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | null): Locale | undefined {
	if (!header) return undefined;
	const ranked = header
		.split(',')
		.map((part) => {
			const [tag, ...params] = part.trim().split(';');
			const q = params.find((p) => p.trim().startsWith('q='));
			return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
		})
		.filter((entry) => entry.tag && entry.q > 0)
		.sort((a, b) => b.q - a.q);
	for (const { tag } of ranked) {
		const base = tag.split('-')[0];
		if (isLocale(base)) return base;
	}
	return undefined;
}

export { LOCALE_CODES };
