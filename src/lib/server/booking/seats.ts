import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { queryRows } from '../db/sql';
import { booking, slot, type SlotType } from './schema';
import { queueBookingMail } from './notify';

/**
 * Takes one seat, or says the slot is full: a single conditional UPDATE, so two racers for the
 * last seat cannot both win (the second waits for the first's row lock, then sees booked = capacity).
 */
export async function takeSeat(db: Executor, slotId: string): Promise<boolean> {
	const rows = await db
		.update(slot)
		.set({ booked: sql`${slot.booked} + 1` })
		.where(and(eq(slot.id, slotId), eq(slot.status, 'open'), lt(slot.booked, slot.capacity)))
		.returning({ booked: slot.booked });
	return rows.length === 1;
}

export async function releaseSeat(db: Executor, slotId: string): Promise<void> {
	await db
		.update(slot)
		.set({ booked: sql`greatest(${slot.booked} - 1, 0)` })
		.where(eq(slot.id, slotId));
}

/** Locks slots in one fixed order (by id), so two opposite moves cannot deadlock. */
export async function lockSlots(db: Executor, slotIds: string[]): Promise<void> {
	const ids = [...new Set(slotIds)].sort();
	if (ids.length === 0) return;
	await queryRows(
		db,
		sql`select id from slot where id in (${sql.join(
			ids.map((id) => sql`${id}::uuid`),
			sql`, `
		)}) order by id for update`
	);
}

/**
 * An appointment whose time has passed stops counting as "active" (one active booking per type),
 * so the person can book the next one. Done lazily, by the booking that needs it.
 */
export async function closePastBookings(
	db: Executor,
	userId: string,
	type: SlotType,
	now: Date
): Promise<void> {
	await db
		.update(booking)
		.set({ status: 'closed', reminderDueAt: null, updatedAt: now })
		.where(
			and(
				eq(booking.userId, userId),
				eq(booking.type, type),
				eq(booking.status, 'active'),
				inArray(booking.slotId, db.select({ id: slot.id }).from(slot).where(lt(slot.endsAt, now)))
			)
		);
}

/**
 * A talk belongs to a seat in its information session: when the seat goes (cancelled or moved),
 * the person's talk after that session goes too, with a message.
 */
export async function releaseTalksOfSession(
	db: Executor,
	userId: string,
	sessionSlotId: string,
	now: Date
): Promise<void> {
	const talks = await db
		.select({ id: booking.id, slotId: booking.slotId })
		.from(booking)
		.innerJoin(slot, eq(slot.id, booking.slotId))
		.where(
			and(
				eq(booking.userId, userId),
				eq(booking.status, 'active'),
				eq(slot.parentSlotId, sessionSlotId)
			)
		);
	for (const talk of talks) {
		await lockSlots(db, [talk.slotId]);
		const [ended] = await db
			.update(booking)
			.set({
				status: 'cancelled',
				cancelOrigin: 'session_released',
				cancelledAt: now,
				sequence: sql`${booking.sequence} + 1`,
				reminderDueAt: null,
				updatedAt: now
			})
			.where(and(eq(booking.id, talk.id), eq(booking.status, 'active')))
			.returning({ id: booking.id });
		if (!ended) continue;
		await releaseSeat(db, talk.slotId);
		await queueBookingMail(db, talk.id, 'cancelled');
	}
}
