import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { user } from '../db/schema-core';
import { addDays, todayIso } from './dates';
import { changePhase, getCurrentPhase, getPhaseHistory } from './phases';
import { benefitPeriod } from './schema';
import { makePerson } from './test-fixtures';
import type { PhaseState } from './transitions';

const at = (phase: PhaseState['phase'], extra: Partial<PhaseState> = {}): PhaseState => ({
	phase,
	route: null,
	category: null,
	track: null,
	...extra
});

describe.each(TEST_DRIVERS)('phase changes on %s', (driver) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await openTestDatabase(driver);
	});
	afterAll(() => database.destroy());

	it('walks an applicant to a route, keeping who, when and why, and opens the benefit period', async () => {
		const db = database.db;
		const consultant = await makePerson(db, 'work_consultant');
		const applicant = await makePerson(db, 'applicant');
		for (const phase of ['info_session', 'intake', 'decision'] as const) {
			const result = await changePhase(db, {
				client: applicant,
				actor: consultant,
				to: at(phase),
				reason: `naar ${phase}`
			});
			expect(result.ok).toBe(true);
		}
		const granted = await changePhase(db, {
			client: applicant,
			actor: consultant,
			to: at('route', { route: 'reintegration', category: '1C' }),
			reason: 'Recht op bijstand, categorie 1C',
			effectiveOn: addDays(todayIso(), -3)
		});
		expect(granted.ok).toBe(true);
		const current = await getCurrentPhase(db, applicant.id);
		expect(current).toMatchObject({
			phase: 'route',
			route: 'reintegration',
			category: '1C',
			track: 'general',
			routeStartedOn: addDays(todayIso(), -3)
		});
		const history = await getPhaseHistory(db, applicant.id);
		expect(history.map((h) => h.phase)).toEqual(['route', 'decision', 'intake', 'info_session']);
		expect(history[0]).toMatchObject({
			changedByName: consultant.name,
			reason: 'Recht op bijstand, categorie 1C'
		});
		const periods = await db
			.select()
			.from(benefitPeriod)
			.where(eq(benefitPeriod.clientId, applicant.id));
		expect(periods).toHaveLength(1);
		expect(periods[0]).toMatchObject({ startedOn: addDays(todayIso(), -3), outflowOn: null });
		const [account] = await db
			.select({ role: user.role })
			.from(user)
			.where(eq(user.id, applicant.id));
		expect(account.role).toBe('client');
	});

	it('records outflow to work when the client is placed, and a new period when they come back', async () => {
		const db = database.db;
		const consultant = await makePerson(db, 'work_consultant');
		const manager = await makePerson(db, 'account_manager');
		const client = await makePerson(db, 'applicant');
		await changePhase(db, {
			client,
			actor: consultant,
			to: at('intake'),
			reason: 'intake gepland'
		});
		await changePhase(db, {
			client,
			actor: consultant,
			to: at('decision'),
			reason: 'intake gedaan'
		});
		await changePhase(db, {
			client,
			actor: consultant,
			to: at('route', { route: 'direct_mediation', category: '1A' }),
			reason: 'snel bemiddelbaar'
		});
		expect(
			(
				await changePhase(db, {
					client,
					actor: manager,
					to: at('work'),
					reason: 'geplaatst bij werkgever'
				})
			).ok
		).toBe(true);
		expect(await getCurrentPhase(db, client.id)).toMatchObject({
			phase: 'work',
			route: 'direct_mediation'
		});
		await changePhase(db, {
			client,
			actor: consultant,
			to: at('route', { route: 'reintegration', category: '1B' }),
			reason: 'tijdelijk contract afgelopen'
		});
		const periods = await db
			.select()
			.from(benefitPeriod)
			.where(eq(benefitPeriod.clientId, client.id))
			.orderBy(benefitPeriod.createdAt);
		expect(periods.map((p) => [p.outflowKind, p.outflowOn === null])).toEqual([
			['work', false],
			[null, true]
		]);
	});

	it('refuses changes a role may not make, and dates in the future', async () => {
		const db = database.db;
		const admin = await makePerson(db, 'administrator');
		const consultant = await makePerson(db, 'work_consultant');
		const client = await makePerson(db, 'applicant');
		expect(
			await changePhase(db, { client, actor: admin, to: at('info_session'), reason: 'test' })
		).toEqual({ ok: false, error: 'not_allowed_for_role' });
		expect(
			await changePhase(db, {
				client,
				actor: consultant,
				to: at('info_session'),
				reason: 'test',
				effectiveOn: addDays(todayIso(), 1)
			})
		).toEqual({ ok: false, error: 'effective_date_invalid' });
		expect(await getCurrentPhase(db, client.id)).toBeUndefined();
	});

	it('applies two simultaneous placements once', async () => {
		const db = database.db;
		const consultant = await makePerson(db, 'work_consultant');
		const client = await makePerson(db, 'applicant');
		await changePhase(db, { client, actor: consultant, to: at('intake'), reason: 'intake' });
		await changePhase(db, { client, actor: consultant, to: at('decision'), reason: 'klaar' });
		await changePhase(db, {
			client,
			actor: consultant,
			to: at('route', { route: 'reintegration', category: '1B' }),
			reason: 'route'
		});
		const results = await Promise.all(
			[1, 2].map(() =>
				changePhase(db, { client, actor: consultant, to: at('work'), reason: 'werk' })
			)
		);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		const periods = await db
			.select()
			.from(benefitPeriod)
			.where(eq(benefitPeriod.clientId, client.id));
		expect(periods).toHaveLength(1);
		expect(periods[0].outflowKind).toBe('work');
	});
});
