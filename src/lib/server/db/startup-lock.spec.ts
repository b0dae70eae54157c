import { readdirSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './client';
import { migrateDatabase } from './migrate';
import { queryRows } from './sql';

/**
 * Several instances started together against one fresh PostgreSQL database: their migrations take
 * turns under the start-up lock instead of racing (which fails with "relation already exists").
 */
const adminUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!adminUrl)('start-up lock (PostgreSQL)', () => {
	const name = `portal_lock_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
	const admin = postgres(adminUrl ?? '', { max: 1, onnotice: () => {} });
	const handles: DatabaseHandle[] = [];

	afterAll(async () => {
		await Promise.all(handles.map((h) => h.close()));
		await admin.unsafe(`drop database if exists ${name} with (force)`);
		await admin.end();
	});

	it('lets three instances migrate one empty database at the same time', async () => {
		await admin.unsafe(`create database ${name}`);
		const url = new URL(adminUrl ?? '');
		url.pathname = `/${name}`;
		for (let i = 0; i < 3; i++) handles.push(await openDatabase({ url: url.toString() }));
		await Promise.all(handles.map((h) => h.exclusive(() => migrateDatabase(h))));
		const applied = await queryRows<{ n: string }>(
			handles[0].db,
			sql`select count(*) as n from drizzle.__drizzle_migrations`
		);
		const files = readdirSync('drizzle').filter((f) => f.endsWith('.sql'));
		expect(Number(applied[0].n)).toBe(files.length);
	});

	it('never runs two exclusive sections at once', async () => {
		let inside = 0;
		let most = 0;
		await Promise.all(
			handles.map((h) =>
				h.exclusive(async () => {
					inside++;
					most = Math.max(most, inside);
					await new Promise((resolve) => setTimeout(resolve, 50));
					inside--;
				})
			)
		);
		expect(most).toBe(1);
	});
});
