import type { PageServerLoad } from './$types';
import { requireStaff } from '$lib/server/auth/guard';
import {
	INFO_SESSION_VERSION,
	LOCALES,
	getModules,
	getTranslationStatus
} from '$lib/content/info-session';

/** For staff only: the content version and its translation status per module and language. */
export const load: PageServerLoad = (event) => {
	requireStaff(event);
	const status = getTranslationStatus();
	return {
		version: INFO_SESSION_VERSION,
		locales: [...LOCALES],
		modules: getModules(event.locals.locale).map((m) => ({
			slug: m.slug,
			title: m.title,
			status: LOCALES.map((locale) => status[locale][m.slug])
		}))
	};
};
