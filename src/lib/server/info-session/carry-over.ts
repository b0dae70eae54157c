import type { Cookies } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { user } from '../db/schema-core';
import { CLIENT_ROLES } from '../auth/roles';
import { mergeProgressIntoAccount } from './answers';
import { clearAnonymousProgress, INFO_SESSION_COOKIE, readAnonymousProgress } from './cookie';

/**
 * Called right after registration and login: answers given before logging in (kept in a cookie)
 * move into the account, merged with what it already has, and the cookie is removed. Staff
 * accounts only lose the cookie: their clicking through is a preview, not progress.
 * Returns how many answers were added.
 */
export async function carryOverAnonymousProgress(
	db: Executor,
	cookies: Pick<Cookies, 'get' | 'delete'>,
	userId: string
): Promise<number> {
	if (!cookies.get(INFO_SESSION_COOKIE)) return 0;
	const state = readAnonymousProgress(cookies);
	clearAnonymousProgress(cookies);
	if (Object.keys(state).length === 0) return 0;
	const [person] = await db
		.select({ id: user.id, municipalityId: user.municipalityId, role: user.role })
		.from(user)
		.where(eq(user.id, userId))
		.limit(1);
	if (!person || !(CLIENT_ROLES as readonly string[]).includes(person.role)) return 0;
	return mergeProgressIntoAccount(db, person, state);
}
