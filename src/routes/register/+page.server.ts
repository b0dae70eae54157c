import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db';
import { registerApplicant } from '$lib/server/auth/register';
import { signIn } from '$lib/server/auth/sign-in';
import { carryOverAnonymousProgress } from '$lib/server/info-session/carry-over';
import { homePathFor } from '$lib/server/auth/roles';
import { parseForm } from '$lib/server/forms/parse';
import { readFormData } from '$lib/server/forms/request';
import { LOCALE_CODES } from '$lib/i18n/languages';
import { LANGUAGE_COOKIE, languageCookieOptions } from '$lib/server/locale';
import { config } from '$lib/server/config';
import { municipalityConfigs } from '$lib/server/municipality/config';

function registerForm() {
	return {
		name: { type: 'text', max: 100 },
		email: { type: 'email' },
		password: { type: 'password', max: 200 },
		language: { type: 'choice', options: LOCALE_CODES },
		municipality: { type: 'choice', options: municipalityConfigs().map((m) => m.slug) }
	} as const;
}

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, homePathFor(locals.user.role));
	return {
		municipalities: municipalityConfigs().map((m) => ({ value: m.slug, label: m.name })),
		defaultMunicipality: config().themeMunicipality
	};
};

export const actions: Actions = {
	default: async (event) => {
		const form = await readFormData(event.request);
		if (!form) return fail(400, { values: {}, errors: {}, message: 'form.unreadable' });
		const parsed = parseForm(form, registerForm());
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const result = await registerApplicant(db(), { ...parsed.data, ip: event.getClientAddress() });
		if (!result.ok) {
			const errors = result.field ? { [result.field]: result.error } : {};
			const message = result.field ? undefined : result.error;
			return fail(result.field ? 400 : 429, { values: parsed.values, errors, message });
		}
		await signIn(db(), event.cookies, result.user.id, event.locals.session?.id);
		await carryOverAnonymousProgress(db(), event.cookies, result.user.id);
		event.cookies.set(LANGUAGE_COOKIE, result.user.preferredLocale, languageCookieOptions());
		redirect(303, '/my');
	}
};
