import { and, asc, desc, eq, gte, isNull, lt, lte, ne, or } from 'drizzle-orm';
import type { Executor } from '../db';
import { booking, slot, type SlotType } from './schema';
import { selectSlots, type SlotDetails } from './details';
import { getQuestionnaireSubmittedAt } from './eligibility';
import {
	INCOME_AFTER_INTAKE_DAYS,
	INTAKE_WINDOW_DAYS,
	SLOT_RULES,
	isWithinIncomeWindow,
	isWithinIntakeWindow
} from './rules';
import { addDays, amsterdamDate } from './zoned';

export interface Eligibility {
	/** Why nothing of this type can be booked yet (translation key), or null. */
	blocker: string | null;
	/** Last day (YYYY-MM-DD) that can be chosen, when the type has a window. */
	windowEnd: string | null;
	/** Why this particular slot cannot be booked by the person (translation key), or null. */
	check(candidate: { startsAt: Date; parentSlotId: string | null }): string | null;
}

/** A seat that counts: not cancelled, and not a session the person did not come to. */
const seatCounts = and(
	ne(booking.status, 'cancelled'),
	or(isNull(booking.attendance), ne(booking.attendance, 'no_show'))
);

/** Which slots of a type the person may book, following the order of the chain. */
export async function eligibilityFor(
	db: Executor,
	userId: string,
	type: SlotType
): Promise<Eligibility> {
	if (type === 'talk') {
		const seats = await db
			.select({ slotId: booking.slotId })
			.from(booking)
			.where(and(eq(booking.userId, userId), eq(booking.type, 'info_session'), seatCounts));
		const sessions = new Set(seats.map((s) => s.slotId));
		return {
			blocker: sessions.size === 0 ? 'booking.book.needsSeat' : null,
			windowEnd: null,
			check: (c) =>
				c.parentSlotId && sessions.has(c.parentSlotId) ? null : 'booking.errors.needsSeat'
		};
	}
	if (type === 'intake') {
		const submittedAt = await getQuestionnaireSubmittedAt(db, userId);
		return {
			blocker: submittedAt ? null : 'booking.book.needsQuestionnaire',
			windowEnd: submittedAt ? addDays(amsterdamDate(submittedAt), INTAKE_WINDOW_DAYS) : null,
			check: (c) =>
				!submittedAt
					? 'booking.errors.needsQuestionnaire'
					: isWithinIntakeWindow(c.startsAt, submittedAt)
						? null
						: 'booking.errors.outsideIntakeWindow'
		};
	}
	if (type === 'income') {
		const [intake] = await db
			.select({ startsAt: slot.startsAt })
			.from(booking)
			.innerJoin(slot, eq(slot.id, booking.slotId))
			.where(and(eq(booking.userId, userId), eq(booking.type, 'intake'), seatCounts))
			.orderBy(desc(slot.startsAt))
			.limit(1);
		const intakeAt = intake?.startsAt ?? null;
		return {
			blocker: intakeAt ? null : 'booking.book.needsIntake',
			windowEnd: intakeAt ? addDays(amsterdamDate(intakeAt), INCOME_AFTER_INTAKE_DAYS.to) : null,
			check: (c) =>
				!intakeAt
					? 'booking.errors.needsIntake'
					: isWithinIncomeWindow(c.startsAt, intakeAt)
						? null
						: 'booking.errors.outsideIncomeWindow'
		};
	}
	return { blocker: null, windowEnd: null, check: () => null };
}

export interface Bookable {
	slots: SlotDetails[];
	blocker: string | null;
	windowEnd: string | null;
}

/** Only what can really be booked now: open, seats left, within notice and range, eligible. */
export async function listBookableSlots(
	db: Executor,
	person: { id: string; municipalityId: string },
	type: SlotType,
	now: Date,
	limit = 120
): Promise<Bookable> {
	const eligibility = await eligibilityFor(db, person.id, type);
	if (eligibility.blocker) return { slots: [], ...eligibility };
	const rules = SLOT_RULES[type];
	const rows = await selectSlots(
		db,
		and(
			eq(slot.municipalityId, person.municipalityId),
			eq(slot.type, type),
			eq(slot.status, 'open'),
			lt(slot.booked, slot.capacity),
			gte(slot.startsAt, new Date(now.getTime() + rules.bookNoticeMs)),
			lte(slot.startsAt, new Date(now.getTime() + rules.bookAheadMs))
		)
	)
		.orderBy(asc(slot.startsAt))
		.limit(limit * 3);
	const slots = rows.filter((s) => eligibility.check(s) === null).slice(0, limit);
	return { slots, blocker: null, windowEnd: eligibility.windowEnd };
}

/** "Just taken – these are the nearest free times": bookable slots closest to the one wanted. */
export async function nearestFreeSlots(
	db: Executor,
	person: { id: string; municipalityId: string },
	type: SlotType,
	around: Date,
	now: Date,
	count = 3
): Promise<SlotDetails[]> {
	const { slots } = await listBookableSlots(db, person, type, now, 500);
	return slots
		.map((s) => ({ s, distance: Math.abs(s.startsAt.getTime() - around.getTime()) }))
		.sort((a, b) => a.distance - b.distance)
		.slice(0, count)
		.map((x) => x.s)
		.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
