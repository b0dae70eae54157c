import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { exportPersonalData } from '$lib/server/privacy/export';
import '$lib/server/privacy/registry';

/** All of the person's own data as a JSON file (machine-readable, AVG art. 20). */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const data = await exportPersonalData(db(), user.id);
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': 'attachment; filename="mijn-gegevens.json"',
			'cache-control': 'private, no-store'
		}
	});
};
