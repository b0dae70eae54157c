import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { CLIENT_ROLES } from '$lib/server/auth/roles';
import { getModules } from '$lib/content/info-session';
import { parseForm } from '$lib/server/forms/parse';
import { readFormData } from '$lib/server/forms/request';
import { loadProgress, progressOwnerOf } from '$lib/server/info-session/store';
import { sessionProgress } from '$lib/server/info-session/progress';
import { confirmInfoSession, getLatestCompletion } from '$lib/server/info-session/completion';
import { formatDate } from '$lib/server/info-session/format';

const CONFIRM_FORM = { understood: { type: 'flag' } } as const;

/**
 * Only an applicant or client confirms. Someone not logged in is asked to log in or register
 * (their progress stays in the cookie and moves into the account); staff get 403.
 */
export const load: PageServerLoad = async (event) => {
	const { locals, cookies } = event;
	event.setHeaders({ 'cache-control': 'private, no-store' });
	const user = locals.user ? requireUser(event, CLIENT_ROLES) : null;
	const owner = progressOwnerOf(user);
	const progress = sessionProgress(await loadProgress(db(), owner, cookies));
	const titles = new Map(getModules(locals.locale).map((m) => [m.slug, m.title]));
	const completion = user ? await getLatestCompletion(db(), user.id) : undefined;
	return {
		loggedIn: !!user,
		allDone: progress.allDone,
		open: progress.modules
			.filter((m) => m.status !== 'done')
			.map((m) => ({ slug: m.slug, title: titles.get(m.slug) ?? m.slug })),
		confirmedOn: completion ? formatDate(completion.confirmedAt, locals.locale) : null
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event, CLIENT_ROLES);
		const form = await readFormData(event.request);
		if (!form) return fail(400, { errors: {}, message: 'form.unreadable' });
		const parsed = parseForm(form, CONFIRM_FORM);
		if (!parsed.ok || !parsed.data.understood) {
			return fail(400, { errors: { understood: 'infoSession.confirm.required' } });
		}
		const result = await confirmInfoSession(db(), user, event.locals.locale);
		if (!result.ok) return fail(400, { errors: {}, message: 'infoSession.confirm.incomplete' });
		redirect(303, '/info-session/summary?confirmed=1');
	}
};
