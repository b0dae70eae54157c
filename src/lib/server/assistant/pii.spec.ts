import { describe, expect, it } from 'vitest';
import { isValidBsn, isValidIban, scrubPersonalData } from './pii';

describe('BSN', () => {
	it('implements the 11-test', () => {
		expect(isValidBsn('111222333')).toBe(true);
		expect(isValidBsn('123456782')).toBe(true);
		expect(isValidBsn('123456789')).toBe(false);
		expect(isValidBsn('000000000')).toBe(false);
		expect(isValidBsn('12345678')).toBe(false);
	});
	it('replaces valid BSNs, also with dots or spaces', () => {
		expect(scrubPersonalData('mijn bsn is 111222333')).toBe('mijn bsn is [BSN]');
		expect(scrubPersonalData('BSN: 1112.22.333.')).toBe('BSN: [BSN].');
		expect(scrubPersonalData('bsn 111 222 333 graag')).toBe('bsn [BSN] graag');
		expect(scrubPersonalData('رقمي ١١١٢٢٢٣٣٣')).toBe('رقمي [BSN]');
	});
	it('leaves a nine-digit number that fails the 11-test alone', () => {
		expect(scrubPersonalData('dossier 123456789')).toBe('dossier 123456789');
	});
	it('does not take nine digits out of a longer number', () => {
		expect(scrubPersonalData('kenmerk 1112223334')).toBe('kenmerk 1112223334');
	});
});

describe('phone numbers', () => {
	it.each([
		['bel 0612345678', 'bel [telefoon]'],
		['bel 06-12345678', 'bel [telefoon]'],
		['bel 06 1234 5678', 'bel [telefoon]'],
		['bel +31 6 12345678', 'bel [telefoon]'],
		['bel +31 (0)6 12345678', 'bel [telefoon]'],
		['bel 0031612345678', 'bel [telefoon]'],
		['bel 070-1234567', 'bel [telefoon]'],
		['bel 071 123 45 67', 'bel [telefoon]'],
		['whatsapp +963 944 123 456', 'whatsapp [telefoon]']
	])('%s', (input, output) => {
		expect(scrubPersonalData(input)).toBe(output);
	});
});

describe('e-mail', () => {
	it('replaces addresses', () => {
		expect(scrubPersonalData('mail a.b-c+x@example.co.uk aub')).toBe('mail [e-mail] aub');
		expect(scrubPersonalData('ايميلي ahmad99@gmail.com')).toBe('ايميلي [e-mail]');
	});
});

describe('IBAN', () => {
	it('validates mod-97', () => {
		expect(isValidIban('NL91ABNA0417164300')).toBe(true);
		expect(isValidIban('NL91 ABNA 0417 1643 00')).toBe(true);
		expect(isValidIban('NL92ABNA0417164300')).toBe(false);
		expect(isValidIban('DE89370400440532013000')).toBe(true);
	});
	it('replaces valid IBANs with or without spaces, keeping the following text', () => {
		expect(scrubPersonalData('rekening NL91ABNA0417164300')).toBe('rekening [IBAN]');
		expect(scrubPersonalData('rekening NL91 ABNA 0417 1643 00 en verder')).toBe(
			'rekening [IBAN] en verder'
		);
		expect(scrubPersonalData('iban nl91abna0417164300.')).toBe('iban [IBAN].');
	});
	it('leaves an invalid IBAN alone', () => {
		expect(scrubPersonalData('NL92ABNA0417164300')).toBe('NL92ABNA0417164300');
	});
});

describe('scrubPersonalData', () => {
	it('handles several kinds in one text and leaves the rest', () => {
		const input =
			'Ik ben Ahmad, bsn 111222333, tel 0612345678, ahmad@example.nl, IBAN NL91ABNA0417164300. Afspraak op 12-03.';
		expect(scrubPersonalData(input)).toBe(
			'Ik ben Ahmad, bsn [BSN], tel [telefoon], [e-mail], IBAN [IBAN]. Afspraak op 12-03.'
		);
	});
	it('keeps ordinary numbers', () => {
		expect(scrubPersonalData('ik ben 24 en woon hier 3 jaar, 1200 euro')).toBe(
			'ik ben 24 en woon hier 3 jaar, 1200 euro'
		);
		expect(scrubPersonalData('')).toBe('');
	});
});
