import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db';
import { signIn } from '$lib/server/auth/sign-in';
import { homePathFor } from '$lib/server/auth/roles';
import { safeRedirectTarget } from '$lib/server/auth/guard';
import { verifyTwoFactorCode } from '$lib/server/auth/two-factor';
import { parseForm } from '$lib/server/forms/parse';
import { readFormData } from '$lib/server/forms/request';

const CODE_FORM = {
	code: { type: 'text', max: 12 },
	redirectTo: { type: 'text', required: false, max: 500 }
} as const;

export const load: PageServerLoad = ({ locals, url }) => {
	const pending = locals.pendingTwoFactor;
	if (!pending) redirect(303, locals.user ? homePathFor(locals.user.role) : '/login');
	if (!pending.user.twoFactorEnabled) redirect(303, '/login/two-factor/setup');
	return { redirectTo: url.searchParams.get('redirectTo') ?? '' };
};

export const actions: Actions = {
	default: async (event) => {
		const pending = event.locals.pendingTwoFactor;
		if (!pending) redirect(303, '/login');
		const form = await readFormData(event.request);
		if (!form) return fail(400, { errors: {}, message: 'form.unreadable' });
		const parsed = parseForm(form, CODE_FORM);
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const check = await verifyTwoFactorCode(db(), pending.user.id, parsed.data.code);
		if (check === 'throttled') return fail(429, { errors: {}, message: 'twoFactor.throttled' });
		if (check === 'not_enrolled') redirect(303, '/login/two-factor/setup');
		if (check !== 'ok') return fail(400, { errors: { code: 'twoFactor.wrongCode' } });
		// Privilege change: a new session replaces the half-signed-in one.
		await signIn(db(), event.cookies, pending.user.id, pending.session.id, true);
		redirect(303, safeRedirectTarget(parsed.data.redirectTo, homePathFor(pending.user.role)));
	}
};
