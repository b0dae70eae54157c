import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db';
import { signIn } from '$lib/server/auth/sign-in';
import { homePathFor } from '$lib/server/auth/roles';
import { enableTwoFactor } from '$lib/server/auth/two-factor';
import {
	decodeEnrolmentKey,
	enrolmentView,
	newEnrolment,
	requireTwoFactorActor
} from '$lib/server/auth/two-factor-flow';
import { recordAudit } from '$lib/server/audit/record';
import { config } from '$lib/server/config';
import { portalMunicipality } from '$lib/server/municipality/config';
import { parseForm } from '$lib/server/forms/parse';
import { readFormData } from '$lib/server/forms/request';

const SETUP_FORM = { key: { type: 'text', max: 100 }, code: { type: 'text', max: 12 } } as const;

function issuer(): string {
	return `${portalMunicipality(config().themeMunicipality).name} – Werk en Inkomen`;
}

/**
 * Enrolment is for a session that has no second factor yet, or one that passed it. A session that
 * only gave the password of an account that has a factor must answer it first: otherwise knowing
 * the password would be enough to replace the authenticator and get in.
 */
function requireEnrolmentActor(event: Parameters<typeof requireTwoFactorActor>[0]) {
	const actor = requireTwoFactorActor(event);
	if (actor.pending && actor.user.twoFactorEnabled) redirect(303, '/login/two-factor');
	return actor;
}

export const load: PageServerLoad = (event) => {
	const actor = requireEnrolmentActor(event);
	return {
		enrolment: newEnrolment(issuer(), actor.user.email),
		required: actor.pending,
		home: homePathFor(actor.user.role)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireEnrolmentActor(event);
		const form = await readFormData(event.request);
		if (!form) return fail(400, { errors: {}, message: 'form.unreadable' });
		const parsed = parseForm(form, SETUP_FORM);
		const key = decodeEnrolmentKey(
			typeof form.get('key') === 'string' ? String(form.get('key')) : ''
		);
		if (!key) return fail(400, { errors: {}, message: 'twoFactor.setupExpired' });
		const again = enrolmentView(issuer(), actor.user.email, key);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, enrolment: again });
		const result = await enableTwoFactor(
			db(),
			actor.user.id,
			key,
			parsed.data.code.replace(/\s/g, '')
		);
		if (!result.ok) return fail(400, { errors: { code: 'twoFactor.wrongCode' }, enrolment: again });
		await recordAudit(db(), {
			actorId: actor.user.id,
			action: 'two_factor.enabled',
			subjectId: actor.user.id,
			municipalityId: actor.user.municipalityId
		});
		const session = await signIn(db(), event.cookies, actor.user.id, actor.session.id, true);
		// This response (the page with the recovery codes) already belongs to the new session.
		event.locals.user = { ...actor.user, twoFactorEnabled: true };
		event.locals.session = session;
		event.locals.pendingTwoFactor = null;
		return { recoveryCodes: result.recoveryCodes };
	}
};
