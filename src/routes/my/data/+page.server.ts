import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { exportPersonalData } from '$lib/server/privacy/export';
import '$lib/server/privacy/registry';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return { export: await exportPersonalData(db(), user.id) };
};
