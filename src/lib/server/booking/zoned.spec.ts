import { describe, expect, it } from 'vitest';
import { addDays, amsterdamDate, amsterdamTime, amsterdamToUtc, weekdayOf } from './zoned';
import { formatTimeRange, formatWhen } from './format';

describe('Netherlands wall-clock time ↔ UTC', () => {
	it('Tuesday 09:30 is 08:30Z in winter and 07:30Z in summer (last Sunday of March 2027)', () => {
		expect(amsterdamToUtc('2027-03-23', '09:30').toISOString()).toBe('2027-03-23T08:30:00.000Z');
		expect(amsterdamToUtc('2027-03-30', '09:30').toISOString()).toBe('2027-03-30T07:30:00.000Z');
	});

	it('and back to 08:30Z after the last Sunday of October 2027', () => {
		expect(amsterdamToUtc('2027-10-26', '09:30').toISOString()).toBe('2027-10-26T07:30:00.000Z');
		expect(amsterdamToUtc('2027-11-02', '09:30').toISOString()).toBe('2027-11-02T08:30:00.000Z');
	});

	it('shows 09:30 on both sides of the change', () => {
		for (const date of ['2027-03-23', '2027-03-30', '2027-10-26', '2027-11-02']) {
			const instant = amsterdamToUtc(date, '09:30');
			expect(amsterdamTime(instant)).toBe('09:30');
			expect(amsterdamDate(instant)).toBe(date);
			const end = new Date(instant.getTime() + 90 * 60_000);
			expect(formatTimeRange(instant, end, 'nl')).toBe('09:30 – 11:00');
		}
	});

	it('handles the change night itself: the skipped hour moves forward, the doubled hour is the later one', () => {
		expect(amsterdamToUtc('2027-03-28', '01:30').toISOString()).toBe('2027-03-28T00:30:00.000Z');
		expect(amsterdamToUtc('2027-03-28', '02:30').toISOString()).toBe('2027-03-28T01:30:00.000Z');
		expect(amsterdamToUtc('2027-03-28', '03:00').toISOString()).toBe('2027-03-28T01:00:00.000Z');
		expect(amsterdamToUtc('2027-10-31', '02:30').toISOString()).toBe('2027-10-31T01:30:00.000Z');
		expect(amsterdamToUtc('2027-10-31', '03:30').toISOString()).toBe('2027-10-31T02:30:00.000Z');
	});

	it('adds calendar days, keeping the weekday across the change', () => {
		expect(addDays('2027-03-23', 7)).toBe('2027-03-30');
		expect(addDays('2027-10-26', 7)).toBe('2027-11-02');
		expect(addDays('2027-12-28', 7)).toBe('2028-01-04');
		expect(weekdayOf('2027-03-30')).toBe(2);
		expect(weekdayOf('2027-11-02')).toBe(2);
	});

	it('the Amsterdam date of a late-evening UTC instant is the next day', () => {
		expect(amsterdamDate(new Date('2027-06-30T22:30:00Z'))).toBe('2027-07-01');
		expect(amsterdamDate(new Date('2027-12-31T23:30:00Z'))).toBe('2028-01-01');
	});
});

describe('times on the page', () => {
	it('are on the 24-hour clock in every language', () => {
		const start = amsterdamToUtc('2027-03-30', '13:15');
		const end = new Date(start.getTime() + 15 * 60_000);
		for (const locale of ['nl', 'en', 'ti']) {
			expect(formatTimeRange(start, end, locale)).toBe('13:15 – 13:30');
		}
		// Arabic keeps the order of the range with a left-to-right isolate.
		expect(formatTimeRange(start, end, 'ar')).toBe('\u206613:15 – 13:30\u2069');
		expect(formatWhen(start, end, 'ar')).toBe('الثلاثاء، 30 مارس 2027، \u206613:15 – 13:30\u2069');
	});
});
