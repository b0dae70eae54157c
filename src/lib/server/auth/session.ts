import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { session, twoFactor, user, type Role } from '../db/schema';

/** Sessions live 30 days and slide: any use in the second half extends them. */
const SESSION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export const SESSION_COOKIE = 'session';

/** What the app keeps of the signed-in person on every request. */
export interface SessionUser {
	id: string;
	name: string;
	email: string;
	role: Role;
	municipalityId: string;
	preferredLocale: string;
	isStatusHolder: boolean;
	twoFactorEnabled: boolean;
	/** When the account was made (the start of the person's journey on /my). */
	createdAt: Date;
}

export interface ValidatedSession {
	id: string;
	userId: string;
	expiresAt: Date;
	twoFactorVerified: boolean;
}

export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** Only this hash of the token is stored: a leaked session table gives no usable cookie. */
export function sessionIdFromToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(
	db: Executor,
	token: string,
	userId: string,
	twoFactorVerified = false
): Promise<ValidatedSession> {
	const row = {
		id: sessionIdFromToken(token),
		userId,
		expiresAt: new Date(Date.now() + SESSION_DAYS * DAY_MS),
		twoFactorVerified
	};
	// The role is copied from the account in the same statement, so it is the role of this moment.
	await db.insert(session).values({
		...row,
		issuedRole: sql`(select ${user.role} from ${user} where ${user.id} = ${userId})`
	});
	return row;
}

/** How long an old session id keeps working after rotation (requests already on their way). */
export const ROTATION_GRACE_MS = 60_000;

/**
 * Rotation on a change of privilege: when the person's role is no longer the role the session was
 * made for (an applicant granted benefit becomes a client), a new token takes the old one's place,
 * keeping the second-factor check. The old id ends within a minute: long enough for requests the
 * browser already sent with it, too short to be worth stealing; it is not rotated again.
 */
async function rotateSession(
	db: Executor,
	old: { id: string; expiresAt: Date },
	user: { id: string; role: Role },
	twoFactorVerified: boolean
): Promise<{ token: string; session: ValidatedSession }> {
	const token = generateSessionToken();
	const graceEnd = new Date(Math.min(old.expiresAt.getTime(), Date.now() + ROTATION_GRACE_MS));
	const created = await db.transaction(async (tx) => {
		await tx
			.update(session)
			.set({ expiresAt: graceEnd, issuedRole: user.role, rotatedAt: new Date() })
			.where(eq(session.id, old.id));
		return createSession(tx, token, user.id, twoFactorVerified);
	});
	return { token, session: created };
}

/** One round trip for the common case: session joined with its user. */
export async function validateSessionToken(
	db: Executor,
	token: string
): Promise<{ session: ValidatedSession; user: SessionUser; token: string } | null> {
	const sessionId = sessionIdFromToken(token);
	const [row] = await db
		.select({
			sessionId: session.id,
			expiresAt: session.expiresAt,
			twoFactorVerified: session.twoFactorVerified,
			issuedRole: session.issuedRole,
			rotatedAt: session.rotatedAt,
			id: user.id,
			name: user.name,
			email: user.email,
			role: user.role,
			municipalityId: user.municipalityId,
			preferredLocale: user.preferredLocale,
			isStatusHolder: user.isStatusHolder,
			createdAt: user.createdAt,
			twoFactorUserId: twoFactor.userId
		})
		.from(session)
		.innerJoin(user, eq(session.userId, user.id))
		.leftJoin(twoFactor, eq(twoFactor.userId, user.id))
		.where(eq(session.id, sessionId))
		.limit(1);
	if (!row) return null;
	const now = Date.now();
	if (now >= row.expiresAt.getTime()) {
		await db.delete(session).where(eq(session.id, sessionId));
		return null;
	}
	const {
		sessionId: id,
		expiresAt: _old,
		twoFactorVerified,
		twoFactorUserId,
		issuedRole,
		rotatedAt,
		...rest
	} = row;
	void _old;
	const sessionUser = { ...rest, twoFactorEnabled: twoFactorUserId !== null };
	// A replaced session only lives out its grace: never rotated again, never extended.
	const replaced = rotatedAt !== null;
	if (!replaced && issuedRole !== row.role) {
		const rotated = await rotateSession(
			db,
			{ id, expiresAt: row.expiresAt },
			{ id: row.id, role: row.role },
			twoFactorVerified
		);
		return { ...rotated, user: sessionUser };
	}
	let expiresAt = row.expiresAt;
	if (!replaced && now >= expiresAt.getTime() - (SESSION_DAYS / 2) * DAY_MS) {
		expiresAt = new Date(now + SESSION_DAYS * DAY_MS);
		await db.update(session).set({ expiresAt }).where(eq(session.id, id));
	}
	return {
		token,
		session: { id, userId: row.id, expiresAt, twoFactorVerified },
		user: sessionUser
	};
}

export async function invalidateSession(db: Executor, sessionId: string): Promise<void> {
	await db.delete(session).where(eq(session.id, sessionId));
}

export async function invalidateUserSessions(db: Executor, userId: string): Promise<void> {
	await db.delete(session).where(eq(session.userId, userId));
}
