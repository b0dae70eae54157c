/**
 * The postgres.js pool behind drizzle, made to survive a database restart.
 *
 * postgres.js 3.4.9 (the newest) has two faults when a connection dies with a write still queued
 * (upstream issues porsager/postgres#1154, #1208, open): the queued write later runs against a
 * socket that is gone and throws from a timer, which would end the whole process; and the
 * connection keeps a stale write timer, so after it reconnects its writes are never sent again (each
 * query on it waits for the connect timeout). We saw both when PostgreSQL was stopped under booking
 * load (`npm run test:outage`). So:
 *  - that one exception (a TypeError thrown in postgres.js's `nextWrite`) is caught and logged, not
 *    fatal; any other uncaught exception still ends the process as Node would;
 *  - after a connection closed, or after that exception, the next query gets a fresh pool (at most
 *    one per second) and the old pool is ended in the background, its stuck connections with it.
 * drizzle holds a small facade that always forwards to the current pool, so every holder of the
 * Database (routes, jobs) moves along without noticing.
 */
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';

type Client = postgres.Sql;

const pools = new Set<{ markBroken(): void }>();
let guardInstalled = false;

/** Is this the postgres.js write-after-close fault (and nothing else)? */
export function isDriverWriteAfterClose(error: unknown): boolean {
	return (
		error instanceof TypeError &&
		/reading 'write'|evaluating 'socket\.write'/.test(error.message) &&
		/nextWrite/.test(error.stack ?? '') &&
		/postgres[\\/]src[\\/]connection\.js/.test(error.stack ?? '')
	);
}

function installGuard(): void {
	if (guardInstalled) return;
	guardInstalled = true;
	process.on('uncaughtException', (error, origin) => {
		if (isDriverWriteAfterClose(error)) {
			console.error('database: a connection closed with a write queued; opening a fresh pool');
			for (const pool of pools) pool.markBroken();
			return;
		}
		// Any other: as Node does without a listener.
		console.error(origin === 'unhandledRejection' ? 'Unhandled rejection:' : 'Uncaught exception:');
		console.error(error);
		process.exit(1);
	});
}

export interface ResilientPool {
	/** What drizzle is given: forwards to the current pool. */
	facade: Client;
	/** The pool in use now (for what drizzle does not cover, e.g. a reserved connection). */
	client(): Client;
	/** How many times the pool was replaced (tests, diagnostics). */
	replacements(): number;
	close(timeoutSeconds?: number): Promise<void>;
}

export function openResilientPool(
	url: string,
	options: postgres.Options<Record<string, postgres.PostgresType>>
): ResilientPool {
	installGuard();
	let suspect = false;
	let lastSwap = 0;
	let swaps = 0;
	let closing = false;
	const retiring = new Set<Promise<void>>();

	const create = (): Client => {
		const client: Client = postgres(url, {
			// Connections are not retired by age: a close then always means trouble.
			max_lifetime: null,
			...options,
			// A closed connection of the pool in use may be stuck: replace the pool.
			onclose: () => {
				if (client === current) suspect = true;
			}
		});
		// drizzle sets its type parsers on the client it is given: give this one the same.
		drizzle(client);
		return client;
	};
	let current = create();

	const self = { markBroken: () => (suspect = true) };
	pools.add(self);

	/** The pool to use now: a fresh one when the current may hold a stuck connection. */
	function pool(): Client {
		if (suspect && !closing && Date.now() - lastSwap >= 1000) {
			suspect = false;
			lastSwap = Date.now();
			swaps++;
			const old = current;
			current = create();
			// Queries still running on the old pool may finish within 5 s.
			const ending = old
				.end({ timeout: 5 })
				.catch(() => {})
				.finally(() => retiring.delete(ending));
			retiring.add(ending);
		}
		return current;
	}

	const first = current;
	const facade = {
		// drizzle reads and adjusts these once, when it is constructed.
		options: first.options,
		unsafe: (...args: Parameters<Client['unsafe']>) => pool().unsafe(...args),
		begin: (...args: unknown[]) => (pool().begin as (...a: unknown[]) => unknown)(...args)
	} as unknown as Client;

	return {
		facade,
		client: pool,
		replacements: () => swaps,
		async close(timeoutSeconds = 5) {
			closing = true;
			pools.delete(self);
			await Promise.all([current.end({ timeout: timeoutSeconds }), ...retiring]);
		}
	};
}
