import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../db/testing';
import { getUserByEmail } from '../auth/accounts';
import { seedDemoData } from '../demo/seed';
import { getInfoSessionOverview } from './overview';
import { listApplicantsWithoutInfoSession } from './staff';
import './demo';

describe('information session demo data', () => {
	let database: TestDatabase;

	beforeAll(async () => {
		database = await openTestDatabase('pglite');
		await seedDemoData(database.db, () => {});
	});
	afterAll(() => database.destroy());

	const overviewOf = async (email: string) => {
		const person = await getUserByEmail(database.db, email);
		return getInfoSessionOverview(database.db, person!.id, 'nl');
	};

	it('has the client, the status holder (Arabic, one second try) and participation completed', async () => {
		for (const email of ['klant@example.org', 'participatie@example.org']) {
			const overview = await overviewOf(email);
			expect(overview.completion?.locale).toBe('nl');
			expect(overview.modules.flatMap((m) => m.secondTries)).toEqual([]);
		}
		const statusHolder = await overviewOf('statushouder@example.org');
		expect(statusHolder.completion?.locale).toBe('ar');
		expect(statusHolder.modules.flatMap((m) => m.secondTries)).toMatchObject([
			{ questionId: 'q3', attempts: 2 }
		]);
	});

	it('has the applicant two modules in, and on the not-completed list', async () => {
		const overview = await overviewOf('aanvrager@example.org');
		expect(overview.completion).toBeNull();
		expect(overview.modulesDone).toBe(2);
		const applicant = await getUserByEmail(database.db, 'aanvrager@example.org');
		const list = await listApplicantsWithoutInfoSession(database.db, applicant!);
		expect(list.find((a) => a.email === 'aanvrager@example.org')?.modulesDone).toBe(2);
	});
});
