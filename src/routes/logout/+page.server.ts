import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db';
import { invalidateSession } from '$lib/server/auth/session';
import { deleteSessionCookie } from '$lib/server/auth/cookie';

export const load: PageServerLoad = ({ locals }) => {
	if (!locals.user && !locals.pendingTwoFactor) redirect(303, '/');
};

export const actions: Actions = {
	default: async ({ locals, cookies }) => {
		const current = locals.session ?? locals.pendingTwoFactor?.session;
		if (current) await invalidateSession(db(), current.id);
		deleteSessionCookie(cookies);
		redirect(303, '/?loggedOut=1');
	}
};
