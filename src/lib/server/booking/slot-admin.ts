import { and, eq, ne, sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { recordAudit } from '../audit/record';
import { booking, slot, type Attendance } from './schema';
import { getSlotOf } from './book';
import { nearestFreeSlots } from './availability';
import { BookingRefusal, refusalsAsResult, UUID, type Refused } from './errors';
import { queueBookingMail } from './notify';
import { reminderDueAt } from './reminders';
import { lockSlots, releaseSeat } from './seats';
import { validateSlotFields, type FieldErrors, type SlotFields } from './slot-input';
import { amsterdamToUtc } from './zoned';
import { insertSlots, talksAfter } from './plan';

type Staff = { id: string; municipalityId: string };

/**
 * Changes a slot's time, place, consultant or size. People booked on it get a "changed" message
 * and calendar update (same UID, SEQUENCE + 1) when the time or place changed.
 */
export async function editSlot(
	db: Executor,
	staff: Staff,
	slotId: string,
	fields: Omit<SlotFields, 'type'>,
	now = new Date()
): Promise<{ ok: true } | { ok: false; errors: FieldErrors } | Refused> {
	const current = await getSlotOf(db, slotId, staff.municipalityId);
	if (!current) return { ok: false, reason: 'booking.errors.unknownSlot', status: 404 };
	const checked = await validateSlotFields(
		db,
		staff.municipalityId,
		{ ...fields, type: current.type },
		now
	);
	if (!checked.ok) return checked;
	const { plan } = checked;
	const startsAt = amsterdamToUtc(plan.date, plan.startTime);
	const endsAt = new Date(startsAt.getTime() + plan.minutes * 60_000);
	return refusalsAsResult(() =>
		db.transaction(async (tx) => {
			await lockSlots(tx, [slotId]);
			const [locked] = await tx.select().from(slot).where(eq(slot.id, slotId));
			if (locked.status !== 'open') throw new BookingRefusal('booking.errors.slotCancelled', 409);
			if (plan.capacity < locked.booked)
				throw new BookingRefusal('booking.errors.capacityBelowBooked', 409);
			await tx
				.update(slot)
				.set({
					startsAt,
					endsAt,
					capacity: plan.capacity,
					locationId: plan.locationId,
					consultantId: plan.consultantId,
					updatedAt: now
				})
				.where(eq(slot.id, slotId));
			const moved =
				locked.startsAt.getTime() !== startsAt.getTime() ||
				locked.endsAt.getTime() !== endsAt.getTime() ||
				locked.locationId !== plan.locationId;
			if (!moved) return {};
			const booked = await tx
				.update(booking)
				.set({
					sequence: sql`${booking.sequence} + 1`,
					reminderDueAt: reminderDueAt(startsAt, now),
					reminderSentAt: null,
					updatedAt: now
				})
				.where(and(eq(booking.slotId, slotId), eq(booking.status, 'active')))
				.returning({ id: booking.id });
			for (const b of booked) await queueBookingMail(tx, b.id, 'changed');
			return {};
		})
	);
}

/** Adds short talks right after an information session (back to back, one person each). */
export async function addTalks(
	db: Executor,
	staff: Staff,
	sessionId: string,
	talks: { count: number; minutes: number; consultantId: string | null }
): Promise<{ ok: true } | Refused> {
	const session = await getSlotOf(db, sessionId, staff.municipalityId);
	if (!session || session.type !== 'info_session' || session.status !== 'open')
		return { ok: false, reason: 'booking.errors.unknownSlot', status: 404 };
	const [last] = await db
		.select({ endsAt: sql<Date>`max(${slot.endsAt})`.mapWith(slot.endsAt) })
		.from(slot)
		.where(and(eq(slot.parentSlotId, sessionId), eq(slot.status, 'open')));
	const after = last?.endsAt && last.endsAt > session.endsAt ? last.endsAt : session.endsAt;
	await insertSlots(db, talksAfter({ ...session, endsAt: after }, talks, staff.id));
	return { ok: true };
}

/**
 * Cancels a slot. Everyone booked on it is told (outbox, in their language) and offered the next
 * free slots; the talks that belonged to a cancelled session are cancelled with it.
 */
export async function cancelSlot(
	db: Executor,
	staff: Staff,
	slotId: string,
	reason: string,
	now = new Date()
): Promise<{ ok: true; notified: number } | Refused> {
	const found = await getSlotOf(db, slotId, staff.municipalityId);
	if (!found) return { ok: false, reason: 'booking.errors.unknownSlot', status: 404 };
	return refusalsAsResult(() =>
		db.transaction(async (tx) => ({ notified: await cancelSlotInTx(tx, slotId, reason, now) }))
	);
}

async function cancelSlotInTx(tx: Executor, slotId: string, reason: string, now: Date) {
	await lockSlots(tx, [slotId]);
	const [ended] = await tx
		.update(slot)
		.set({ status: 'cancelled', cancelReason: reason, cancelledAt: now, updatedAt: now })
		.where(and(eq(slot.id, slotId), eq(slot.status, 'open')))
		.returning();
	if (!ended) throw new BookingRefusal('booking.errors.slotCancelled', 409);
	if (ended.startsAt.getTime() <= now.getTime()) throw new BookingRefusal('booking.errors.past');
	const bookings = await tx
		.update(booking)
		.set({
			status: 'cancelled',
			cancelOrigin: 'slot_cancelled',
			cancelReason: reason,
			cancelledAt: now,
			sequence: sql`${booking.sequence} + 1`,
			reminderDueAt: null,
			updatedAt: now
		})
		.where(and(eq(booking.slotId, slotId), eq(booking.status, 'active')))
		.returning({ id: booking.id, userId: booking.userId });
	let notified = 0;
	for (const b of bookings) {
		await releaseSeat(tx, slotId);
		const person = { id: b.userId, municipalityId: ended.municipalityId };
		const alternatives = await nearestFreeSlots(tx, person, ended.type, ended.startsAt, now);
		await queueBookingMail(tx, b.id, 'slotCancelled', { alternatives });
		notified++;
	}
	const talks = await tx
		.select({ id: slot.id })
		.from(slot)
		.where(and(eq(slot.parentSlotId, slotId), eq(slot.status, 'open')));
	for (const talk of talks) notified += await cancelSlotInTx(tx, talk.id, reason, now);
	return notified;
}

/** Marks whether the person came. Only once the appointment has started; written to the audit log. */
export async function markAttendance(
	db: Executor,
	staff: Staff,
	bookingId: string,
	attendance: Attendance,
	now = new Date()
): Promise<{ ok: true } | Refused> {
	if (!UUID.test(bookingId)) return { ok: false, reason: 'booking.errors.notFound', status: 404 };
	return refusalsAsResult(() =>
		db.transaction(async (tx) => {
			const [row] = await tx
				.select({ userId: booking.userId, startsAt: slot.startsAt })
				.from(booking)
				.innerJoin(slot, eq(slot.id, booking.slotId))
				.where(
					and(
						eq(booking.id, bookingId),
						eq(booking.municipalityId, staff.municipalityId),
						ne(booking.status, 'cancelled')
					)
				);
			if (!row) throw new BookingRefusal('booking.errors.notFound', 404);
			if (row.startsAt.getTime() > now.getTime())
				throw new BookingRefusal('booking.errors.notStarted', 409);
			await tx.update(booking).set({ attendance, updatedAt: now }).where(eq(booking.id, bookingId));
			await recordAudit(tx, {
				actorId: staff.id,
				action: 'booking.attendance',
				subjectId: row.userId,
				municipalityId: staff.municipalityId,
				detail: { bookingId, attendance }
			});
			return {};
		})
	);
}
