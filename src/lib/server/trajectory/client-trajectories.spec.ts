import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { assignTrajectory, listClientTrajectories, recordOutcome } from './client-trajectories';
import { todayIso } from './dates';
import { trajectory } from './schema';
import { makePerson, municipalityId } from './test-fixtures';

describe.each(TEST_DRIVERS)('assigning trajectories on %s', (driver) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await openTestDatabase(driver);
	});
	afterAll(() => database.destroy());

	it('lets only one of two consultants take the last place, and records the outcome once', async () => {
		const db = database.db;
		const m = await municipalityId(db);
		const [item] = await db
			.insert(trajectory)
			.values({
				municipalityId: m,
				name: 'Taalstage',
				provider: 'P',
				type: 'language',
				targetGroup: 'status_holders',
				durationWeeks: 10,
				costCents: 1000,
				capacity: 1
			})
			.returning();
		const [a, b] = await Promise.all([
			makePerson(db, 'work_consultant'),
			makePerson(db, 'work_consultant')
		]);
		const [c1, c2] = await Promise.all([makePerson(db, 'client'), makePerson(db, 'client')]);
		const today = todayIso();
		const results = await Promise.all([
			assignTrajectory(db, { client: c1, trajectoryId: item.id, startsOn: today, actor: a }),
			assignTrajectory(db, { client: c2, trajectoryId: item.id, startsOn: today, actor: b })
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.find((r) => !r.ok)).toEqual({ ok: false, error: 'full' });

		const winner = results[0].ok ? c1 : c2;
		const [assigned] = await listClientTrajectories(db, winner.id);
		expect(assigned).toMatchObject({
			name: 'Taalstage',
			status: 'ongoing',
			plannedEndOn: expect.any(String)
		});
		const income = await makePerson(db, 'income_consultant');
		expect(
			await recordOutcome(db, {
				client: winner,
				actor: income,
				clientTrajectoryId: assigned.id,
				outcome: { status: 'completed', endedOn: today }
			})
		).toEqual({ ok: false, error: 'not_allowed_for_role' });
		expect(
			await recordOutcome(db, {
				client: winner,
				actor: a,
				clientTrajectoryId: assigned.id,
				outcome: { status: 'dropped_out', endedOn: today }
			})
		).toEqual({ ok: false, error: 'reason_required' });
		expect(
			await recordOutcome(db, {
				client: winner,
				actor: a,
				clientTrajectoryId: assigned.id,
				outcome: { status: 'dropped_out', endedOn: today, dropoutReason: 'health' }
			})
		).toEqual({ ok: true });
		expect(
			await recordOutcome(db, {
				client: winner,
				actor: a,
				clientTrajectoryId: assigned.id,
				outcome: { status: 'completed', endedOn: today }
			})
		).toEqual({ ok: false, error: 'not_found' });
		// The place is free again.
		const loser = winner === c1 ? c2 : c1;
		expect(
			(
				await assignTrajectory(db, {
					client: loser,
					trajectoryId: item.id,
					startsOn: today,
					actor: b
				})
			).ok
		).toBe(true);
	});

	it('refuses a trajectory of another municipality', async () => {
		const db = database.db;
		const [other] = await db
			.insert(trajectory)
			.values({
				municipalityId: await municipalityId(db, 'wassenaar'),
				name: 'Elders',
				provider: 'P',
				type: 'coaching',
				targetGroup: 'all',
				durationWeeks: 4,
				costCents: 0
			})
			.returning();
		const consultant = await makePerson(db, 'work_consultant');
		const client = await makePerson(db, 'client');
		expect(
			await assignTrajectory(db, {
				client,
				trajectoryId: other.id,
				startsOn: todayIso(),
				actor: consultant
			})
		).toEqual({ ok: false, error: 'unknown_trajectory' });
	});
});
