import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { outboxMessage } from '../mail/schema';
import { booking, slot } from './schema';
import { bookSlot } from './book';
import { createSeries } from './plan';
import { cancelSlot, editSlot, markAttendance } from './slot-admin';
import { amsterdamDate, amsterdamTime } from './zoned';
import { DAY, makePerson, makeSlot, placeOf } from './testing';

describe.each(TEST_DRIVERS)('staff: series, changes, cancellations (%s)', (driver) => {
	let handle: TestDatabase;
	beforeAll(async () => {
		handle = await openTestDatabase(driver);
	});
	afterAll(async () => {
		await handle?.destroy();
	});

	const fields = (place: { locationId: string }, over: Record<string, string> = {}) => ({
		type: 'info_session',
		date: '2027-03-16',
		startTime: '09:30',
		minutes: '90',
		capacity: '12',
		weeks: '4',
		locationId: place.locationId,
		consultantId: '',
		talkCount: '4',
		talkMinutes: '15',
		talkConsultantId: '',
		...over
	});

	it('a weekly series keeps 09:30 Netherlands time across the March DST change, with talks after each', async () => {
		const { db } = handle;
		const staff = await makePerson(db, { role: 'work_consultant' });
		const place = await placeOf(db);
		const now = new Date('2027-03-01T12:00:00Z');
		const result = await createSeries(db, staff, fields(place), now);
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		const rows = await db
			.select()
			.from(slot)
			.where(and(eq(slot.type, 'info_session'), eq(slot.municipalityId, staff.municipalityId)))
			.orderBy(asc(slot.startsAt));
		const mine = rows.filter((r) => result.slotIds.includes(r.id));
		expect(mine.map((r) => amsterdamDate(r.startsAt))).toEqual([
			'2027-03-16',
			'2027-03-23',
			'2027-03-30',
			'2027-04-06'
		]);
		expect(mine.map((r) => amsterdamTime(r.startsAt))).toEqual([
			'09:30',
			'09:30',
			'09:30',
			'09:30'
		]);
		expect(mine.map((r) => r.startsAt.toISOString().slice(11, 16))).toEqual([
			'08:30',
			'08:30',
			'07:30',
			'07:30'
		]);
		expect(mine.every((r) => r.capacity === 12)).toBe(true);
		const talks = await db
			.select()
			.from(slot)
			.where(eq(slot.parentSlotId, mine[2].id))
			.orderBy(asc(slot.startsAt));
		expect(talks.map((t) => amsterdamTime(t.startsAt))).toEqual([
			'11:00',
			'11:15',
			'11:30',
			'11:45'
		]);
		expect(talks.every((t) => t.capacity === 1)).toBe(true);
	});

	it('refuses bad series input field by field', async () => {
		const { db } = handle;
		const staff = await makePerson(db, { role: 'work_consultant' });
		const place = await placeOf(db);
		const result = await createSeries(
			db,
			staff,
			fields(place, {
				date: '2027-02-30',
				startTime: '9.30',
				weeks: '99',
				locationId: crypto.randomUUID(),
				type: 'party'
			}),
			new Date('2027-01-01T00:00:00Z')
		);
		expect(result).toMatchObject({
			ok: false,
			errors: {
				type: 'form.choice',
				date: 'booking.errors.invalidDate',
				startTime: 'booking.errors.invalidTime',
				weeks: 'booking.errors.invalidWeeks',
				locationId: 'form.choice'
			}
		});
		const other = await placeOf(db, 'wassenaar');
		const foreign = await createSeries(db, staff, fields(other), new Date('2027-01-01T00:00:00Z'));
		expect(foreign).toMatchObject({ ok: false, errors: { locationId: 'form.choice' } });
	});

	it('cancelling a session tells everyone, offers the next free sessions, and cancels its talks', async () => {
		const { db } = handle;
		const staff = await makePerson(db, { role: 'work_consultant' });
		const session = await makeSlot(db, { startsAt: new Date(Date.now() + 3 * DAY), minutes: 90 });
		const later = await makeSlot(db, { startsAt: new Date(Date.now() + 10 * DAY), minutes: 90 });
		const talk = await makeSlot(db, {
			type: 'talk',
			startsAt: new Date(Date.now() + 3 * DAY + 90 * 60_000),
			minutes: 15,
			capacity: 1,
			parentSlotId: session
		});
		const person = await makePerson(db, { locale: 'en' });
		expect(
			(await bookSlot(db, { slotId: session, userId: person.id, interpreterLanguage: null })).ok
		).toBe(true);
		expect(
			(await bookSlot(db, { slotId: talk, userId: person.id, interpreterLanguage: null })).ok
		).toBe(true);
		expect(await cancelSlot(db, staff, session, 'Zaal niet beschikbaar')).toEqual({
			ok: true,
			notified: 2
		});
		const [s] = await db.select().from(slot).where(eq(slot.id, session));
		expect(s).toMatchObject({ status: 'cancelled', booked: 0 });
		const [t] = await db.select().from(slot).where(eq(slot.id, talk));
		expect(t).toMatchObject({ status: 'cancelled', booked: 0 });
		const mails = await db
			.select()
			.from(outboxMessage)
			.where(
				and(
					eq(outboxMessage.recipientId, person.id),
					eq(outboxMessage.kind, 'booking.slotCancelled')
				)
			);
		expect(mails).toHaveLength(2);
		const sessionMail = mails.find((m) => m.subject.includes('Information session'));
		expect(sessionMail?.body).toContain('These times are still free:');
		const [laterSlot] = await db.select().from(slot).where(eq(slot.id, later));
		expect(sessionMail?.body).toContain(amsterdamTime(laterSlot.startsAt));
		expect(sessionMail?.icsMethod).toBe('CANCEL');
		// Staff of another municipality cannot touch it.
		const outsider = await makePerson(db, { role: 'work_consultant', slug: 'wassenaar' });
		expect(await cancelSlot(db, outsider, later, 'x')).toMatchObject({ ok: false, status: 404 });
	});

	it('changing the time tells the people booked (same UID, SEQUENCE + 1); capacity never below seats taken', async () => {
		const { db } = handle;
		const staff = await makePerson(db, { role: 'work_consultant' });
		const place = await placeOf(db);
		const start = new Date(Date.now() + 5 * DAY);
		const id = await makeSlot(db, { startsAt: start, minutes: 90, capacity: 3 });
		const people = [await makePerson(db), await makePerson(db)];
		for (const p of people)
			await bookSlot(db, { slotId: id, userId: p.id, interpreterLanguage: null });
		const date = amsterdamDate(new Date(start.getTime() + DAY));
		const base = {
			date,
			startTime: '13:00',
			minutes: '90',
			locationId: place.locationId,
			consultantId: ''
		};
		expect(await editSlot(db, staff, id, { ...base, capacity: '1' })).toMatchObject({
			ok: false,
			reason: 'booking.errors.capacityBelowBooked'
		});
		expect(await editSlot(db, staff, id, { ...base, capacity: '12' })).toEqual({ ok: true });
		const rows = await db.select().from(booking).where(eq(booking.slotId, id));
		expect(rows.map((r) => r.sequence)).toEqual([1, 1]);
		const changed = await db
			.select()
			.from(outboxMessage)
			.where(eq(outboxMessage.kind, 'booking.changed'));
		expect(changed.length).toBeGreaterThanOrEqual(2);
	});

	it('attendance only once the appointment has started, and only in the own municipality', async () => {
		const { db } = handle;
		const staff = await makePerson(db, { role: 'work_consultant' });
		const person = await makePerson(db);
		const id = await makeSlot(db, { startsAt: new Date(Date.now() + 2 * DAY) });
		const booked = await bookSlot(db, { slotId: id, userId: person.id, interpreterLanguage: null });
		if (!booked.ok) throw new Error(booked.reason);
		expect(await markAttendance(db, staff, booked.bookingId, 'attended')).toMatchObject({
			reason: 'booking.errors.notStarted'
		});
		const later = new Date(Date.now() + 2 * DAY + 60_000);
		expect(await markAttendance(db, staff, booked.bookingId, 'no_show', later)).toEqual({
			ok: true
		});
		const outsider = await makePerson(db, { role: 'work_consultant', slug: 'voorschoten' });
		expect(await markAttendance(db, outsider, booked.bookingId, 'attended', later)).toMatchObject({
			status: 404
		});
		const [row] = await db.select().from(booking).where(eq(booking.id, booked.bookingId));
		expect(row.attendance).toBe('no_show');
	});
});
