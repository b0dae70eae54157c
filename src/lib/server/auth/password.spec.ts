import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './password';

describe('password rules', () => {
	it('explains why a password is too weak', () => {
		expect(passwordProblem('kort')).toBe('auth.password.tooShort');
		expect(passwordProblem('wachtwoord123')).toBe('auth.password.tooCommon');
		expect(passwordProblem('aaaaaaaaaaaa')).toBe('auth.password.tooCommon');
		expect(passwordProblem('x'.repeat(201))).toBe('auth.password.tooLong');
		expect(passwordProblem('sanne.devries-2026', 'sanne.devries@example.org')).toBe(
			'auth.password.containsEmail'
		);
		expect(passwordProblem('demo-wachtwoord-2026', 'aanvrager@example.org')).toBeNull();
	});

	it('hashes with argon2id and verifies only the right password', async () => {
		const hash = await hashPassword('een zin van woorden');
		expect(hash.startsWith('$argon2id$')).toBe(true);
		expect(await verifyPassword(hash, 'een zin van woorden')).toBe(true);
		expect(await verifyPassword(hash, 'een zin van woorden!')).toBe(false);
		expect(await verifyPassword('not a hash', 'x')).toBe(false);
	});
});
