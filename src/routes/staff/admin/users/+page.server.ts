import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireStaff } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { listUsersOfMunicipality } from '$lib/server/auth/accounts';
import { createStaffAccount } from '$lib/server/auth/staff-accounts';
import { STAFF_ROLES, isStaffRole, type StaffRole } from '$lib/server/auth/roles';
import { getUserById } from '$lib/server/auth/accounts';
import { resetTwoFactor } from '$lib/server/auth/two-factor';
import { recordAudit } from '$lib/server/audit/record';
import { parseForm } from '$lib/server/forms/parse';
import { readFormData } from '$lib/server/forms/request';

const ADMIN = ['administrator'] as const;

const NEW_STAFF_FORM = {
	name: { type: 'text', max: 100 },
	email: { type: 'email' },
	role: { type: 'choice', options: STAFF_ROLES }
} as const;

export const load: PageServerLoad = async (event) => {
	const admin = requireStaff(event, ADMIN);
	return { users: await listUsersOfMunicipality(db(), admin.municipalityId), roles: STAFF_ROLES };
};

const RESET_FORM = { userId: { type: 'text', max: 36 } } as const;

export const actions: Actions = {
	resetTwoFactor: async (event) => {
		const admin = requireStaff(event, ADMIN);
		const form = await readFormData(event.request);
		const parsed = form ? parseForm(form, RESET_FORM) : null;
		if (!parsed?.ok) return fail(400, { message: 'form.unreadable' });
		const target = /^[0-9a-f-]{36}$/i.test(parsed.data.userId)
			? await getUserById(db(), parsed.data.userId)
			: undefined;
		// Only staff of the administrator's own municipality; anything else looks like "not found".
		if (!target || target.municipalityId !== admin.municipalityId || !isStaffRole(target.role)) {
			return fail(404, { message: 'admin.userNotFound' });
		}
		await resetTwoFactor(db(), target.id);
		await recordAudit(db(), {
			actorId: admin.id,
			action: 'two_factor.reset_by_admin',
			subjectId: target.id,
			municipalityId: admin.municipalityId
		});
		return { reset: { name: target.name } };
	},
	create: async (event) => {
		const admin = requireStaff(event, ADMIN);
		const form = await readFormData(event.request);
		if (!form) return fail(400, { values: {}, errors: {}, message: 'form.unreadable' });
		const parsed = parseForm(form, NEW_STAFF_FORM);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const result = await createStaffAccount(db(), {
			name: parsed.data.name,
			email: parsed.data.email,
			role: parsed.data.role as StaffRole,
			municipalityId: admin.municipalityId
		});
		if (!result.ok)
			return fail(400, { values: parsed.values, errors: { [result.field]: result.error } });
		return {
			created: {
				name: result.user.name,
				email: result.user.email,
				initialPassword: result.initialPassword
			}
		};
	}
};
