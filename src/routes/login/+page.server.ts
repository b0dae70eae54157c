import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db';
import { attemptLogin } from '$lib/server/auth/login';
import { signIn } from '$lib/server/auth/sign-in';
import { carryOverAnonymousProgress } from '$lib/server/info-session/carry-over';
import { homePathFor, needsSecondFactor } from '$lib/server/auth/roles';
import { safeRedirectTarget } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/forms/parse';
import { readFormData } from '$lib/server/forms/request';
import { formatTime } from '$lib/server/time';

const LOGIN_FORM = {
	email: { type: 'email' },
	password: { type: 'password', max: 200 },
	redirectTo: { type: 'text', required: false, max: 500 }
} as const;

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, homePathFor(locals.user.role));
	return { redirectTo: url.searchParams.get('redirectTo') ?? '' };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await readFormData(event.request);
		if (!form) return fail(400, { values: {}, errors: {}, message: 'form.unreadable' });
		const parsed = parseForm(form, LOGIN_FORM);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const { email, password, redirectTo } = parsed.data;
		const result = await attemptLogin(db(), { email, password, ip: event.getClientAddress() });
		if (!result.ok) {
			const values = { email: parsed.values.email, redirectTo };
			if (result.reason === 'throttled') {
				return fail(429, {
					values,
					errors: {},
					message: 'auth.login.throttled',
					retryAt: formatTime(result.retryAt, event.locals.locale)
				});
			}
			return fail(400, { values, errors: {}, message: 'auth.login.invalid' });
		}
		await signIn(
			db(),
			event.cookies,
			result.user.id,
			event.locals.session?.id ?? event.locals.pendingTwoFactor?.session.id
		);
		await carryOverAnonymousProgress(db(), event.cookies, result.user.id);
		if (needsSecondFactor(result.twoFactor)) {
			const next = safeRedirectTarget(redirectTo, '');
			redirect(303, `/login/two-factor${next ? `?redirectTo=${encodeURIComponent(next)}` : ''}`);
		}
		redirect(303, safeRedirectTarget(redirectTo, homePathFor(result.user.role)));
	}
};
