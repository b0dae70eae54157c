import { sql } from 'drizzle-orm';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db';

/** Readiness: the database answers. A load balancer sends no traffic while this says 503. */
export const GET: RequestHandler = async () => {
	try {
		await db().execute(sql`select 1`);
		return new Response('ready', {
			headers: { 'content-type': 'text/plain', 'cache-control': 'no-store' }
		});
	} catch {
		return new Response('database unavailable', {
			status: 503,
			headers: { 'content-type': 'text/plain', 'cache-control': 'no-store' }
		});
	}
};
