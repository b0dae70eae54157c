import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { addMonths } from './dates';
import { getTrajectoryOutcomes } from './outcomes';
import { getMonthlyFigures, getWeeklyPlacements, setYearlyTarget } from './figures';
import { benefitPeriod, clientTrajectory, trajectory } from './schema';
import { makePerson, municipalityId } from './test-fixtures';

const TODAY = '2026-06-15';
const ago = (months: number) => addMonths(TODAY, -months);

describe.each(TEST_DRIVERS)('outcome figures on %s', (driver) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await openTestDatabase(driver);
	});
	afterAll(() => database.destroy());

	it('counts started, completed and dropped out, the share into work within 6 months and the cost per placement', async () => {
		const db = database.db;
		const m = await municipalityId(db, 'voorschoten');
		const [course, unused] = await db
			.insert(trajectory)
			.values([
				{
					municipalityId: m,
					name: 'Beveiliger',
					provider: 'X',
					type: 'vocational_course',
					targetGroup: 'all',
					durationWeeks: 16,
					costCents: 300_000
				},
				{
					municipalityId: m,
					name: 'Nog nooit ingezet',
					provider: 'Y',
					type: 'coaching',
					targetGroup: 'all',
					durationWeeks: 8,
					costCents: 100_000
				}
			])
			.returning();
		const people = await Promise.all(
			[1, 2, 3, 4, 5].map(() => makePerson(db, 'client', { slug: 'voorschoten' }))
		);
		const row = (
			i: number,
			status: 'ongoing' | 'completed' | 'dropped_out',
			start: string,
			end: string | null
		) => ({
			municipalityId: m,
			clientId: people[i].id,
			trajectoryId: course.id,
			status,
			startsOn: start,
			plannedEndOn: end ?? addMonths(start, 4),
			endedOn: end,
			dropoutReason: status === 'dropped_out' ? ('health' as const) : null
		});
		await db.insert(clientTrajectory).values([
			row(0, 'completed', ago(12), ago(8)), // work 2 months after the end: counts
			row(1, 'completed', ago(12), ago(8)), // work 7 months after the end: does not count
			row(2, 'dropped_out', ago(11), ago(9)), // no work
			row(3, 'completed', ago(5), ago(2)), // work, but not yet 6 months since the end
			row(4, 'ongoing', ago(1), null)
		]);
		await db.insert(benefitPeriod).values([
			{
				municipalityId: m,
				clientId: people[0].id,
				startedOn: ago(30),
				outflowOn: ago(6),
				outflowKind: 'work'
			},
			{
				municipalityId: m,
				clientId: people[1].id,
				startedOn: ago(30),
				outflowOn: ago(1),
				outflowKind: 'work'
			},
			{ municipalityId: m, clientId: people[2].id, startedOn: ago(30) },
			{
				municipalityId: m,
				clientId: people[3].id,
				startedOn: ago(30),
				outflowOn: ago(1),
				outflowKind: 'work'
			}
		]);
		const outcomes = await getTrajectoryOutcomes(db, m, TODAY);
		const figures = outcomes.find((o) => o.id === course.id)!;
		expect(figures).toMatchObject({
			started: 5,
			ongoing: 1,
			completed: 3,
			droppedOut: 1,
			endedMatured: 3,
			workWithin6Matured: 1,
			placements: 2
		});
		expect(figures.shareWork6).toBeCloseTo(1 / 3);
		// 5 started × €3,000 / 2 placements
		expect(figures.costPerPlacementCents).toBe(750_000);
		expect(outcomes.find((o) => o.id === unused.id)).toMatchObject({
			started: 0,
			shareWork6: null,
			costPerPlacementCents: null
		});
	});

	it('computes monthly in- and outflow, caseload at month end, year to date against the target, and durability', async () => {
		const db = database.db;
		const m = await municipalityId(db, 'wassenaar');
		await setYearlyTarget(db, {
			municipalityId: m,
			target: 36,
			actorId: (await makePerson(db, 'quality_officer', { slug: 'wassenaar' })).id
		});
		const p = await Promise.all(
			[1, 2, 3, 4].map(() => makePerson(db, 'client', { slug: 'wassenaar' }))
		);
		await db.insert(benefitPeriod).values([
			// On benefit since long before: part of the caseload on 1 January.
			{ municipalityId: m, clientId: p[0].id, startedOn: '2020-01-01' },
			{
				municipalityId: m,
				clientId: p[1].id,
				startedOn: '2021-05-01',
				outflowOn: '2026-02-10',
				outflowKind: 'work'
			},
			{
				municipalityId: m,
				clientId: p[2].id,
				startedOn: '2025-11-20',
				outflowOn: '2026-03-05',
				outflowKind: 'other'
			},
			// Inflow in April, outflow to work in May (a Tuesday), back in June: not durable.
			{
				municipalityId: m,
				clientId: p[3].id,
				startedOn: '2026-04-02',
				outflowOn: '2026-05-12',
				outflowKind: 'work'
			},
			{ municipalityId: m, clientId: p[3].id, startedOn: '2026-06-01' }
		]);
		const report = await getMonthlyFigures(db, m, { months: 6, today: TODAY });
		expect(report.yearlyTarget).toBe(36);
		expect(report.months.map((x) => x.month)).toEqual([
			'2026-01',
			'2026-02',
			'2026-03',
			'2026-04',
			'2026-05',
			'2026-06'
		]);
		expect(
			report.months.map((x) => [x.inflow, x.outflowWork, x.outflowOther, x.caseloadEnd])
		).toEqual([
			[0, 0, 0, 3],
			[0, 1, 0, 2],
			[0, 0, 1, 1],
			[1, 0, 0, 2],
			[0, 1, 0, 1],
			[1, 0, 0, 2]
		]);
		expect(report.months.map((x) => x.netChangeYearToDate)).toEqual([0, -1, -2, -1, -2, -1]);
		expect(report.months.map((x) => x.targetYearToDate)).toEqual([-3, -6, -9, -12, -15, -18]);
		expect(report.months.find((x) => x.month === '2026-05')?.returnedWithin12).toBe(1);
		expect(report.months.find((x) => x.month === '2026-02')?.returnedWithin12).toBe(0);

		const weeks = await getWeeklyPlacements(db, m, { weeks: 26, today: TODAY });
		expect(weeks).toHaveLength(26);
		expect(weeks.filter((w) => w.placements > 0)).toEqual([
			{ week: '2026-02-09', placements: 1 },
			{ week: '2026-05-11', placements: 1 }
		]);
	});
});
