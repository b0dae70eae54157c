import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { getMunicipalityBySlug } from './accounts';
import { attemptLogin } from './login';
import { registerApplicant } from './register';

const PASSWORD = 'correct horse battery';

describe.each(TEST_DRIVERS)('login and registration on %s', (driver) => {
	let database: TestDatabase;

	beforeAll(async () => {
		database = await openTestDatabase(driver);
	});
	afterAll(() => database.destroy());

	const register = (email: string, password = PASSWORD, ip = '10.0.0.1') =>
		registerApplicant(database.db, {
			name: 'Amal Tesfay',
			email,
			password,
			language: 'ti',
			municipality: 'wassenaar',
			ip
		});

	it('registers an applicant of the chosen municipality, with hashed password', async () => {
		const result = await register('amal@example.org');
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const wassenaar = await getMunicipalityBySlug(database.db, 'wassenaar');
		expect(result.user).toMatchObject({
			role: 'applicant',
			preferredLocale: 'ti',
			municipalityId: wassenaar!.id
		});
		expect(result.user.passwordHash).toMatch(/^\$argon2id\$/);
	});

	it('refuses a weak password and a taken e-mail address with a reason', async () => {
		expect(await register('weak@example.org', 'short')).toMatchObject({
			ok: false,
			field: 'password',
			error: 'auth.password.tooShort'
		});
		expect(await register('AMAL@example.org ')).toMatchObject({
			ok: false,
			field: 'email',
			error: 'auth.register.emailTaken'
		});
	});

	it('lets only one of two simultaneous registrations with one address through', async () => {
		const results = await Promise.all([
			register('twice@example.org'),
			register('twice@example.org')
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
	});

	it('logs in with the right password, case-insensitively on the address', async () => {
		await register('login@example.org');
		const ok = await attemptLogin(database.db, {
			email: ' Login@Example.org',
			password: PASSWORD,
			ip: '10.0.0.2'
		});
		expect(ok.ok).toBe(true);
		const bad = await attemptLogin(database.db, {
			email: 'login@example.org',
			password: 'wrong password',
			ip: '10.0.0.2'
		});
		expect(bad).toEqual({ ok: false, reason: 'invalid' });
	});

	it('throttles an account after five failures, even with the right password, and says until when', async () => {
		await register('target@example.org');
		for (let i = 0; i < 5; i++) {
			const r = await attemptLogin(database.db, {
				email: 'target@example.org',
				password: `guess-${i}-abcdef`,
				ip: `10.1.0.${i}`
			});
			expect(r).toEqual({ ok: false, reason: 'invalid' });
		}
		const blocked = await attemptLogin(database.db, {
			email: 'target@example.org',
			password: PASSWORD,
			ip: '10.1.1.1'
		});
		expect(blocked.ok).toBe(false);
		if (blocked.ok || blocked.reason !== 'throttled') throw new Error('expected throttling');
		expect(blocked.retryAt.getTime()).toBeGreaterThan(Date.now());
	});

	it('throttles one IP address that tries many accounts', async () => {
		for (let i = 0; i < 30; i++) {
			await attemptLogin(database.db, {
				email: `nobody${i}@example.org`,
				password: 'whatever-password',
				ip: '10.9.9.9'
			});
		}
		const blocked = await attemptLogin(database.db, {
			email: 'login@example.org',
			password: PASSWORD,
			ip: '10.9.9.9'
		});
		expect(blocked).toMatchObject({ ok: false, reason: 'throttled' });
		const elsewhere = await attemptLogin(database.db, {
			email: 'login@example.org',
			password: PASSWORD,
			ip: '10.9.9.10'
		});
		expect(elsewhere.ok).toBe(true);
	});
});
