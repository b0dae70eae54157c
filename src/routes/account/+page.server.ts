import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { isStaffRole } from '$lib/server/auth/roles';
import { changePassword } from '$lib/server/auth/password-change';
import { disableTwoFactor, verifyTwoFactorCode } from '$lib/server/auth/two-factor';
import { invalidateUserSessions } from '$lib/server/auth/session';
import { deleteSessionCookie } from '$lib/server/auth/cookie';
import { signIn } from '$lib/server/auth/sign-in';
import { recordAudit } from '$lib/server/audit/record';
import { parseForm } from '$lib/server/forms/parse';
import { readFormData } from '$lib/server/forms/request';

const PASSWORD_FORM = {
	currentPassword: { type: 'password', max: 200 },
	newPassword: { type: 'password', max: 200 }
} as const;
const CODE_FORM = { code: { type: 'text', max: 12 } } as const;

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	return {
		twoFactorEnabled: user.twoFactorEnabled,
		twoFactorRequired: isStaffRole(user.role)
	};
};

export const actions: Actions = {
	password: async (event) => {
		const user = requireUser(event);
		const form = await readFormData(event.request);
		if (!form) return fail(400, { action: 'password', errors: {}, message: 'form.unreadable' });
		const parsed = parseForm(form, PASSWORD_FORM);
		if (!parsed.ok) return fail(400, { action: 'password', errors: parsed.errors });
		const result = await changePassword(
			db(),
			user.id,
			parsed.data.currentPassword,
			parsed.data.newPassword
		);
		if (!result.ok)
			return fail(400, { action: 'password', errors: { [result.field]: result.error } });
		await recordAudit(db(), {
			actorId: user.id,
			action: 'account.password_changed',
			subjectId: user.id,
			municipalityId: user.municipalityId
		});
		// Every session ended (other devices too); this browser continues in a new one.
		event.locals.session = await signIn(
			db(),
			event.cookies,
			user.id,
			null,
			event.locals.session?.twoFactorVerified ?? false
		);
		return { action: 'password', done: 'account.passwordChanged' };
	},
	logoutEverywhere: async (event) => {
		const user = requireUser(event);
		await invalidateUserSessions(db(), user.id);
		deleteSessionCookie(event.cookies);
		redirect(303, '/login?loggedOutEverywhere=1');
	},
	disableTwoFactor: async (event) => {
		const user = requireUser(event);
		if (isStaffRole(user.role))
			return fail(403, { action: 'twoFactor', errors: {}, message: 'account.staffNeedsTwoFactor' });
		const form = await readFormData(event.request);
		if (!form) return fail(400, { action: 'twoFactor', errors: {}, message: 'form.unreadable' });
		const parsed = parseForm(form, CODE_FORM);
		if (!parsed.ok) return fail(400, { action: 'twoFactor', errors: parsed.errors });
		const check = await verifyTwoFactorCode(db(), user.id, parsed.data.code);
		if (check !== 'ok')
			return fail(400, {
				action: 'twoFactor',
				errors: { code: check === 'throttled' ? 'twoFactor.throttled' : 'twoFactor.wrongCode' }
			});
		await disableTwoFactor(db(), user.id);
		await recordAudit(db(), {
			actorId: user.id,
			action: 'two_factor.disabled',
			subjectId: user.id,
			municipalityId: user.municipalityId
		});
		return { action: 'twoFactor', done: 'account.twoFactorDisabled' };
	}
};
