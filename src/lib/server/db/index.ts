import { config } from '../config';
import { openDatabase, type Database, type DatabaseHandle } from './client';
import { migrateDatabase } from './migrate';

export type { Database, DatabaseHandle, Executor, Tx } from './client';
export * as schema from './schema';

let handle: DatabaseHandle | undefined;
let opening: Promise<DatabaseHandle> | undefined;

/** Opens the app's database (PostgreSQL when DATABASE_URL is set, else PGlite) and migrates it. */
export function initDatabase(): Promise<DatabaseHandle> {
	opening ??= (async () => {
		const cfg = config();
		const opened = await openDatabase({ url: cfg.databaseUrl, pgliteDir: cfg.pgliteDir });
		// Instances started together take turns; the second finds nothing left to apply.
		await opened.exclusive(() => migrateDatabase(opened));
		handle = opened;
		return opened;
	})();
	return opening;
}

/** The app's database; initDatabase() has run in the server's init hook. */
export function db(): Database {
	if (!handle) throw new Error('Database not initialised: initDatabase() must run first');
	return handle.db;
}

export function databaseDriver(): DatabaseHandle['driver'] | undefined {
	return handle?.driver;
}

export async function closeDatabase(): Promise<void> {
	const current = handle;
	handle = undefined;
	opening = undefined;
	await current?.close();
}
