import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../db';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { nextAppointmentsOf } from './queries';
import { booking, type SlotType } from './schema';
import { DAY, makePerson, makeSlot, placeOf } from './testing';

async function book(
	db: Executor,
	userId: string,
	type: SlotType,
	startsAt: Date,
	status: 'active' | 'cancelled' = 'active'
) {
	const place = await placeOf(db);
	const slotId = await makeSlot(db, { type, startsAt });
	await db.insert(booking).values({
		municipalityId: place.municipalityId,
		slotId,
		userId,
		type,
		status,
		icsUid: `${randomUUID()}@test`
	});
}

describe.each(TEST_DRIVERS)('next appointment of many people at once (%s)', (driver) => {
	let handle: TestDatabase;
	beforeAll(async () => {
		handle = await openTestDatabase(driver);
	});
	afterAll(async () => {
		await handle?.destroy();
	});

	it('gives the earliest active booking still to come per person, in one query', async () => {
		const db = handle.db;
		const now = new Date();
		const [a, b, c] = await Promise.all([makePerson(db), makePerson(db), makePerson(db)]);
		await book(db, a.id, 'info_session', new Date(now.getTime() + 5 * DAY));
		await book(db, a.id, 'intake', new Date(now.getTime() + 2 * DAY));
		await book(db, a.id, 'talk', new Date(now.getTime() + DAY), 'cancelled');
		await book(db, a.id, 'income', new Date(now.getTime() - DAY));
		await book(db, b.id, 'intake', new Date(now.getTime() - 2 * DAY));
		const next = await nextAppointmentsOf(db, [a.id, b.id, c.id], now);
		expect([...next.keys()]).toEqual([a.id]);
		expect(next.get(a.id)?.getTime()).toBe(now.getTime() + 2 * DAY);
		expect(await nextAppointmentsOf(db, [])).toEqual(new Map());
	});
});
