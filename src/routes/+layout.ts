import type { LayoutLoad } from './$types';
import { createPageTranslator } from '$lib/i18n/page-translator';

/** Builds the translator from the messages the server sent, so server and browser say the same. */
export const load: LayoutLoad = ({ data }) => {
	return { ...data, t: createPageTranslator(data.locale, data.messages) };
};
