import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db';
import { user } from '../db/schema-core';
import { CLIENT_ROLES } from '../auth/roles';
import { mailConfig } from '../mail/config';
import { booking, slot } from './schema';
import { selectSlots, type SlotDetails } from './details';
import { eligibilityFor, nearestFreeSlots } from './availability';
import { BookingRefusal, refusalsAsResult, UUID, type Refused } from './errors';
import { isInterpreterLanguage } from './labels';
import { queueBookingMail } from './notify';
import { reminderDueAt } from './reminders';
import { timingProblem } from './rules';
import { closePastBookings, takeSeat } from './seats';
import './eligibility-providers';

/** A consultant booking for a client may book outside the person's windows and notice. */
export interface StaffActor {
	id: string;
	municipalityId: string;
}

export interface BookInput {
	slotId: string;
	/** The person the seat is for (an applicant or client). */
	userId: string;
	interpreterLanguage: string | null;
	byStaff?: StaffActor;
	now?: Date;
}

export type BookResult =
	{ ok: true; bookingId: string } | (Refused & { alternatives?: SlotDetails[] });

/** The person the booking is for: an applicant or client (of the staff member's municipality). */
export async function getBookablePerson(db: Executor, userId: string) {
	if (!UUID.test(userId)) return undefined;
	const [person] = await db
		.select({ id: user.id, municipalityId: user.municipalityId, role: user.role })
		.from(user)
		.where(and(eq(user.id, userId), inArray(user.role, [...CLIENT_ROLES])))
		.limit(1);
	return person;
}

/** A slot as the person may see it: it exists and belongs to their municipality. */
export async function getSlotOf(db: Executor, slotId: string, municipalityId: string) {
	if (!UUID.test(slotId)) return undefined;
	const [found] = await selectSlots(
		db,
		and(eq(slot.id, slotId), eq(slot.municipalityId, municipalityId))
	).limit(1);
	return found;
}

/** Every rule a new seat must pass, other than capacity (which the UPDATE itself decides). */
export async function assertBookable(
	db: Executor,
	target: SlotDetails | undefined,
	userId: string,
	byStaff: StaffActor | undefined,
	now: Date
): Promise<SlotDetails> {
	if (!target) throw new BookingRefusal('booking.errors.unknownSlot');
	if (target.status !== 'open') throw new BookingRefusal('booking.errors.slotCancelled', 409);
	if (byStaff) {
		if (target.startsAt.getTime() <= now.getTime()) throw new BookingRefusal('booking.errors.past');
		return target;
	}
	const timing = timingProblem(target.type, target.startsAt, now);
	if (timing) throw new BookingRefusal(timing);
	const eligibility = await eligibilityFor(db, userId, target.type);
	const problem = eligibility.check(target);
	if (problem) throw new BookingRefusal(problem, 403);
	return target;
}

export function newIcsUid(bookingId: string): string {
	const base = mailConfig().publicUrl;
	const host = base ? new URL(base).hostname : 'werk-en-inkomen.portal';
	return `${bookingId}@${host}`;
}

/**
 * Books a seat. One transaction: rules, then the conditional seat UPDATE, then the booking row
 * (partial unique indexes: one active seat per slot and one active booking per type), then the
 * confirmation in the outbox. Full or double: nothing is written, and the nearest free slots come back.
 */
export async function bookSlot(db: Executor, input: BookInput): Promise<BookResult> {
	const now = input.now ?? new Date();
	if (input.interpreterLanguage && !isInterpreterLanguage(input.interpreterLanguage)) {
		return { ok: false, reason: 'form.choice', status: 400 };
	}
	const person = await getBookablePerson(db, input.userId);
	if (!person || (input.byStaff && person.municipalityId !== input.byStaff.municipalityId)) {
		return { ok: false, reason: 'booking.errors.unknownPerson', status: 404 };
	}
	let wanted: SlotDetails | undefined;
	const result = await refusalsAsResult(() =>
		db.transaction(async (tx) => {
			wanted = await getSlotOf(tx, input.slotId, person.municipalityId);
			const target = await assertBookable(tx, wanted, person.id, input.byStaff, now);
			await closePastBookings(tx, person.id, target.type, now);
			const [existing] = await tx
				.select({ id: booking.id })
				.from(booking)
				.where(
					and(
						eq(booking.userId, person.id),
						eq(booking.type, target.type),
						eq(booking.status, 'active')
					)
				)
				.limit(1);
			if (existing) throw new BookingRefusal('booking.errors.alreadyBooked', 409);
			if (!(await takeSeat(tx, target.id))) throw new BookingRefusal('booking.errors.full', 409);
			const id = randomUUID();
			await tx.insert(booking).values({
				id,
				municipalityId: person.municipalityId,
				slotId: target.id,
				userId: person.id,
				type: target.type,
				icsUid: newIcsUid(id),
				interpreterLanguage: input.interpreterLanguage || null,
				bookedBy: input.byStaff?.id ?? person.id,
				reminderDueAt: reminderDueAt(target.startsAt, now),
				createdAt: now,
				updatedAt: now
			});
			await queueBookingMail(tx, id, 'confirmed');
			return { bookingId: id };
		})
	);
	if (!result.ok && result.reason === 'booking.errors.full' && wanted) {
		const alternatives = await nearestFreeSlots(db, person, wanted.type, wanted.startsAt, now);
		return { ...result, reason: 'booking.errors.justTaken', alternatives };
	}
	return result;
}
