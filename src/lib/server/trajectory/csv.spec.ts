import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('CSV export', () => {
	it('quotes where needed, keeps numbers (also negative) and defuses formulas', () => {
		const csv = toCsv(
			['naam', 'aantal'],
			[
				['Taal, werk "en" meer', -37],
				['=HYPERLINK("x")', 0.25],
				['رانيا', null]
			]
		);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.slice(1).split('\r\n')).toEqual([
			'naam,aantal',
			'"Taal, werk ""en"" meer",-37',
			`"'=HYPERLINK(""x"")",0.25`,
			'رانيا,',
			''
		]);
	});
});
