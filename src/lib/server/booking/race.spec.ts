import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { booking, slot } from './schema';
import { bookSlot } from './book';
import { moveBooking } from './move';
import { DAY, makePerson, makeSlot } from './testing';

describe.each(TEST_DRIVERS)('no overbooking under concurrent load (%s)', (driver) => {
	let handle: TestDatabase;
	beforeAll(async () => {
		handle = await openTestDatabase(driver);
	});
	afterAll(async () => {
		await handle?.destroy();
	});

	it('50 people racing for a 12-seat session: exactly 12 seats, everyone else "full"', async () => {
		const { db } = handle;
		const slotId = await makeSlot(db, { startsAt: new Date(Date.now() + 3 * DAY), capacity: 12 });
		const people = await Promise.all(Array.from({ length: 50 }, () => makePerson(db)));
		const results = await Promise.allSettled(
			people.map((p) => bookSlot(db, { slotId, userId: p.id, interpreterLanguage: null }))
		);
		const rejected = results.filter((r) => r.status === 'rejected');
		expect(rejected).toEqual([]);
		const values = results.map(
			(r) => (r as PromiseFulfilledResult<Awaited<ReturnType<typeof bookSlot>>>).value
		);
		expect(values.filter((v) => v.ok)).toHaveLength(12);
		const refusals = values.filter((v) => !v.ok).map((v) => (v.ok ? '' : v.reason));
		expect(new Set(refusals)).toEqual(new Set(['booking.errors.justTaken']));

		const [row] = await db.select({ booked: slot.booked }).from(slot).where(eq(slot.id, slotId));
		expect(row.booked).toBe(12);
		const [active] = await db
			.select({ n: count() })
			.from(booking)
			.where(and(eq(booking.slotId, slotId), eq(booking.status, 'active')));
		expect(Number(active.n)).toBe(12);
	});

	it('one person submitting twice at once gets one seat', async () => {
		const { db } = handle;
		const slotId = await makeSlot(db, { startsAt: new Date(Date.now() + 4 * DAY), capacity: 12 });
		const person = await makePerson(db);
		const results = await Promise.all(
			Array.from({ length: 5 }, () =>
				bookSlot(db, { slotId, userId: person.id, interpreterLanguage: null })
			)
		);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		for (const r of results.filter((r) => !r.ok))
			expect(r).toMatchObject({ reason: 'booking.errors.alreadyBooked' });
		const [row] = await db.select({ booked: slot.booked }).from(slot).where(eq(slot.id, slotId));
		expect(row.booked).toBe(1);
	});

	it('two people swapping slots at the same time neither deadlock nor lose a seat', async () => {
		const { db } = handle;
		const start = Date.now() + 5 * DAY;
		const a = await makeSlot(db, { type: 'intake', startsAt: new Date(start), capacity: 2 });
		const b = await makeSlot(db, { type: 'intake', startsAt: new Date(start + DAY), capacity: 2 });
		const staff = await makePerson(db, { role: 'work_consultant' });
		const byStaff = { id: staff.id, municipalityId: staff.municipalityId };
		const p1 = await makePerson(db);
		const p2 = await makePerson(db);
		const b1 = await bookSlot(db, { slotId: a, userId: p1.id, interpreterLanguage: null, byStaff });
		const b2 = await bookSlot(db, { slotId: b, userId: p2.id, interpreterLanguage: null, byStaff });
		if (!b1.ok || !b2.ok) throw new Error('setup failed');
		const moves = await Promise.all([
			moveBooking(db, {
				bookingId: b1.bookingId,
				newSlotId: b,
				actor: { staff: byStaff },
				interpreterLanguage: null
			}),
			moveBooking(db, {
				bookingId: b2.bookingId,
				newSlotId: a,
				actor: { staff: byStaff },
				interpreterLanguage: null
			})
		]);
		expect(moves.every((m) => m.ok)).toBe(true);
		const rows = await db
			.select({ id: slot.id, booked: slot.booked })
			.from(slot)
			.where(eq(slot.type, 'intake'));
		expect(Object.fromEntries(rows.map((r) => [r.id, r.booked]))).toMatchObject({ [a]: 1, [b]: 1 });
	});
});
