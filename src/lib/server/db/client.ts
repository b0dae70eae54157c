import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';
import { acquireFolderLock } from './lock';
import { openResilientPool } from './postgres-pool';

/** The one database type the rest of the code sees, whichever driver runs underneath. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle has the same query surface. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Executor = Database | Tx;

export interface DatabaseHandle {
	db: Database;
	driver: 'postgres' | 'pglite';
	/**
	 * Runs fn while holding the portal's start-up lock, so instances started together migrate and
	 * sync one after the other (a PostgreSQL advisory lock; PGlite has one process anyway).
	 */
	exclusive<T>(fn: () => Promise<T>): Promise<T>;
	close(): Promise<void>;
}

/** Key of the start-up advisory lock (any fixed number; 'WEIP' in ASCII). */
const STARTUP_LOCK_KEY = 0x57454950;

async function alone<T>(fn: () => Promise<T>): Promise<T> {
	return fn();
}

export interface OpenOptions {
	/** postgres:// URL; wins over pglite options. */
	url?: string;
	/** Folder for PGlite; 'memory://' for an in-memory database (tests). */
	pgliteDir?: string;
	/** Connections in the postgres.js pool. */
	maxConnections?: number;
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
	if (options.url) return openPostgres(options.url, options.maxConnections ?? 10);
	return openPglite(options.pgliteDir ?? './data/pglite');
}

function openPostgres(url: string, max: number): DatabaseHandle {
	// A pool that replaces itself after a connection died (see postgres-pool.ts).
	const pool = openResilientPool(url, {
		max,
		onnotice: () => {},
		// Bounded waits so an outage yields an error quickly instead of hanging a request forever.
		connect_timeout: 10
	});
	const db = drizzlePostgres(pool.facade, { schema }) as unknown as Database;
	async function exclusive<T>(fn: () => Promise<T>): Promise<T> {
		// A session-level lock on a connection of its own; fn uses the rest of the pool.
		const connection = await pool.client().reserve();
		try {
			await connection`select pg_advisory_lock(${STARTUP_LOCK_KEY})`;
			return await fn();
		} finally {
			await connection`select pg_advisory_unlock(${STARTUP_LOCK_KEY})`.catch(() => {});
			connection.release();
		}
	}
	return { db, driver: 'postgres', exclusive, close: () => pool.close(5) };
}

async function openPglite(dir: string): Promise<DatabaseHandle> {
	if (dir.startsWith('memory://')) {
		const client = await PGlite.create();
		const db = drizzlePglite(client, { schema }) as unknown as Database;
		return { db, driver: 'pglite', exclusive: alone, close: () => client.close() };
	}
	const folder = resolve(dir);
	// PGlite needs the parent folder to exist.
	mkdirSync(dirname(folder), { recursive: true });
	// Two processes on one PGlite folder both start and silently diverge: refuse the second.
	const releaseLock = acquireFolderLock(folder);
	try {
		const client = await PGlite.create(folder);
		const db = drizzlePglite(client, { schema }) as unknown as Database;
		return {
			db,
			driver: 'pglite',
			exclusive: alone,
			close: async () => {
				await client.close();
				releaseLock();
			}
		};
	} catch (error) {
		releaseLock();
		throw error;
	}
}
