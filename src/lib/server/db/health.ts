import { sql } from 'drizzle-orm';
import { db } from './index';

/** Whether the database answers within the time given; never throws. */
export async function isDatabaseReachable(timeoutMs = 1500): Promise<boolean> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	try {
		const timeout = new Promise<false>((resolve) => {
			timer = setTimeout(() => resolve(false), timeoutMs);
		});
		const probe = db()
			.execute(sql`select 1`)
			.then(() => true)
			.catch(() => false);
		return await Promise.race([probe, timeout]);
	} catch {
		return false;
	} finally {
		clearTimeout(timer);
	}
}

/** Error codes that mean "the database could not be reached or went away", not "the query was wrong". */
const CONNECTION_CODES = new Set([
	// postgres.js
	'CONNECTION_CLOSED',
	'CONNECTION_DESTROYED',
	'CONNECTION_ENDED',
	'CONNECT_TIMEOUT',
	// sockets
	'ECONNREFUSED',
	'ECONNRESET',
	'EPIPE',
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'ENOTFOUND',
	'EAI_AGAIN',
	// PostgreSQL: shutting down, crashed, starting up; too many connections
	'57P01',
	'57P02',
	'57P03',
	'53300'
]);

/**
 * The code saying the database is unreachable, found in an error or one it wraps (as drizzle
 * does); undefined for any other error. Such a failure is an outage even when the database is
 * back by the time anyone checks again.
 */
export function connectionErrorCode(error: unknown): string | undefined {
	let current = error;
	for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
		const code = (current as { code?: unknown }).code;
		// SQLSTATE class 08: connection exception.
		if (typeof code === 'string' && (CONNECTION_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code)))
			return code;
		current = (current as { cause?: unknown }).cause;
	}
	return undefined;
}

export function isConnectionError(error: unknown): boolean {
	return connectionErrorCode(error) !== undefined;
}

/** Requests that failed because the database was unreachable (marked by handleError). */
const failedOnDatabase = new WeakSet<Request>();

export function markDatabaseFailure(request: Request): void {
	failedOnDatabase.add(request);
}

export function failedOnDatabaseConnection(request: Request): boolean {
	return failedOnDatabase.has(request);
}
