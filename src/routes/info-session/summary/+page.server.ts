import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { CLIENT_ROLES } from '$lib/server/auth/roles';
import { INFO_SESSION_VERSION, getModules } from '$lib/content/info-session';
import { getLatestCompletion } from '$lib/server/info-session/completion';
import { formatDateTime } from '$lib/server/time';

/** A printable summary of what the person confirmed knowing: each module's key points. */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, CLIENT_ROLES);
	const completion = await getLatestCompletion(db(), user.id);
	if (!completion) redirect(303, '/info-session/confirm');
	const locale = event.locals.locale;
	return {
		name: user.name,
		confirmedAt: formatDateTime(completion.confirmedAt, locale),
		confirmedLocale: completion.locale,
		contentVersion: completion.contentVersion,
		isCurrentVersion: completion.contentVersion === INFO_SESSION_VERSION,
		modules: getModules(locale).map((m) => ({
			slug: m.slug,
			title: m.title,
			keyPoints: m.keyPoints
		}))
	};
};
