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
import { connect, type Socket } from 'node:net';
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
		// Any other: another listener (a test runner) decides, else as Node does without one.
		if (process.listenerCount('uncaughtException') > 1) return;
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

interface Pool {
	client: Client;
	/** Its sockets still open; none is opened any more once it is retired. */
	sockets: Set<Socket>;
	retired: boolean;
}

type SocketOptions = { host: string[]; port: number[]; path?: string | false };

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

	const create = (): Pool => {
		const pool: Pool = {
			client: undefined as unknown as Client,
			sockets: new Set(),
			retired: false
		};
		let nextHost = 0;
		pool.client = postgres(url, {
			// Connections are not retired by age: a close then always means trouble.
			max_lifetime: null,
			// Reconnect attempts at most a second apart (the default grows to 20 s during an
			// outage, and queries waiting for a connection wait that long to fail or succeed).
			backoff: (retries: number) => Math.min(0.1 * 2 ** retries, 1),
			...options,
			// Our own sockets, so an ended pool can be made to let go of every one of them: an
			// ended postgres.js pool may still reconnect (a retry timer after a failed start-up).
			socket: ({ host, port, path }: SocketOptions) => {
				if (pool.retired) throw new Error('database pool retired');
				const i = nextHost++ % host.length;
				const socket = path ? connect(path) : connect({ host: host[i], port: port[i] });
				Object.assign(socket, { host: host[i], port: port[i] });
				pool.sockets.add(socket);
				socket.once('close', () => pool.sockets.delete(socket));
				return socket;
			},
			// A closed connection of the pool in use may be stuck: replace the pool.
			onclose: () => {
				if (pool === current) suspect = true;
			}
		} as postgres.Options<Record<string, postgres.PostgresType>>);
		// drizzle sets its type parsers on the client it is given: give this one the same.
		drizzle(pool.client);
		return pool;
	};

	/** Ends a pool: running queries get `timeout` seconds, then every socket it still has goes. */
	async function retire(pool: Pool, timeout: number): Promise<void> {
		await pool.client.end({ timeout }).catch(() => {});
		pool.retired = true;
		for (const socket of pool.sockets) socket.destroy();
	}

	let current = create();
	const self = { markBroken: () => (suspect = true) };
	pools.add(self);

	/** The pool to use now: a fresh one when the current may hold a stuck connection. */
	function client(): Client {
		if (suspect && !closing && Date.now() - lastSwap >= 1000) {
			suspect = false;
			lastSwap = Date.now();
			swaps++;
			const old = current;
			current = create();
			// Queries still running on the old pool may finish within 5 s.
			const ending = retire(old, 5).finally(() => retiring.delete(ending));
			retiring.add(ending);
		}
		return current.client;
	}

	const first = current.client;
	const facade = {
		// drizzle reads and adjusts these once, when it is constructed.
		options: first.options,
		unsafe: (...args: Parameters<Client['unsafe']>) => client().unsafe(...args),
		begin: (...args: unknown[]) => (client().begin as (...a: unknown[]) => unknown)(...args)
	} as unknown as Client;

	return {
		facade,
		client,
		replacements: () => swaps,
		async close(timeoutSeconds = 5) {
			closing = true;
			pools.delete(self);
			await Promise.all([retire(current, timeoutSeconds), ...retiring]);
		}
	};
}
