import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { assignConsultant, getCurrentConsultant } from './assignment';
import { consultantAssignment } from './schema';
import { makePerson } from './test-fixtures';

describe.each(TEST_DRIVERS)('taking on a client on %s', (driver) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await openTestDatabase(driver);
	});
	afterAll(() => database.destroy());

	it('two consultants taking on a client without one at the same time: no error, one current', async () => {
		const db = database.db;
		const [work, income, client] = await Promise.all([
			makePerson(db, 'work_consultant'),
			makePerson(db, 'income_consultant'),
			makePerson(db, 'applicant')
		]);
		const results = await Promise.all(
			[work, income].map((staff) =>
				assignConsultant(db, {
					client,
					consultantId: staff.id,
					actor: staff,
					reason: 'Overgenomen'
				})
			)
		);
		expect(results).toEqual([{ ok: true }, { ok: true }]);
		const current = await db
			.select()
			.from(consultantAssignment)
			.where(
				and(eq(consultantAssignment.clientId, client.id), isNull(consultantAssignment.endedAt))
			);
		expect(current).toHaveLength(1);
		// The later of the two is the consultant now; the earlier one's assignment is history.
		expect((await getCurrentConsultant(db, client.id))?.id).toBe(current[0].consultantId);
		const all = await db
			.select()
			.from(consultantAssignment)
			.where(eq(consultantAssignment.clientId, client.id));
		expect(all).toHaveLength(2);
	});
});
