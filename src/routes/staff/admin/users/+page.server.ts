import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireStaff } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { listUsersOfMunicipality } from '$lib/server/auth/accounts';
import { createStaffAccount } from '$lib/server/auth/staff-accounts';
import { STAFF_ROLES, type StaffRole } from '$lib/server/auth/roles';
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

export const actions: Actions = {
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
