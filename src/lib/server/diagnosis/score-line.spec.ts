import { describe, expect, it } from 'vitest';
import { RULES_VERSION } from './rules';
import { scoreLine } from './score-line';

describe('scoreLine (diagnosis:score CLI)', () => {
	it('scores a valid line with exactly months, category, route and rulesVersion', () => {
		expect(scoreLine('{"months_since_work":"lt6","dutch_level":"b2_plus"}', 1)).toEqual({
			months: 0,
			category: '1A',
			route: 'direct_mediation',
			rulesVersion: RULES_VERSION
		});
		expect(
			scoreLine('{"months_since_work":"never","dutch_level":"a1","hours_wanted":24}', 2)
		).toEqual({
			months: 18,
			category: '1C',
			route: 'reintegration',
			rulesVersion: RULES_VERSION
		});
	});

	it('skips blank lines', () => {
		expect(scoreLine('', 3)).toBeUndefined();
		expect(scoreLine('   \t', 4)).toBeUndefined();
	});

	it.each([
		['{"dutch_level":', /^invalid JSON/],
		['[1,2]', /^expected a JSON object of answers$/],
		['"b1"', /^expected a JSON object of answers$/],
		['{"dutch_level":"c2"}', /^dutch_level: invalid_option$/],
		[
			'{"shoe_size":"42","worries":["none","debts"]}',
			/^shoe_size: unknown_item; worries: exclusive_option$/
		]
	])('reports %s with its line number', (text, message) => {
		const result = scoreLine(text, 7);
		expect(result).toMatchObject({ line: 7 });
		expect((result as { error: string }).error).toMatch(message);
	});
});
