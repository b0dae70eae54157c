import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { assignConsultant, getCurrentConsultant } from './assignment';
import { changePhase, getCurrentPhase } from './phases';
import { makePerson } from './test-fixtures';
import type { Actor } from './types';
import {
	answerAsBuddy,
	getLatestWorkWish,
	listWorkWishTasks,
	proposeMove,
	requestWork,
	settleDispute
} from './work-wish';

describe.each(TEST_DRIVERS)('work wish of a participation client on %s', (driver) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await openTestDatabase(driver);
	});
	afterAll(() => database.destroy());

	async function participationClient(income: Actor, work: Actor) {
		const db = database.db;
		const client = await makePerson(db, 'applicant');
		for (const phase of ['intake', 'decision'] as const) {
			await changePhase(db, {
				client,
				actor: work,
				to: { phase, route: null, category: null, track: null },
				reason: 'stap'
			});
		}
		await changePhase(db, {
			client,
			actor: work,
			to: { phase: 'route', route: 'participation', category: '2A', track: null },
			reason: 'afstand groter dan 24 maanden'
		});
		await assignConsultant(db, {
			client,
			consultantId: income.id,
			actor: income,
			reason: 'participatie'
		});
		return client;
	}

	it('goes from the wish to the proposal, the buddy, and the quality officer who settles it', async () => {
		const db = database.db;
		const income = await makePerson(db, 'income_consultant');
		const buddy = await makePerson(db, 'work_consultant');
		const quality = await makePerson(db, 'quality_officer');
		const client = await participationClient(income, buddy);

		expect(
			await requestWork(db, { client, actor: client, message: 'Ik wil graag in de zorg werken.' })
		).toEqual({ ok: true });
		expect(await requestWork(db, { client, actor: client, message: 'nog een keer' })).toEqual({
			ok: false,
			error: 'already_open'
		});
		const wish = (await getLatestWorkWish(db, client.id))!;
		expect((await listWorkWishTasks(db, income)).map((t) => t.id)).toContain(wish.id);

		expect(
			await proposeMove(db, {
				client,
				actor: income,
				wishId: wish.id,
				reason: 'Gemotiveerd, zorg',
				category: '1C',
				buddyId: buddy.id
			})
		).toEqual({ ok: true });
		expect((await listWorkWishTasks(db, buddy)).map((t) => t.id)).toContain(wish.id);
		// Only the buddy answers; only the quality officer settles.
		const stranger = await makePerson(db, 'work_consultant');
		expect(
			await answerAsBuddy(db, {
				client,
				actor: stranger,
				wishId: wish.id,
				accept: true,
				reason: 'x'
			})
		).toEqual({ ok: false, error: 'not_allowed' });
		expect(
			await answerAsBuddy(db, {
				client,
				actor: buddy,
				wishId: wish.id,
				accept: false,
				reason: 'Eerst taal'
			})
		).toEqual({ ok: true });
		expect(
			await settleDispute(db, { client, actor: income, wishId: wish.id, accept: true, reason: 'x' })
		).toEqual({ ok: false, error: 'not_allowed' });
		expect((await listWorkWishTasks(db, quality)).map((t) => t.id)).toContain(wish.id);

		expect(
			await settleDispute(db, {
				client,
				actor: quality,
				wishId: wish.id,
				accept: true,
				reason: 'Taal kan naast werk'
			})
		).toEqual({ ok: true });
		expect(await getLatestWorkWish(db, client.id)).toMatchObject({
			status: 'accepted',
			buddyReason: 'Eerst taal',
			settleReason: 'Taal kan naast werk'
		});
		expect(await getCurrentPhase(db, client.id)).toMatchObject({
			phase: 'route',
			route: 'reintegration',
			category: '1C'
		});
		expect((await getCurrentConsultant(db, client.id))?.id).toBe(buddy.id);
		// Settled: a second decision changes nothing.
		expect(
			await settleDispute(db, {
				client,
				actor: quality,
				wishId: wish.id,
				accept: false,
				reason: 'x'
			})
		).toEqual({ ok: false, error: 'not_found' });
	});

	it('moves the client at once when the buddy agrees', async () => {
		const db = database.db;
		const income = await makePerson(db, 'income_consultant');
		const buddy = await makePerson(db, 'work_consultant');
		const client = await participationClient(income, buddy);
		await requestWork(db, { client, actor: client, message: '' });
		const wish = (await getLatestWorkWish(db, client.id))!;
		await proposeMove(db, {
			client,
			actor: income,
			wishId: wish.id,
			reason: 'Klaar voor werk',
			category: '1B',
			buddyId: buddy.id
		});
		expect(
			await answerAsBuddy(db, {
				client,
				actor: buddy,
				wishId: wish.id,
				accept: true,
				reason: 'Eens'
			})
		).toEqual({ ok: true });
		expect(await getCurrentPhase(db, client.id)).toMatchObject({
			route: 'reintegration',
			category: '1B'
		});
	});

	it('does not take a wish from someone who is not on participation', async () => {
		const db = database.db;
		const client = await makePerson(db, 'client');
		expect(await requestWork(db, { client, actor: client, message: '' })).toEqual({
			ok: false,
			error: 'not_on_participation'
		});
	});
});
