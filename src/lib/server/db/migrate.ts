import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { resolve } from 'node:path';
import type { DatabaseHandle } from './client';

export const MIGRATIONS_FOLDER = resolve(process.env.MIGRATIONS_DIR || 'drizzle');

/** Applies the generated SQL migrations in drizzle/ (never `push`). Safe to call at every start. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
	const options = { migrationsFolder: MIGRATIONS_FOLDER };
	if (handle.driver === 'pglite') {
		await migratePglite(handle.db as unknown as Parameters<typeof migratePglite>[0], options);
	} else {
		await migratePostgres(handle.db as unknown as Parameters<typeof migratePostgres>[0], options);
	}
}
