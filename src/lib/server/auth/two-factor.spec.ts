import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { createAccount, getMunicipalityBySlug } from './accounts';
import { createSession, generateSessionToken, validateSessionToken } from './session';
import { generateTotpKey, matchTotpStep, totpCode } from './totp';
import {
	enableTwoFactor,
	hasTwoFactor,
	resetTwoFactor,
	useRecoveryCode,
	verifyTwoFactorCode
} from './two-factor';
import { needsSecondFactor } from './roles';

describe('TOTP codes', () => {
	it('accepts the current code and one step of drift, nothing else', () => {
		const key = generateTotpKey();
		const now = Date.now();
		expect(matchTotpStep(key, totpCode(key, now), now)).toBe(Math.floor(now / 30_000));
		expect(matchTotpStep(key, totpCode(key, now - 30_000), now)).not.toBeNull();
		expect(matchTotpStep(key, totpCode(key, now - 90_000), now)).toBeNull();
		expect(matchTotpStep(key, 'abcdef', now)).toBeNull();
	});
});

describe.each(TEST_DRIVERS)('second factor on %s', (driver) => {
	let database: TestDatabase;
	let staffId: string;

	beforeAll(async () => {
		database = await openTestDatabase(driver);
		const place = await getMunicipalityBySlug(database.db, 'leidschendam-voorburg');
		const staff = await createAccount(database.db, {
			email: 'tf.staff@example.org',
			name: 'TF Staff',
			password: 'a long staff password',
			role: 'work_consultant',
			municipalityId: place!.id,
			preferredLocale: 'nl'
		});
		staffId = staff.id;
	});
	afterAll(() => database.destroy());

	it('needs a proven code to turn on, then hands out eight recovery codes', async () => {
		const key = generateTotpKey();
		expect((await enableTwoFactor(database.db, staffId, key, '000000')).ok).toBe(false);
		expect(await hasTwoFactor(database.db, staffId)).toBe(false);
		const now = Date.now();
		// Use the previous step's code so the next check can use the current one.
		const enabled = await enableTwoFactor(database.db, staffId, key, totpCode(key, now - 30_000));
		expect(enabled.ok && enabled.recoveryCodes).toHaveLength(8);
		expect(await hasTwoFactor(database.db, staffId)).toBe(true);

		expect(await verifyTwoFactorCode(database.db, staffId, totpCode(key, now))).toBe('ok');
		// The same code again is a replay.
		expect(await verifyTwoFactorCode(database.db, staffId, totpCode(key, now))).toBe('wrong');

		if (!enabled.ok) throw new Error('not enabled');
		const [first, second] = enabled.recoveryCodes;
		expect(await useRecoveryCode(database.db, staffId, 'XXXX-XXXX')).toBe('wrong');
		expect(await useRecoveryCode(database.db, staffId, first.toLowerCase())).toBe('ok');
		expect(await hasTwoFactor(database.db, staffId)).toBe(false);
		expect(await useRecoveryCode(database.db, staffId, first)).toBe('wrong');
		void second;
	});

	it('throttles guessing after five wrong codes', async () => {
		const place = await getMunicipalityBySlug(database.db, 'wassenaar');
		const other = await createAccount(database.db, {
			email: 'tf.guessed@example.org',
			name: 'TF Guessed',
			password: 'another long password',
			role: 'income_consultant',
			municipalityId: place!.id,
			preferredLocale: 'nl'
		});
		const key = generateTotpKey();
		await enableTwoFactor(database.db, other.id, key, totpCode(key));
		const wrong = totpCode(key) === '123456' ? '654321' : '123456';
		const results = [];
		for (let i = 0; i < 6; i++)
			results.push(await verifyTwoFactorCode(database.db, other.id, wrong));
		expect(results.slice(0, 5).every((r) => r === 'wrong')).toBe(true);
		expect(results[5]).toBe('throttled');
	});

	it('marks the session as pending until the second factor, and a reset ends all sessions', async () => {
		const token = generateSessionToken();
		await createSession(database.db, token, staffId, false);
		const pending = await validateSessionToken(database.db, token);
		expect(pending?.session.twoFactorVerified).toBe(false);
		expect(needsSecondFactor(pending!.user)).toBe(true);

		await resetTwoFactor(database.db, staffId);
		expect(await validateSessionToken(database.db, token)).toBeNull();
		expect(await hasTwoFactor(database.db, staffId)).toBe(false);
	});

	it('does not ask clients for a second factor unless they turned it on', () => {
		expect(needsSecondFactor({ role: 'client', twoFactorEnabled: false })).toBe(false);
		expect(needsSecondFactor({ role: 'client', twoFactorEnabled: true })).toBe(true);
		expect(needsSecondFactor({ role: 'administrator', twoFactorEnabled: false })).toBe(true);
	});
});
