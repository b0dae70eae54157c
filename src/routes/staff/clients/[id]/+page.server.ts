import type { PageServerLoad } from './$types';
import { requireStaff } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { openClientFile } from '$lib/server/client-file';

export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event);
	const file = await openClientFile(db(), staff, event.params.id, event.locals.locale);
	const { client } = file;
	return {
		client: {
			id: client.id,
			name: client.name,
			email: client.email,
			role: client.role,
			preferredLocale: client.preferredLocale,
			isStatusHolder: client.isStatusHolder,
			createdAt: client.createdAt.toISOString()
		},
		sections: file.sections
	};
};
