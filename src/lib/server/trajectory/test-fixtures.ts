/** Test data for the trajectory specs: people inserted directly (no password hashing needed). */
import { eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { municipality, user, type Role } from '../db/schema-core';
import { NO_LOGIN_HASH } from './synthetic';
import type { Actor } from './types';

let counter = 0;

export async function municipalityId(db: Executor, slug = 'leidschendam-voorburg') {
	const [row] = await db
		.select({ id: municipality.id })
		.from(municipality)
		.where(eq(municipality.slug, slug));
	return row.id;
}

export async function makePerson(
	db: Executor,
	role: Role,
	options: { slug?: string; name?: string } = {}
): Promise<Actor & { name: string }> {
	counter += 1;
	const [row] = await db
		.insert(user)
		.values({
			municipalityId: await municipalityId(db, options.slug),
			email: `test-${role}-${counter}-${Math.random().toString(36).slice(2, 8)}@example.org`,
			name: options.name ?? `Test ${role} ${counter}`,
			passwordHash: NO_LOGIN_HASH,
			role
		})
		.returning();
	return { id: row.id, role: row.role, municipalityId: row.municipalityId, name: row.name };
}
