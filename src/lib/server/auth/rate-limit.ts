import { sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { queryRows } from '../db/sql';

export interface Limit {
	/** What is counted, e.g. 'login-account'. */
	bucket: string;
	max: number;
	windowMs: number;
}

export interface LimitState {
	blocked: boolean;
	count: number;
	/** When the current window ends: the moment to try again when blocked. */
	retryAt: Date;
}

/**
 * Fixed-window counters in PostgreSQL, shared by every app instance.
 * `hitLimit` counts one event atomically (a single upsert) and tells whether the limit is now exceeded.
 */
export async function hitLimit(db: Executor, limit: Limit, key: string): Promise<LimitState> {
	const windowSeconds = limit.windowMs / 1000;
	const [row] = await queryRows<{ count: number | string; window_start: Date | string }>(
		db,
		sql`insert into rate_limit (bucket, key, window_start, count)
			values (${limit.bucket}, ${key}, now(), 1)
			on conflict (bucket, key) do update set
				count = case when rate_limit.window_start <= now() - make_interval(secs => ${windowSeconds})
					then 1 else rate_limit.count + 1 end,
				window_start = case when rate_limit.window_start <= now() - make_interval(secs => ${windowSeconds})
					then now() else rate_limit.window_start end
			returning count, window_start`
	);
	return toState(limit, Number(row.count), new Date(row.window_start), limit.max);
}

/** Reads the counter without counting: blocked when the limit has been reached in this window. */
export async function peekLimit(db: Executor, limit: Limit, key: string): Promise<LimitState> {
	const windowSeconds = limit.windowMs / 1000;
	const [row] = await queryRows<{ count: number | string; window_start: Date | string }>(
		db,
		sql`select count, window_start from rate_limit
			where bucket = ${limit.bucket} and key = ${key}
			and window_start > now() - make_interval(secs => ${windowSeconds})`
	);
	if (!row) return { blocked: false, count: 0, retryAt: new Date() };
	return toState(limit, Number(row.count), new Date(row.window_start), limit.max - 1);
}

export async function resetLimit(db: Executor, limit: Limit, key: string): Promise<void> {
	await db.execute(sql`delete from rate_limit where bucket = ${limit.bucket} and key = ${key}`);
}

/** Removes windows that ended long ago; called now and then, never on the hot path. */
export async function pruneLimits(db: Executor, olderThanMs: number): Promise<void> {
	await db.execute(
		sql`delete from rate_limit where window_start < now() - make_interval(secs => ${olderThanMs / 1000})`
	);
}

function toState(limit: Limit, count: number, windowStart: Date, allowedUpTo: number): LimitState {
	return {
		blocked: count > allowedUpTo,
		count,
		retryAt: new Date(windowStart.getTime() + limit.windowMs)
	};
}
