import { sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { queryRows } from '../db/sql';
import { queueBookingMail } from './notify';
import { addDays, amsterdamDate, amsterdamToUtc } from './zoned';

/** Reminders go out the day before the appointment, from this time (Netherlands time). */
export const REMINDER_TIME = '09:00';

/**
 * When the reminder of an appointment is due: 09:00 the day before, Netherlands time. Null when
 * that moment has passed already (booked late: the confirmation just sent is the reminder).
 */
export function reminderDueAt(startsAt: Date, now: Date): Date | null {
	const due = amsterdamToUtc(addDays(amsterdamDate(startsAt), -1), REMINDER_TIME);
	return due.getTime() > now.getTime() ? due : null;
}

/**
 * Queues the reminders that are due. Each booking row is claimed with FOR UPDATE SKIP LOCKED and
 * its due time cleared in the same transaction that queues the message, so with any number of
 * app instances (and after any restart) a reminder is queued once; the outbox's dedupe key per
 * booking version is a second lock on the door.
 */
export async function queueDueReminders(db: Executor, now = new Date(), batch = 50) {
	// postgres.js through drizzle takes no Date in raw SQL: an ISO string, cast.
	const at = sql`${now.toISOString()}::timestamptz`;
	return db.transaction(async (tx) => {
		const due = await queryRows<{ id: string; sequence: number | string; upcoming: boolean }>(
			tx,
			sql`select b.id, b.sequence, s.starts_at > ${at} as upcoming
				from booking b join slot s on s.id = b.slot_id
				where b.status = 'active' and b.reminder_due_at is not null and b.reminder_due_at <= ${at}
				order by b.reminder_due_at
				limit ${batch}
				for update of b skip locked`
		);
		let queued = 0;
		for (const row of due) {
			await tx.execute(
				sql`update booking set reminder_due_at = null,
					reminder_sent_at = case when ${row.upcoming} then ${at} else reminder_sent_at end
					where id = ${row.id}`
			);
			// The app was down past the appointment: a reminder afterwards helps nobody.
			if (!row.upcoming) continue;
			await queueBookingMail(tx, row.id, 'reminder', {
				dedupeKey: `booking.reminder:${row.id}:${Number(row.sequence)}`
			});
			queued++;
		}
		return queued;
	});
}
