import { describe, expect, it } from 'vitest';
import { parseForm } from './parse';

function form(entries: Record<string, string>): FormData {
	const data = new FormData();
	for (const [k, v] of Object.entries(entries)) data.set(k, v);
	return data;
}

const SPEC = {
	name: { type: 'text', max: 10 },
	email: { type: 'email' },
	password: { type: 'password', max: 20 },
	language: { type: 'choice', options: ['nl', 'ar'] },
	note: { type: 'text', required: false, max: 50, multiline: true },
	agree: { type: 'flag' }
} as const;

describe('parseForm', () => {
	it('returns typed, cleaned values', () => {
		const result = parseForm(
			form({
				name: '  Ali   Omar ',
				email: 'ali@example.org',
				password: ' pw ',
				language: 'ar',
				agree: 'on'
			}),
			SPEC
		);
		expect(result).toMatchObject({
			ok: true,
			data: {
				name: 'Ali Omar',
				email: 'ali@example.org',
				password: ' pw ',
				language: 'ar',
				note: '',
				agree: true
			}
		});
	});

	it('gives per-field keys and keeps what was typed, but never the password', () => {
		const result = parseForm(
			form({
				name: 'A much too long name',
				email: 'not-an-address',
				password: 'secret',
				language: 'xx'
			}),
			SPEC
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toEqual({
			name: 'form.tooLong',
			email: 'form.email',
			language: 'form.choice'
		});
		expect(result.values.email).toBe('not-an-address');
		expect(result.values).not.toHaveProperty('password');
	});

	it("strips bidi overrides and control characters, keeps Arabic and Ge'ez text", () => {
		const result = parseForm(
			form({
				name: 'رانيا\u202E\u0000',
				email: 'a@b.nl',
				password: 'x',
				language: 'nl',
				note: 'ሰላም\r\nቀዳማይ'
			}),
			SPEC
		);
		expect(result).toMatchObject({ ok: true, data: { name: 'رانيا', note: 'ሰላም\nቀዳማይ' } });
	});

	it('treats missing fields as empty, not as a crash', () => {
		const result = parseForm(new FormData(), SPEC);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.errors).toMatchObject({
				name: 'form.required',
				email: 'form.required',
				password: 'form.required'
			});
	});
});
