import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { getUserByEmail } from '../auth/accounts';
import { seedDemoData } from '../demo/seed';
import '../demo/seeders';
import { getCaseload } from './caseload';
import { listTrajectories } from './catalogue';
import { getMonthlyFigures } from './figures';
import { getJourney } from './journey';
import { getConversationSummary } from './participation';
import { getCurrentPhase } from './phases';
import { getCurrentConsultant } from './assignment';
import { addDays, todayIso } from './dates';

describe.each(TEST_DRIVERS)('demo data on %s', (driver) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await openTestDatabase(driver);
		await seedDemoData(database.db, () => {});
	}, 120_000);
	afterAll(() => database.destroy());

	const person = async (email: string) => (await getUserByEmail(database.db, email))!;

	it('puts the demo people on their routes, with their consultants', async () => {
		const db = database.db;
		const klant = await person('klant@example.org');
		expect(await getCurrentPhase(db, klant.id)).toMatchObject({
			route: 'reintegration',
			category: '1C'
		});
		expect((await getCurrentConsultant(db, klant.id))?.email).toBe('consulent@example.org');
		const holder = await person('statushouder@example.org');
		expect(await getCurrentPhase(db, holder.id)).toMatchObject({
			route: 'reintegration',
			track: 'status_holder'
		});
		const participant = await person('participatie@example.org');
		expect((await getCurrentConsultant(db, participant.id))?.email).toBe('inkomen@example.org');
		const summary = await getConversationSummary(db, participant.id);
		expect(summary.dueOn! <= addDays(todayIso(), 30)).toBe(true);
		const applicant = await person('aanvrager@example.org');
		const journey = await getJourney(db, applicant);
		expect(journey.current).toBe('info_session');
	});

	it('gives each municipality a catalogue, a caseload and a year of figures', async () => {
		const db = database.db;
		const consultant = await person('consulent@example.org');
		const caseload = await getCaseload(db, {
			municipalityId: consultant.municipalityId,
			scope: { kind: 'consultant', consultantId: consultant.id }
		});
		expect(caseload.total).toBeGreaterThanOrEqual(90);
		for (const email of ['consulent@example.org', 'consulent.wassenaar@example.org']) {
			const staff = await person(email);
			expect(
				(await listTrajectories(db, staff.municipalityId, { status: 'active' })).length
			).toBeGreaterThanOrEqual(40);
			const figures = await getMonthlyFigures(db, staff.municipalityId);
			expect(figures.months).toHaveLength(12);
			expect(figures.months.every((m) => m.inflow > 0 || m.outflowWork + m.outflowOther > 0)).toBe(
				true
			);
		}
	});
});
