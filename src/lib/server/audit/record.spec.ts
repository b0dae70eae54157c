import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { queryRows } from '../db/sql';
import { recordAudit } from './record';

describe.each(TEST_DRIVERS)('audit log on %s', (driver) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await openTestDatabase(driver);
	});
	afterAll(() => database.destroy());

	it('takes new lines but refuses changes and deletions', async () => {
		await recordAudit(database.db, { actorId: null, action: 'test.appended' });
		const [row] = await queryRows<{ n: number | string }>(
			database.db,
			sql`select count(*) as n from audit_event where action = 'test.appended'`
		);
		expect(Number(row.n)).toBe(1);
		await expect(
			database.db.execute(sql`update audit_event set action = 'test.changed'`)
		).rejects.toThrow();
		await expect(database.db.execute(sql`delete from audit_event`)).rejects.toThrow();
	});
});
