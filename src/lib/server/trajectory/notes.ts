import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { user } from '../db/schema-core';
import { clientNote } from './schema';
import type { Actor, ClientRef } from './types';

export const NOTE_ROLES = [
	'work_consultant',
	'income_consultant',
	'account_manager',
	'quality_officer'
] as const;

export async function addNote(
	db: Executor,
	input: { client: ClientRef; actor: Actor; body: string }
): Promise<{ ok: true } | { ok: false; error: 'not_allowed' }> {
	if (
		input.actor.municipalityId !== input.client.municipalityId ||
		!(NOTE_ROLES as readonly string[]).includes(input.actor.role)
	) {
		return { ok: false, error: 'not_allowed' };
	}
	await db.insert(clientNote).values({
		municipalityId: input.client.municipalityId,
		clientId: input.client.id,
		authorId: input.actor.id,
		body: input.body
	});
	return { ok: true };
}

export async function listNotes(db: Executor, clientId: string, limit = 50) {
	return db
		.select({
			id: clientNote.id,
			body: clientNote.body,
			createdAt: clientNote.createdAt,
			authorName: user.name
		})
		.from(clientNote)
		.innerJoin(user, eq(user.id, clientNote.authorId))
		.where(eq(clientNote.clientId, clientId))
		.orderBy(desc(clientNote.createdAt))
		.limit(limit);
}
