import { json, type RequestHandler } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { translatorFor } from '$lib/server/i18n';
import { isLocale } from '$lib/i18n/languages';
import { readLimitedBody, respondToAssistantApi } from '$lib/server/assistant/api';

/**
 * The assistant as JSON for anyone (no login): see src/lib/server/assistant/api.ts. JSON bodies are
 * not subject to SvelteKit's CSRF check (form content types are), which is fine for this API.
 */
export const POST: RequestHandler = async (event) => {
	const response = await respondToAssistantApi({
		db: db(),
		body: await readLimitedBody(event.request),
		portalLocale: event.locals.locale,
		address: event.getClientAddress(),
		translatorFor: (locale) => translatorFor(isLocale(locale) ? locale : event.locals.locale)
	});
	return json(response.body, { status: response.status, headers: response.headers });
};
