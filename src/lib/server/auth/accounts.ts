import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { municipality, twoFactor, user, type Role, type User } from '../db/schema';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password';

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

export async function getUserByEmail(db: Executor, email: string): Promise<User | undefined> {
	const [row] = await db
		.select()
		.from(user)
		.where(eq(user.email, normaliseEmail(email)))
		.limit(1);
	return row;
}

export async function getUserById(db: Executor, id: string): Promise<User | undefined> {
	const [row] = await db.select().from(user).where(eq(user.id, id)).limit(1);
	return row;
}

export interface NewAccount {
	email: string;
	name: string;
	password: string;
	role: Role;
	municipalityId: string;
	preferredLocale: string;
	isStatusHolder?: boolean;
}

export class EmailTakenError extends Error {
	constructor() {
		super('email_taken');
	}
}

/** Creates an account; the unique index on email decides races, not a read-then-write. */
export async function createAccount(db: Executor, account: NewAccount): Promise<User> {
	const passwordHash = await hashPassword(account.password);
	const rows = await db
		.insert(user)
		.values({
			email: normaliseEmail(account.email),
			name: account.name.trim(),
			passwordHash,
			role: account.role,
			municipalityId: account.municipalityId,
			preferredLocale: account.preferredLocale,
			isStatusHolder: account.isStatusHolder ?? false
		})
		.onConflictDoNothing({ target: user.email })
		.returning();
	if (rows.length === 0) throw new EmailTakenError();
	return rows[0];
}

/** Checks email and password; spends the same time whether the account exists or not. */
export async function authenticate(
	db: Executor,
	email: string,
	password: string
): Promise<User | null> {
	const found = await getUserByEmail(db, email);
	if (!found) {
		await verifyAgainstDummy(password);
		return null;
	}
	return (await verifyPassword(found.passwordHash, password)) ? found : null;
}

export async function setPreferredLocale(db: Executor, userId: string, locale: string) {
	await db
		.update(user)
		.set({ preferredLocale: locale, updatedAt: new Date() })
		.where(eq(user.id, userId));
}

export async function listMunicipalities(db: Executor) {
	return db
		.select({ id: municipality.id, slug: municipality.slug, name: municipality.name })
		.from(municipality)
		.orderBy(asc(municipality.name));
}

export async function getMunicipalityBySlug(db: Executor, slug: string) {
	const [row] = await db.select().from(municipality).where(eq(municipality.slug, slug)).limit(1);
	return row;
}

/** Staff of one municipality, for the administrator's user list. */
export async function listUsersOfMunicipality(db: Executor, municipalityId: string) {
	return db
		.select({
			id: user.id,
			name: user.name,
			email: user.email,
			role: user.role,
			createdAt: user.createdAt,
			twoFactorSince: twoFactor.enabledAt
		})
		.from(user)
		.leftJoin(twoFactor, eq(twoFactor.userId, user.id))
		.where(and(eq(user.municipalityId, municipalityId)))
		.orderBy(asc(user.role), asc(user.name));
}
