import { describe, expect, it } from 'vitest';
import {
	SLOT_RULES,
	canCancelOnline,
	isWithinIncomeWindow,
	isWithinIntakeWindow,
	timingProblem
} from './rules';
import { reminderDueAt } from './reminders';
import { amsterdamToUtc } from './zoned';

const HOUR = 3_600_000;
const now = new Date('2027-03-01T10:00:00Z');
const after = (hours: number) => new Date(now.getTime() + hours * HOUR);

describe('booking rules', () => {
	it('refuses a start in the past, within the notice, or beyond the booking range', () => {
		expect(timingProblem('intake', after(-1), now)).toBe('booking.errors.past');
		expect(timingProblem('intake', after(23), now)).toBe('booking.errors.tooLate');
		expect(timingProblem('intake', after(25), now)).toBeNull();
		expect(timingProblem('intake', after(29 * 24), now)).toBe('booking.errors.tooFarAhead');
		expect(timingProblem('talk', after(3), now)).toBeNull();
		expect(timingProblem('info_session', after(11), now)).toBe('booking.errors.tooLate');
	});

	it('allows cancelling online only up to the cancel notice', () => {
		expect(canCancelOnline('intake', after(25), now)).toBe(true);
		expect(canCancelOnline('intake', after(23), now)).toBe(false);
		expect(canCancelOnline('talk', after(3), now)).toBe(true);
	});

	it('one-to-one appointments are for one person; sessions default to 12 seats', () => {
		expect(SLOT_RULES.info_session.defaultCapacity).toBe(12);
		for (const type of ['talk', 'intake', 'income'] as const)
			expect(SLOT_RULES[type].oneToOne).toBe(true);
	});

	it('intake: only after the questionnaire, within 7 calendar days (Netherlands time)', () => {
		const submitted = new Date('2027-03-01T20:00:00Z'); // 21:00 in Amsterdam, Monday 1 March
		expect(isWithinIntakeWindow(amsterdamToUtc('2027-03-04', '10:00'), null)).toBe(false);
		expect(isWithinIntakeWindow(amsterdamToUtc('2027-03-04', '10:00'), submitted)).toBe(true);
		expect(isWithinIntakeWindow(amsterdamToUtc('2027-03-08', '16:00'), submitted)).toBe(true);
		expect(isWithinIntakeWindow(amsterdamToUtc('2027-03-09', '09:00'), submitted)).toBe(false);
	});

	it('income conversation: about a week after the intake (5 to 14 days)', () => {
		const intake = amsterdamToUtc('2027-03-04', '10:00');
		expect(isWithinIncomeWindow(amsterdamToUtc('2027-03-08', '10:00'), intake)).toBe(false);
		expect(isWithinIncomeWindow(amsterdamToUtc('2027-03-11', '10:00'), intake)).toBe(true);
		expect(isWithinIncomeWindow(amsterdamToUtc('2027-03-19', '10:00'), intake)).toBe(false);
		expect(isWithinIncomeWindow(amsterdamToUtc('2027-03-11', '10:00'), null)).toBe(false);
	});

	it('reminder: 09:00 Netherlands time the day before, also across the DST change', () => {
		const tuesday = amsterdamToUtc('2027-03-30', '09:30'); // first Tuesday of summer time
		expect(reminderDueAt(tuesday, now)?.toISOString()).toBe('2027-03-29T07:00:00.000Z');
		const winter = amsterdamToUtc('2027-03-23', '09:30');
		expect(reminderDueAt(winter, now)?.toISOString()).toBe('2027-03-22T08:00:00.000Z');
		// Booked after that moment: no separate reminder, the confirmation is enough.
		expect(reminderDueAt(winter, new Date('2027-03-22T12:00:00Z'))).toBeNull();
	});
});
