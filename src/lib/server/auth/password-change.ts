import { eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { user } from '../db/schema';
import { getUserById } from './accounts';
import { hashPassword, passwordProblem, verifyPassword } from './password';
import { invalidateUserSessions } from './session';

export type PasswordChange =
	{ ok: true } | { ok: false; field: 'currentPassword' | 'newPassword'; error: string };

/**
 * Changes a password after checking the current one, and ends every session of the person
 * (other devices included); the caller starts a fresh one for this browser.
 */
export async function changePassword(
	db: Executor,
	userId: string,
	currentPassword: string,
	newPassword: string
): Promise<PasswordChange> {
	const found = await getUserById(db, userId);
	if (!found || !(await verifyPassword(found.passwordHash, currentPassword))) {
		return { ok: false, field: 'currentPassword', error: 'account.wrongPassword' };
	}
	const weak = passwordProblem(newPassword, found.email);
	if (weak) return { ok: false, field: 'newPassword', error: weak };
	const passwordHash = await hashPassword(newPassword);
	await db.transaction(async (tx) => {
		await tx.update(user).set({ passwordHash, updatedAt: new Date() }).where(eq(user.id, userId));
		await invalidateUserSessions(tx, userId);
	});
	return { ok: true };
}
