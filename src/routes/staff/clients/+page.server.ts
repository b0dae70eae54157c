import type { PageServerLoad } from './$types';
import { requireStaff } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { listClients } from '$lib/server/client-file';
import { cleanText } from '$lib/server/forms/parse';

export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event);
	const query = cleanText(event.url.searchParams.get('q') ?? '').slice(0, 100);
	return { query, clients: await listClients(db(), staff, query) };
};
