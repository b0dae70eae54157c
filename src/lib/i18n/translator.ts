import i18next, { type TFunction } from 'i18next';
import type { Locale } from './languages';

/** One language's messages: one object per namespace file (auth.json → { auth: {...} }). */
export type Messages = Record<string, unknown>;

/**
 * A synchronous translator for one language. Used on the server and, with the same messages the
 * server sent, in the browser, so hydration renders the same text.
 */
export function createTranslator(
	locale: Locale,
	messages: Messages,
	fallback?: { locale: Locale; messages: Messages }
): TFunction {
	const resources: Record<string, { translation: Messages }> = {
		[locale]: { translation: messages }
	};
	if (fallback && fallback.locale !== locale) {
		resources[fallback.locale] = { translation: fallback.messages };
	}
	const instance = i18next.createInstance();
	void instance.init({
		lng: locale,
		fallbackLng: fallback?.locale ?? false,
		resources,
		initAsync: false,
		returnNull: false,
		// Svelte escapes text itself; escaping here would show &amp; to people.
		interpolation: { escapeValue: false }
	});
	return instance.t;
}
