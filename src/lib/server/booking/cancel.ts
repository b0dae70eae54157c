import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { booking, slot } from './schema';
import type { StaffActor } from './book';
import { BookingRefusal, refusalsAsResult, type Refused } from './errors';
import { getOwnedBooking } from './move';
import { queueBookingMail } from './notify';
import { canCancelOnline } from './rules';
import { lockSlots, releaseSeat, releaseTalksOfSession } from './seats';

/** Reasons a person gives when cancelling (the page offers these; "other" with a note). */
export const CANCEL_REASONS = ['ill', 'work', 'care', 'other'] as const;

export interface CancelInput {
	bookingId: string;
	actor: { userId: string } | { staff: StaffActor };
	reason: string;
	note?: string;
	now?: Date;
}

/**
 * Cancels a booking: the seat is given back, SEQUENCE goes up, a cancellation with a
 * METHOD:CANCEL calendar file goes to the outbox. Cancelling a session seat also ends the talk
 * booked after it.
 */
export async function cancelBooking(
	db: Executor,
	input: CancelInput
): Promise<{ ok: true } | Refused> {
	const now = input.now ?? new Date();
	const byStaff = 'staff' in input.actor;
	const result = await refusalsAsResult(() =>
		db.transaction(async (tx) => {
			const current = await getOwnedBooking(tx, input.bookingId, input.actor);
			if (!current) throw new BookingRefusal('booking.errors.notFound', 404);
			if (current.status !== 'active') throw new BookingRefusal('booking.errors.notActive', 409);
			const [held] = await tx
				.select({ startsAt: slot.startsAt, type: slot.type })
				.from(slot)
				.where(eq(slot.id, current.slotId));
			if (held.startsAt.getTime() <= now.getTime())
				throw new BookingRefusal('booking.errors.notActive', 409);
			if (!byStaff && !canCancelOnline(held.type, held.startsAt, now))
				throw new BookingRefusal('booking.errors.tooLateToChange', 409);
			// Same lock order as booking and moving: the slot first, then the booking.
			await lockSlots(tx, [current.slotId]);
			const [ended] = await tx
				.update(booking)
				.set({
					status: 'cancelled',
					cancelOrigin: byStaff ? 'staff' : 'person',
					cancelReason: input.reason,
					cancelNote: input.note || null,
					cancelledAt: now,
					sequence: sql`${booking.sequence} + 1`,
					reminderDueAt: null,
					updatedAt: now
				})
				.where(
					and(
						eq(booking.id, current.id),
						eq(booking.status, 'active'),
						eq(booking.slotId, current.slotId)
					)
				)
				.returning({ id: booking.id });
			if (!ended) throw new BookingRefusal('booking.errors.notActive', 409);
			await releaseSeat(tx, current.slotId);
			if (current.type === 'info_session') {
				await releaseTalksOfSession(tx, current.userId, current.slotId, now);
			}
			await queueBookingMail(tx, current.id, 'cancelled');
			return {};
		})
	);
	return result.ok ? { ok: true } : result;
}
