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

describe('CSV export: spreadsheet formula injection', () => {
	const cellOf = (text: string) =>
		toCsv(['x'], [[text]])
			.slice(1)
			.split('\r\n')[1];

	it.each([
		['=1+1', "'=1+1"],
		['+31 70 123', "'+31 70 123"],
		['-2+3', "'-2+3"],
		['@SUM(A1:A2)', "'@SUM(A1:A2)"],
		['\t=1+1', "'\t=1+1"],
		["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"]
	])('defuses text starting with a formula character: %j', (text, expected) => {
		expect(cellOf(text)).toBe(expected);
	});

	it('defuses a leading carriage return and still quotes the cell', () => {
		expect(toCsv(['x'], [['\r=1+1']]).slice(1)).toBe('x\r\n"\'\r=1+1"\r\n');
	});

	it('keeps ordinary text, inner formula characters and numbers as they are', () => {
		expect(cellOf('Jansen-de Vries')).toBe('Jansen-de Vries');
		expect(cellOf('a=b')).toBe('a=b');
		expect(
			toCsv(['n'], [[-5]])
				.slice(1)
				.split('\r\n')[1]
		).toBe('-5');
	});
});
