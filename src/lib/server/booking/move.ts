import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { booking } from './schema';
import type { SlotDetails } from './details';
import { nearestFreeSlots } from './availability';
import { assertBookable, getSlotOf, type StaffActor } from './book';
import { BookingRefusal, refusalsAsResult, UUID, type Refused } from './errors';
import { isInterpreterLanguage } from './labels';
import { queueBookingMail } from './notify';
import { reminderDueAt } from './reminders';
import { canCancelOnline } from './rules';
import { lockSlots, releaseSeat, releaseTalksOfSession, takeSeat } from './seats';

export interface MoveInput {
	bookingId: string;
	newSlotId: string;
	/** The person who owns the booking (self-service), or the staff member moving it. */
	actor: { userId: string } | { staff: StaffActor };
	interpreterLanguage: string | null;
	now?: Date;
}

export type MoveResult = { ok: true } | (Refused & { alternatives?: SlotDetails[] });

/** A booking the actor may change: the person's own, or one in the staff member's municipality. */
export async function getOwnedBooking(db: Executor, bookingId: string, actor: MoveInput['actor']) {
	if (!UUID.test(bookingId)) return undefined;
	const [row] = await db.select().from(booking).where(eq(booking.id, bookingId)).limit(1);
	if (!row) return undefined;
	if (
		'userId' in actor
			? row.userId !== actor.userId
			: row.municipalityId !== actor.staff.municipalityId
	)
		return undefined;
	return row;
}

/**
 * Moves a booking to another slot of the same kind, atomically: the new seat is taken before the
 * old one is given back, in one transaction, so the person never ends up with none (or two).
 * The booking keeps its id and calendar UID; SEQUENCE goes up by one.
 */
export async function moveBooking(db: Executor, input: MoveInput): Promise<MoveResult> {
	const now = input.now ?? new Date();
	const byStaff = 'staff' in input.actor ? input.actor.staff : undefined;
	if (input.interpreterLanguage && !isInterpreterLanguage(input.interpreterLanguage)) {
		return { ok: false, reason: 'form.choice', status: 400 };
	}
	let wanted: SlotDetails | undefined;
	let owner: { id: string; municipalityId: string } | undefined;
	const result = await refusalsAsResult(() =>
		db.transaction(async (tx) => {
			const current = await getOwnedBooking(tx, input.bookingId, input.actor);
			if (!current) throw new BookingRefusal('booking.errors.notFound', 404);
			owner = { id: current.userId, municipalityId: current.municipalityId };
			if (current.status !== 'active') throw new BookingRefusal('booking.errors.notActive', 409);
			const old = await getSlotOf(tx, current.slotId, current.municipalityId);
			if (!old || old.startsAt.getTime() <= now.getTime())
				throw new BookingRefusal('booking.errors.notActive', 409);
			if (!byStaff && !canCancelOnline(old.type, old.startsAt, now))
				throw new BookingRefusal('booking.errors.tooLateToChange', 409);
			wanted = await getSlotOf(tx, input.newSlotId, current.municipalityId);
			if (wanted && wanted.id === old.id) throw new BookingRefusal('booking.errors.sameSlot');
			if (wanted && wanted.type !== current.type)
				throw new BookingRefusal('booking.errors.unknownSlot');
			const target = await assertBookable(tx, wanted, current.userId, byStaff, now);

			await lockSlots(tx, [old.id, target.id]);
			if (!(await takeSeat(tx, target.id))) throw new BookingRefusal('booking.errors.full', 409);
			const [moved] = await tx
				.update(booking)
				.set({
					slotId: target.id,
					sequence: sql`${booking.sequence} + 1`,
					interpreterLanguage: input.interpreterLanguage || null,
					reminderDueAt: reminderDueAt(target.startsAt, now),
					reminderSentAt: null,
					updatedAt: now
				})
				.where(
					and(eq(booking.id, current.id), eq(booking.status, 'active'), eq(booking.slotId, old.id))
				)
				.returning({ id: booking.id });
			// Someone changed it meanwhile (cancelled or moved in another tab): undo everything.
			if (!moved) throw new BookingRefusal('booking.errors.notActive', 409);
			await releaseSeat(tx, old.id);
			if (current.type === 'info_session') {
				await releaseTalksOfSession(tx, current.userId, old.id, now);
			}
			await queueBookingMail(tx, current.id, 'moved');
			return {};
		})
	);
	if (!result.ok && result.reason === 'booking.errors.full' && wanted && owner) {
		const alternatives = await nearestFreeSlots(db, owner, wanted.type, wanted.startsAt, now);
		return { ...result, reason: 'booking.errors.justTaken', alternatives };
	}
	return result.ok ? { ok: true } : result;
}
