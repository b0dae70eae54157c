import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32UpperCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { recoveryCode, twoFactor } from '../db/schema';
import { open, seal } from './secret-box';
import { matchTotpStep } from './totp';
import { invalidateUserSessions } from './session';
import { hitLimit, peekLimit, resetLimit } from './rate-limit';

const RECOVERY_CODE_COUNT = 8;
const CODE_LIMIT = { bucket: 'totp', max: 5, windowMs: 15 * 60_000 };

function hashCode(code: string): string {
	const normalised = code.replace(/[\s-]/g, '').toUpperCase();
	return encodeHexLowerCase(sha256(new TextEncoder().encode(normalised)));
}

function newRecoveryCode(): string {
	const bytes = new Uint8Array(5);
	crypto.getRandomValues(bytes);
	const raw = encodeBase32UpperCaseNoPadding(bytes); // 8 characters
	return `${raw.slice(0, 4)}-${raw.slice(4)}`;
}

export async function hasTwoFactor(db: Executor, userId: string): Promise<boolean> {
	const [row] = await db
		.select({ userId: twoFactor.userId })
		.from(twoFactor)
		.where(eq(twoFactor.userId, userId))
		.limit(1);
	return !!row;
}

/**
 * Turns on TOTP with a key the person has proven (a correct code), and returns fresh recovery
 * codes, shown once. Replaces an earlier key and earlier recovery codes.
 */
export async function enableTwoFactor(db: Executor, userId: string, key: Uint8Array, code: string) {
	const step = matchTotpStep(key, code);
	if (step === null) return { ok: false as const };
	const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
	await db.transaction(async (tx) => {
		const values = { userId, encryptedKey: seal(key), lastUsedStep: step, enabledAt: new Date() };
		await tx
			.insert(twoFactor)
			.values(values)
			.onConflictDoUpdate({ target: twoFactor.userId, set: values });
		await tx.delete(recoveryCode).where(eq(recoveryCode.userId, userId));
		await tx.insert(recoveryCode).values(codes.map((c) => ({ userId, codeHash: hashCode(c) })));
	});
	return { ok: true as const, recoveryCodes: codes };
}

export type CodeCheck = 'ok' | 'wrong' | 'throttled' | 'not_enrolled';

/**
 * Checks a TOTP code: right key, not used before (the stored step only moves forward, atomically),
 * and at most five wrong tries per 15 minutes.
 */
export async function verifyTwoFactorCode(
	db: Executor,
	userId: string,
	code: string
): Promise<CodeCheck> {
	const [row] = await db.select().from(twoFactor).where(eq(twoFactor.userId, userId)).limit(1);
	if (!row) return 'not_enrolled';
	const blocked = await peekLimit(db, CODE_LIMIT, userId);
	if (blocked.blocked) return 'throttled';
	const step = matchTotpStep(open(row.encryptedKey), code.replace(/\s/g, ''));
	if (step === null) {
		// Only real guesses count towards the lock; a replayed code below is refused without counting.
		const limit = await hitLimit(db, CODE_LIMIT, userId);
		return limit.blocked ? 'throttled' : 'wrong';
	}
	const claimed = await db
		.update(twoFactor)
		.set({ lastUsedStep: step })
		.where(and(eq(twoFactor.userId, userId), lt(twoFactor.lastUsedStep, step)))
		.returning({ userId: twoFactor.userId });
	if (claimed.length === 0) return 'wrong'; // replayed code
	await resetLimit(db, CODE_LIMIT, userId);
	return 'ok';
}

/**
 * Uses a recovery code. The authenticator is then considered lost: the key is removed and the
 * person must set up a new one (staff cannot work without it).
 */
export async function useRecoveryCode(
	db: Executor,
	userId: string,
	code: string
): Promise<CodeCheck> {
	const limit = await hitLimit(db, CODE_LIMIT, userId);
	if (limit.blocked) return 'throttled';
	return db.transaction(async (tx) => {
		const used = await tx
			.update(recoveryCode)
			.set({ usedAt: sql`now()` })
			.where(
				and(
					eq(recoveryCode.userId, userId),
					eq(recoveryCode.codeHash, hashCode(code)),
					isNull(recoveryCode.usedAt)
				)
			)
			.returning({ id: recoveryCode.id });
		if (used.length === 0) return 'wrong';
		await tx.delete(twoFactor).where(eq(twoFactor.userId, userId));
		return 'ok';
	});
}

/** An administrator's reset: key and codes gone, every session of the person ended. */
export async function resetTwoFactor(db: Executor, userId: string): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.delete(twoFactor).where(eq(twoFactor.userId, userId));
		await tx.delete(recoveryCode).where(eq(recoveryCode.userId, userId));
		await invalidateUserSessions(tx, userId);
	});
}

/** A client switching it off again (staff cannot). */
export async function disableTwoFactor(db: Executor, userId: string): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.delete(twoFactor).where(eq(twoFactor.userId, userId));
		await tx.delete(recoveryCode).where(eq(recoveryCode.userId, userId));
	});
}

/** Stores a key without a code check: only for demo accounts (see demo/two-factor.ts). */
export async function storeTwoFactorKey(
	db: Executor,
	userId: string,
	key: Uint8Array
): Promise<void> {
	await db.insert(twoFactor).values({ userId, encryptedKey: seal(key), lastUsedStep: 0 });
}
