import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db';
import { useRecoveryCode } from '$lib/server/auth/two-factor';
import { recordAudit } from '$lib/server/audit/record';
import { parseForm } from '$lib/server/forms/parse';
import { readFormData } from '$lib/server/forms/request';

const RECOVERY_FORM = { code: { type: 'text', max: 20 } } as const;

export const load: PageServerLoad = ({ locals }) => {
	if (!locals.pendingTwoFactor) redirect(303, '/login');
};

export const actions: Actions = {
	default: async (event) => {
		const pending = event.locals.pendingTwoFactor;
		if (!pending) redirect(303, '/login');
		const form = await readFormData(event.request);
		if (!form) return fail(400, { errors: {}, message: 'form.unreadable' });
		const parsed = parseForm(form, RECOVERY_FORM);
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const check = await useRecoveryCode(db(), pending.user.id, parsed.data.code);
		if (check === 'throttled') return fail(429, { errors: {}, message: 'twoFactor.throttled' });
		if (check !== 'ok') return fail(400, { errors: { code: 'twoFactor.wrongRecoveryCode' } });
		await recordAudit(db(), {
			actorId: pending.user.id,
			action: 'two_factor.recovery_code_used',
			subjectId: pending.user.id,
			municipalityId: pending.user.municipalityId
		});
		// The old authenticator is gone: set up a new one (required for staff, optional for clients).
		redirect(303, '/login/two-factor/setup');
	}
};
