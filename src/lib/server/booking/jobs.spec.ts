import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { outboxMessage } from '../mail/schema';
import { deliverPendingMail } from '../mail/deliver';
import { startJobs } from '../jobs/runner';
import { booking } from './schema';
import { bookSlot } from './book';
import { queueDueReminders } from './reminders';
import { DAY, makePerson, makeSlot } from './testing';

describe.each(TEST_DRIVERS)('reminders and mail delivery (%s)', (driver) => {
	let handle: TestDatabase;
	beforeAll(async () => {
		handle = await openTestDatabase(driver);
	});
	afterAll(async () => {
		await handle?.destroy();
	});

	it('queues each due reminder once, even with several runners at the same moment', async () => {
		const { db } = handle;
		const people = await Promise.all(
			Array.from({ length: 6 }, () => makePerson(db, { locale: 'ti' }))
		);
		const slotId = await makeSlot(db, { startsAt: new Date(Date.now() + 3 * DAY) });
		for (const p of people) await bookSlot(db, { slotId, userId: p.id, interpreterLanguage: null });
		const rows = await db.select().from(booking).where(eq(booking.slotId, slotId));
		expect(rows.every((r) => r.reminderDueAt !== null)).toBe(true);
		const at = new Date(rows[0].reminderDueAt!.getTime() + 60_000);
		const counts = await Promise.all([1, 2, 3, 4].map(() => queueDueReminders(db, at, 2)));
		// Small batches and parallel runners: together they take each booking exactly once.
		let total = counts.reduce((a, b) => a + b, 0);
		while (total < people.length) {
			const more = await queueDueReminders(db, at, 2);
			if (more === 0) break;
			total += more;
		}
		expect(total).toBe(people.length);
		expect(await queueDueReminders(db, at)).toBe(0);
		const reminders = await db
			.select()
			.from(outboxMessage)
			.where(eq(outboxMessage.kind, 'booking.reminder'));
		expect(reminders).toHaveLength(people.length);
		expect(new Set(reminders.map((r) => r.recipientId)).size).toBe(people.length);
		expect(reminders.every((r) => r.locale === 'ti' && r.ics === null)).toBe(true);
	});

	it('skips the reminder of an appointment that has already passed (app was down)', async () => {
		const { db } = handle;
		const person = await makePerson(db);
		const slotId = await makeSlot(db, { startsAt: new Date(Date.now() + 3 * DAY) });
		const booked = await bookSlot(db, { slotId, userId: person.id, interpreterLanguage: null });
		if (!booked.ok) throw new Error(booked.reason);
		const afterwards = new Date(Date.now() + 4 * DAY);
		expect(await queueDueReminders(db, afterwards)).toBe(0);
		const [row] = await db.select().from(booking).where(eq(booking.id, booked.bookingId));
		expect(row.reminderDueAt).toBeNull();
		expect(row.reminderSentAt).toBeNull();
	});

	it('delivers pending mail with its calendar file; a failing server leaves it for a retry', async () => {
		const { db } = handle;
		const failing = { sendMail: async () => Promise.reject(new Error('connection refused')) };
		const first = await deliverPendingMail(db, failing, 5);
		expect(first.failed).toBeGreaterThan(0);
		const retried = await db
			.select()
			.from(outboxMessage)
			.where(eq(outboxMessage.lastError, 'connection refused'));
		expect(retried.every((m) => m.status === 'pending' && m.nextAttemptAt > new Date())).toBe(true);

		const sent: nodemailer.SendMailOptions[] = [];
		const json = nodemailer.createTransport({ jsonTransport: true });
		const recording = {
			sendMail: async (options: nodemailer.SendMailOptions) => {
				sent.push(options);
				return json.sendMail(options);
			}
		};
		let delivered = 0;
		for (;;) {
			const round = await deliverPendingMail(db, recording, 20);
			delivered += round.sent;
			if (round.sent === 0) break;
		}
		expect(delivered).toBeGreaterThan(0);
		const withCalendar = sent.find((m) => m.icalEvent);
		expect(withCalendar?.icalEvent).toMatchObject({ method: 'REQUEST' });
		const pending = await db.select().from(outboxMessage).where(eq(outboxMessage.status, 'sent'));
		expect(pending.length).toBe(delivered);
	});

	it('the job runner runs jobs on their interval and stops cleanly', async () => {
		let runs = 0;
		const jobs = startJobs(
			[{ name: 'count', intervalMs: 20, run: async () => void runs++ }],
			() => {}
		);
		await new Promise((resolve) => setTimeout(resolve, 1200));
		await jobs.stop();
		const after = runs;
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(after).toBeGreaterThan(0);
		expect(runs).toBe(after);
	});
});
