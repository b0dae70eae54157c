import type { RequestHandler } from './$types';

/** Liveness: the process answers. No database work. */
export const GET: RequestHandler = () =>
	new Response('ok', { headers: { 'content-type': 'text/plain', 'cache-control': 'no-store' } });
