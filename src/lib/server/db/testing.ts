import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from './client';
import { migrateDatabase } from './migrate';
import { syncMunicipalities } from '../municipality/sync';

/**
 * Test databases: PGlite always; PostgreSQL too when TEST_DATABASE_URL is set. Each test file gets a
 * fresh, migrated database (a new PostgreSQL database per file, dropped afterwards), so tests run
 * against the real engines and never share rows.
 */
export type TestDriver = 'pglite' | 'postgres';

export const TEST_DRIVERS: TestDriver[] = process.env.TEST_DATABASE_URL
	? ['pglite', 'postgres']
	: ['pglite'];

export interface TestDatabase extends DatabaseHandle {
	destroy(): Promise<void>;
}

export async function openTestDatabase(driver: TestDriver): Promise<TestDatabase> {
	if (driver === 'pglite') {
		const handle = await openDatabase({ pgliteDir: 'memory://' });
		await prepare(handle);
		return { ...handle, destroy: () => handle.close() };
	}
	const adminUrl = process.env.TEST_DATABASE_URL;
	if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
	const name = `portal_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
	const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	const handle = await openDatabase({ url: url.toString(), maxConnections: 20 });
	await prepare(handle);
	return {
		...handle,
		destroy: async () => {
			await handle.close();
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
		}
	};
}

async function prepare(handle: DatabaseHandle): Promise<void> {
	await migrateDatabase(handle);
	await syncMunicipalities(handle.db);
}
