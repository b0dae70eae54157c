import { describe, expect, it } from 'vitest';
import { niceAxis, project } from './scale';

describe('chart axis', () => {
	it('rounds to nice ticks that include zero and every value', () => {
		expect(niceAxis([3, 17, 12])).toEqual({ min: 0, max: 20, ticks: [0, 5, 10, 15, 20] });
		const negative = niceAxis([-37, 12]);
		expect(negative.min).toBeLessThanOrEqual(-37);
		expect(negative.max).toBeGreaterThanOrEqual(12);
		expect(negative.ticks).toContain(0);
		expect(niceAxis([0, 0])).toEqual({ min: 0, max: 1, ticks: [0, 1] });
	});

	it('projects values between the top and the bottom of the plot', () => {
		const axis = niceAxis([0, 100]);
		expect(project(axis, 0, 10, 110)).toBe(110);
		expect(project(axis, 100, 10, 110)).toBe(10);
	});
});
