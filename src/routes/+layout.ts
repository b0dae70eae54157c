import type { LayoutLoad } from './$types';
import { createTranslator } from '$lib/i18n/translator';

/** Builds the translator from the messages the server sent, so server and browser say the same. */
export const load: LayoutLoad = ({ data }) => {
	return { ...data, t: createTranslator(data.locale, data.messages) };
};
