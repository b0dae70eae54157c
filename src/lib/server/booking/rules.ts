import type { SlotType } from './schema';
import { amsterdamDate, daysBetween } from './zoned';

export const SLOT_TYPES = [
	'info_session',
	'talk',
	'intake',
	'income'
] as const satisfies readonly SlotType[];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface SlotRules {
	/** Booking closes this long before the start. */
	bookNoticeMs: number;
	/** Cancelling or moving online closes this long before the start (then: phone the municipality). */
	cancelNoticeMs: number;
	/** How far ahead a slot can be booked. */
	bookAheadMs: number;
	/** Seats when staff do not say otherwise; talks, intakes and conversations are one person. */
	defaultCapacity: number;
	/** Capacity is fixed at 1 for one-to-one appointments. */
	oneToOne: boolean;
	defaultMinutes: number;
}

/** One place for the rules per kind of appointment (README "Booking" lists them too). */
export const SLOT_RULES: Record<SlotType, SlotRules> = {
	info_session: {
		bookNoticeMs: 12 * HOUR,
		cancelNoticeMs: 12 * HOUR,
		bookAheadMs: 42 * DAY,
		defaultCapacity: 12,
		oneToOne: false,
		defaultMinutes: 90
	},
	talk: {
		bookNoticeMs: 2 * HOUR,
		cancelNoticeMs: 2 * HOUR,
		bookAheadMs: 42 * DAY,
		defaultCapacity: 1,
		oneToOne: true,
		defaultMinutes: 15
	},
	intake: {
		bookNoticeMs: 24 * HOUR,
		cancelNoticeMs: 24 * HOUR,
		bookAheadMs: 28 * DAY,
		defaultCapacity: 1,
		oneToOne: true,
		defaultMinutes: 60
	},
	income: {
		bookNoticeMs: 24 * HOUR,
		cancelNoticeMs: 24 * HOUR,
		bookAheadMs: 42 * DAY,
		defaultCapacity: 1,
		oneToOne: true,
		defaultMinutes: 45
	}
};

/** The intake is on one of the 7 days after the questionnaire was submitted. */
export const INTAKE_WINDOW_DAYS = 7;
/** The income conversation comes "about a week" after the intake: from 5 to 14 days after it. */
export const INCOME_AFTER_INTAKE_DAYS = { from: 5, to: 14 } as const;

export function isSlotType(value: unknown): value is SlotType {
	return typeof value === 'string' && (SLOT_TYPES as readonly string[]).includes(value);
}

/** Translation key of the reason a person cannot book this start time now, or null. */
export function timingProblem(type: SlotType, startsAt: Date, now: Date): string | null {
	const rules = SLOT_RULES[type];
	const ahead = startsAt.getTime() - now.getTime();
	if (ahead <= 0) return 'booking.errors.past';
	if (ahead < rules.bookNoticeMs) return 'booking.errors.tooLate';
	if (ahead > rules.bookAheadMs) return 'booking.errors.tooFarAhead';
	return null;
}

/** May the person still cancel or move this appointment online? */
export function canCancelOnline(type: SlotType, startsAt: Date, now: Date): boolean {
	return startsAt.getTime() - now.getTime() >= SLOT_RULES[type].cancelNoticeMs;
}

/**
 * Intake days: the day of submission up to and including the 7th day after it (Amsterdam
 * calendar days; the booking notice keeps the first day out in practice). Not submitted: none.
 */
export function isWithinIntakeWindow(startsAt: Date, submittedAt: Date | null): boolean {
	if (!submittedAt) return false;
	const days = daysBetween(amsterdamDate(submittedAt), amsterdamDate(startsAt));
	return days >= 0 && days <= INTAKE_WINDOW_DAYS;
}

export function isWithinIncomeWindow(startsAt: Date, intakeAt: Date | null): boolean {
	if (!intakeAt) return false;
	const days = daysBetween(amsterdamDate(intakeAt), amsterdamDate(startsAt));
	return days >= INCOME_AFTER_INTAKE_DAYS.from && days <= INCOME_AFTER_INTAKE_DAYS.to;
}
