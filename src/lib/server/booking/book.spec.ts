import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { outboxMessage } from '../mail/schema';
import { booking, slot } from './schema';
import { bookSlot } from './book';
import { moveBooking } from './move';
import { cancelBooking } from './cancel';
import { listBookableSlots } from './availability';
import { registerIntakeEligibility, resetIntakeEligibility } from './eligibility';
import { bookingTranslator } from './messages';
import { DAY, HOUR, makePerson, makeSlot } from './testing';

describe.each(TEST_DRIVERS)('booking rules at the database (%s)', (driver) => {
	let handle: TestDatabase;
	beforeAll(async () => {
		handle = await openTestDatabase(driver);
	});
	afterAll(async () => {
		await handle?.destroy();
	});
	afterEach(() => resetIntakeEligibility());

	const soon = (days: number) => new Date(Date.now() + days * DAY);

	it('refuses unknown, tampered, past, other-municipality and cancelled slots without writing', async () => {
		const { db } = handle;
		const person = await makePerson(db);
		const past = await makeSlot(db, { startsAt: new Date(Date.now() - HOUR) });
		const elsewhere = await makeSlot(db, { startsAt: soon(3), slug: 'wassenaar' });
		const book = (slotId: string, interpreterLanguage: string | null = null) =>
			bookSlot(db, { slotId, userId: person.id, interpreterLanguage });
		expect(await book('not-a-uuid')).toMatchObject({
			ok: false,
			reason: 'booking.errors.unknownSlot'
		});
		expect(await book(crypto.randomUUID())).toMatchObject({ reason: 'booking.errors.unknownSlot' });
		expect(await book(past)).toMatchObject({ reason: 'booking.errors.past' });
		expect(await book(elsewhere)).toMatchObject({ reason: 'booking.errors.unknownSlot' });
		const open = await makeSlot(db, { startsAt: soon(3) });
		expect(await book(open, 'xx')).toMatchObject({ reason: 'form.choice' });
		await db.update(slot).set({ status: 'cancelled' }).where(eq(slot.id, open));
		expect(await book(open)).toMatchObject({ reason: 'booking.errors.slotCancelled' });
		expect(await db.select().from(booking).where(eq(booking.userId, person.id))).toEqual([]);
		expect(
			await db.select().from(outboxMessage).where(eq(outboxMessage.recipientId, person.id))
		).toEqual([]);
	});

	it('one active booking per type; a full slot offers the nearest free ones', async () => {
		const { db } = handle;
		const [a, b] = [await makePerson(db), await makePerson(db)];
		const small = await makeSlot(db, { startsAt: soon(5), capacity: 1 });
		const next = await makeSlot(db, { startsAt: soon(6), capacity: 12 });
		expect(
			await bookSlot(db, { slotId: small, userId: a.id, interpreterLanguage: null })
		).toMatchObject({ ok: true });
		expect(
			await bookSlot(db, { slotId: next, userId: a.id, interpreterLanguage: null })
		).toMatchObject({
			reason: 'booking.errors.alreadyBooked'
		});
		const lost = await bookSlot(db, { slotId: small, userId: b.id, interpreterLanguage: null });
		expect(lost).toMatchObject({ ok: false, reason: 'booking.errors.justTaken', status: 409 });
		if (lost.ok) return;
		expect(lost.alternatives?.map((s) => s.id)).toContain(next);
	});

	it("someone else's booking cannot be moved or cancelled (not found)", async () => {
		const { db } = handle;
		const [owner, other] = [await makePerson(db), await makePerson(db)];
		const s1 = await makeSlot(db, { startsAt: soon(7) });
		const s2 = await makeSlot(db, { startsAt: soon(8) });
		const booked = await bookSlot(db, { slotId: s1, userId: owner.id, interpreterLanguage: null });
		if (!booked.ok) throw new Error(booked.reason);
		expect(
			await cancelBooking(db, {
				bookingId: booked.bookingId,
				actor: { userId: other.id },
				reason: 'ill'
			})
		).toMatchObject({ ok: false, status: 404 });
		expect(
			await moveBooking(db, {
				bookingId: booked.bookingId,
				newSlotId: s2,
				actor: { userId: other.id },
				interpreterLanguage: null
			})
		).toMatchObject({ ok: false, status: 404 });
		const [row] = await db.select().from(booking).where(eq(booking.id, booked.bookingId));
		expect(row).toMatchObject({ status: 'active', slotId: s1, sequence: 0 });
	});

	it('a talk needs a seat in its session; cancelling the seat ends the talk too', async () => {
		const { db } = handle;
		const person = await makePerson(db, { locale: 'ar' });
		const session = await makeSlot(db, { startsAt: soon(9), minutes: 90 });
		const otherSession = await makeSlot(db, { startsAt: soon(10), minutes: 90 });
		const talk = await makeSlot(db, {
			type: 'talk',
			startsAt: new Date(soon(9).getTime() + 90 * 60_000),
			minutes: 15,
			capacity: 1,
			parentSlotId: session
		});
		const strangerTalk = await makeSlot(db, {
			type: 'talk',
			startsAt: soon(10),
			minutes: 15,
			capacity: 1,
			parentSlotId: otherSession
		});
		expect(
			await bookSlot(db, { slotId: talk, userId: person.id, interpreterLanguage: null })
		).toMatchObject({ reason: 'booking.errors.needsSeat' });
		const seat = await bookSlot(db, {
			slotId: session,
			userId: person.id,
			interpreterLanguage: 'ar'
		});
		if (!seat.ok) throw new Error(seat.reason);
		const listed = await listBookableSlots(db, person, 'talk', new Date());
		expect(listed.slots.map((s) => s.id)).toEqual([talk]);
		expect(
			await bookSlot(db, { slotId: strangerTalk, userId: person.id, interpreterLanguage: null })
		).toMatchObject({ reason: 'booking.errors.needsSeat' });
		const booked = await bookSlot(db, {
			slotId: talk,
			userId: person.id,
			interpreterLanguage: 'ar'
		});
		expect(booked.ok).toBe(true);
		expect(
			await cancelBooking(db, {
				bookingId: seat.bookingId,
				actor: { userId: person.id },
				reason: 'work'
			})
		).toEqual({ ok: true });
		const rows = await db.select().from(booking).where(eq(booking.userId, person.id));
		expect(rows.map((r) => [r.type, r.status]).sort()).toEqual([
			['info_session', 'cancelled'],
			['talk', 'cancelled']
		]);
		const [talkRow] = await db.select({ booked: slot.booked }).from(slot).where(eq(slot.id, talk));
		expect(talkRow.booked).toBe(0);
		// Four messages in Arabic: two confirmations, two cancellations.
		const mails = await db
			.select()
			.from(outboxMessage)
			.where(eq(outboxMessage.recipientId, person.id));
		expect(mails.map((m) => m.kind).sort()).toEqual([
			'booking.cancelled',
			'booking.cancelled',
			'booking.confirmed',
			'booking.confirmed'
		]);
		const t = bookingTranslator('ar');
		expect(
			mails.every(
				(m) =>
					m.locale === 'ar' &&
					m.body.startsWith(t('booking.mail.greeting', { name: 'Test Persoon' }))
			)
		).toBe(true);
		expect(mails.find((m) => m.kind === 'booking.confirmed')?.body).toContain(
			t('booking.languages.ar')
		);
	});

	it('intake: not before the questionnaire, then only within 7 days; a consultant may book outside', async () => {
		const { db } = handle;
		const person = await makePerson(db);
		const staff = await makePerson(db, { role: 'work_consultant' });
		const inWindow = await makeSlot(db, { type: 'intake', startsAt: soon(3), capacity: 1 });
		const late = await makeSlot(db, { type: 'intake', startsAt: soon(12), capacity: 1 });
		expect(
			await bookSlot(db, { slotId: inWindow, userId: person.id, interpreterLanguage: null })
		).toMatchObject({ reason: 'booking.errors.needsQuestionnaire' });
		expect((await listBookableSlots(db, person, 'intake', new Date())).blocker).toBe(
			'booking.book.needsQuestionnaire'
		);
		registerIntakeEligibility(async (_db, userId) => (userId === person.id ? new Date() : null));
		expect(
			await bookSlot(db, { slotId: late, userId: person.id, interpreterLanguage: null })
		).toMatchObject({ reason: 'booking.errors.outsideIntakeWindow' });
		const listed = await listBookableSlots(db, person, 'intake', new Date());
		expect(listed.slots.map((s) => s.id)).toContain(inWindow);
		expect(listed.slots.map((s) => s.id)).not.toContain(late);
		const byStaff = { id: staff.id, municipalityId: staff.municipalityId };
		expect(
			await bookSlot(db, { slotId: late, userId: person.id, interpreterLanguage: null, byStaff })
		).toMatchObject({ ok: true });
	});

	it('moving takes the new seat before giving back the old one; a full target changes nothing', async () => {
		const { db } = handle;
		const [a, b] = [await makePerson(db), await makePerson(db)];
		const s1 = await makeSlot(db, { startsAt: soon(11), capacity: 1 });
		const s2 = await makeSlot(db, { startsAt: soon(12), capacity: 1 });
		const ba = await bookSlot(db, { slotId: s1, userId: a.id, interpreterLanguage: null });
		const bb = await bookSlot(db, { slotId: s2, userId: b.id, interpreterLanguage: null });
		if (!ba.ok || !bb.ok) throw new Error('setup');
		const refused = await moveBooking(db, {
			bookingId: ba.bookingId,
			newSlotId: s2,
			actor: { userId: a.id },
			interpreterLanguage: null
		});
		expect(refused).toMatchObject({ ok: false, reason: 'booking.errors.justTaken' });
		const seats = await db
			.select({ id: slot.id, booked: slot.booked })
			.from(slot)
			.where(and(eq(slot.capacity, 1), eq(slot.type, 'info_session')));
		expect(Object.fromEntries(seats.map((s) => [s.id, s.booked]))).toMatchObject({
			[s1]: 1,
			[s2]: 1
		});
		expect(
			await moveBooking(db, {
				bookingId: ba.bookingId,
				newSlotId: s1,
				actor: { userId: a.id },
				interpreterLanguage: null
			})
		).toMatchObject({ reason: 'booking.errors.sameSlot' });
	});
});
