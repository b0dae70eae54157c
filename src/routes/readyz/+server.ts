import type { RequestHandler } from './$types';
import { isDatabaseReachable } from '$lib/server/db/health';

/**
 * Readiness: the database answers (within 1.5 s, so a probe never hangs on an unreachable host).
 * A load balancer sends no traffic while this says 503.
 */
export const GET: RequestHandler = async () => {
	const headers = { 'content-type': 'text/plain', 'cache-control': 'no-store' };
	if (await isDatabaseReachable()) return new Response('ready', { headers });
	return new Response('database unavailable', { status: 503, headers });
};
