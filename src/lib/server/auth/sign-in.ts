import type { Cookies } from '@sveltejs/kit';
import type { Executor } from '../db';
import { setSessionCookie } from './cookie';
import {
	createSession,
	generateSessionToken,
	invalidateSession,
	type ValidatedSession
} from './session';

/**
 * Starts a fresh session for the person and sets the cookie. Any session the browser had before
 * is ended first (rotation: a session id known before login, or before the second factor, is
 * worthless after it).
 */
export async function signIn(
	db: Executor,
	cookies: Cookies,
	userId: string,
	previousSessionId?: string | null,
	twoFactorVerified = false
): Promise<ValidatedSession> {
	if (previousSessionId) await invalidateSession(db, previousSessionId);
	const token = generateSessionToken();
	const created = await createSession(db, token, userId, twoFactorVerified);
	setSessionCookie(cookies, token, created.expiresAt);
	return created;
}
