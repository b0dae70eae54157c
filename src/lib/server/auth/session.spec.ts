import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { session, user } from '../db/schema';
import { createAccount, getMunicipalityBySlug } from './accounts';
import {
	createSession,
	generateSessionToken,
	invalidateSession,
	invalidateUserSessions,
	sessionIdFromToken,
	validateSessionToken
} from './session';

describe.each(TEST_DRIVERS)('sessions on %s', (driver) => {
	let database: TestDatabase;
	let userId: string;

	beforeAll(async () => {
		database = await openTestDatabase(driver);
		const place = await getMunicipalityBySlug(database.db, 'voorschoten');
		const created = await createAccount(database.db, {
			email: 'Session.Person@Example.org',
			name: 'Session Person',
			password: 'a-long-enough-password',
			role: 'applicant',
			municipalityId: place!.id,
			preferredLocale: 'ar'
		});
		userId = created.id;
	});
	afterAll(() => database.destroy());

	it('stores only the SHA-256 hash of the token', async () => {
		const token = generateSessionToken();
		await createSession(database.db, token, userId);
		const rows = await database.db.select().from(session).where(eq(session.userId, userId));
		expect(rows.map((r) => r.id)).toContain(sessionIdFromToken(token));
		expect(rows.map((r) => r.id)).not.toContain(token);
		expect(sessionIdFromToken(token)).toMatch(/^[0-9a-f]{64}$/);
	});

	it('resolves a valid token to its user in one step', async () => {
		const token = generateSessionToken();
		await createSession(database.db, token, userId);
		const result = await validateSessionToken(database.db, token);
		expect(result?.user).toMatchObject({
			id: userId,
			email: 'session.person@example.org',
			role: 'applicant',
			preferredLocale: 'ar'
		});
		expect(await validateSessionToken(database.db, generateSessionToken())).toBeNull();
	});

	it('deletes an expired session and extends one in its second half', async () => {
		const expired = generateSessionToken();
		await createSession(database.db, expired, userId);
		await database.db
			.update(session)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(session.id, sessionIdFromToken(expired)));
		expect(await validateSessionToken(database.db, expired)).toBeNull();
		const left = await database.db
			.select()
			.from(session)
			.where(eq(session.id, sessionIdFromToken(expired)));
		expect(left).toHaveLength(0);

		const ageing = generateSessionToken();
		await createSession(database.db, ageing, userId);
		const soon = new Date(Date.now() + 5 * 24 * 3600_000);
		await database.db
			.update(session)
			.set({ expiresAt: soon })
			.where(eq(session.id, sessionIdFromToken(ageing)));
		const result = await validateSessionToken(database.db, ageing);
		expect(result!.session.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600_000);
	});

	it('ends one session, or all of a person', async () => {
		const a = generateSessionToken();
		const b = generateSessionToken();
		await createSession(database.db, a, userId);
		await createSession(database.db, b, userId);
		await invalidateSession(database.db, sessionIdFromToken(a));
		expect(await validateSessionToken(database.db, a)).toBeNull();
		expect(await validateSessionToken(database.db, b)).not.toBeNull();
		await invalidateUserSessions(database.db, userId);
		expect(await validateSessionToken(database.db, b)).toBeNull();
	});

	it('rotates the session when the role changed (applicant granted benefit becomes client)', async () => {
		const token = generateSessionToken();
		await createSession(database.db, token, userId, true);
		const before = await validateSessionToken(database.db, token);
		expect(before?.token).toBe(token);
		await database.db.update(user).set({ role: 'client' }).where(eq(user.id, userId));
		try {
			const rotated = await validateSessionToken(database.db, token);
			expect(rotated?.user.role).toBe('client');
			expect(rotated?.token).not.toBe(token);
			expect(rotated?.session.twoFactorVerified).toBe(true);
			// The old id works for at most a minute more (requests already on their way), as the
			// same person with the new role, without rotating again; then it is gone.
			const old = await validateSessionToken(database.db, token);
			expect(old?.token).toBe(token);
			expect(old?.user.role).toBe('client');
			expect(old!.session.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 60_000);
			await database.db
				.update(session)
				.set({ expiresAt: new Date(Date.now() - 1000) })
				.where(eq(session.id, sessionIdFromToken(token)));
			expect(await validateSessionToken(database.db, token)).toBeNull();
			// The new token works and is not rotated again.
			const again = await validateSessionToken(database.db, rotated!.token);
			expect(again?.token).toBe(rotated!.token);
			expect(again?.session.id).toBe(sessionIdFromToken(rotated!.token));
		} finally {
			await database.db.update(user).set({ role: 'applicant' }).where(eq(user.id, userId));
		}
	});
});
