import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { bookSlot } from './book';
import { registerIntakeEligibility, resetIntakeEligibility } from './eligibility';
import { moveBooking } from './move';
import { cancelBooking } from './cancel';
import { getBookingDetails } from './details';
import { bookingCalendarFile, calendarFile } from './ics';
import { bookingTranslator } from './messages';
import { DAY, makePerson, makeSlot } from './testing';

function field(ics: string, name: string): string | undefined {
	return ics
		.replace(/\r\n[ \t]/g, '')
		.split(/\r?\n/)
		.find((line) => line.startsWith(`${name}:`))
		?.slice(name.length + 1);
}

describe('calendar file', () => {
	it('is UTC, with UID, SEQUENCE and METHOD', () => {
		const file = calendarFile({
			uid: 'abc@portal',
			sequence: 3,
			cancelled: false,
			startsAt: new Date('2027-03-30T07:30:00Z'),
			endsAt: new Date('2027-03-30T07:45:00Z'),
			title: 'Kort gesprek',
			description: 'Neem mee: ID',
			location: 'Koningin Julianaplein 10, 2264 BA Leidschendam',
			organizer: { name: 'Werk en Inkomen', email: 'noreply@example.org' },
			attendee: { name: 'Rania', email: 'rania@example.org' }
		});
		expect(file.method).toBe('REQUEST');
		expect(field(file.content, 'UID')).toBe('abc@portal');
		expect(field(file.content, 'SEQUENCE')).toBe('3');
		expect(field(file.content, 'DTSTART')).toBe('20270330T073000Z');
		expect(field(file.content, 'METHOD')).toBe('REQUEST');
	});
});

describe.each(TEST_DRIVERS)('calendar file of a booking over its life (%s)', (driver) => {
	let handle: TestDatabase;
	beforeAll(async () => {
		handle = await openTestDatabase(driver);
		// The questionnaire was just submitted: intakes in the next 7 days are open to the person.
		registerIntakeEligibility(async () => new Date());
	});
	afterAll(async () => {
		resetIntakeEligibility();
		await handle?.destroy();
	});

	it('keeps its UID when moved, raises SEQUENCE on every change, and says CANCEL at the end', async () => {
		const { db } = handle;
		const person = await makePerson(db, { locale: 'en', name: 'Yonas' });
		const first = await makeSlot(db, {
			type: 'intake',
			startsAt: new Date(Date.now() + 3 * DAY),
			capacity: 1
		});
		const second = await makeSlot(db, {
			type: 'intake',
			startsAt: new Date(Date.now() + 4 * DAY),
			capacity: 1
		});
		const staff = await makePerson(db, { role: 'work_consultant' });
		const byStaff = { id: staff.id, municipalityId: staff.municipalityId };
		const booked = await bookSlot(db, {
			slotId: first,
			userId: person.id,
			interpreterLanguage: 'ti',
			byStaff
		});
		if (!booked.ok) throw new Error(booked.reason);
		const t = bookingTranslator('en');
		const ics = async () =>
			bookingCalendarFile((await getBookingDetails(db, booked.bookingId))!, t);

		const v0 = await ics();
		const uid = field(v0.content, 'UID');
		expect(uid).toBe(`${booked.bookingId}@werk-en-inkomen.portal`);
		expect(field(v0.content, 'SEQUENCE')).toBe('0');
		expect(field(v0.content, 'METHOD')).toBe('REQUEST');
		expect(field(v0.content, 'SUMMARY')).toContain('Intake conversation');
		expect(v0.content).toContain('Tigrinya');

		expect(
			await moveBooking(db, {
				bookingId: booked.bookingId,
				newSlotId: second,
				actor: { userId: person.id },
				interpreterLanguage: 'ti'
			})
		).toEqual({ ok: true });
		const v1 = await ics();
		expect(field(v1.content, 'UID')).toBe(uid);
		expect(field(v1.content, 'SEQUENCE')).toBe('1');
		expect(field(v1.content, 'DTSTART')).not.toBe(field(v0.content, 'DTSTART'));

		expect(
			await cancelBooking(db, {
				bookingId: booked.bookingId,
				actor: { userId: person.id },
				reason: 'ill'
			})
		).toEqual({ ok: true });
		const v2 = await ics();
		expect(field(v2.content, 'UID')).toBe(uid);
		expect(field(v2.content, 'SEQUENCE')).toBe('2');
		expect(field(v2.content, 'METHOD')).toBe('CANCEL');
		expect(field(v2.content, 'STATUS')).toBe('CANCELLED');
	});
});
