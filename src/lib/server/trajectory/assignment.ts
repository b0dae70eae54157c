import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../db';
import { user } from '../db/schema-core';
import { recordAudit } from '../audit/record';
import { consultantAssignment } from './schema';
import type { Actor, ClientRef } from './types';

/** Staff who can guide clients: work consultants (reintegration) and income consultants. */
export const CONSULTANT_ROLES = ['work_consultant', 'income_consultant'] as const;
/** Who may move a client to another consultant. */
export const ASSIGNING_ROLES = ['work_consultant', 'income_consultant', 'quality_officer'] as const;

export async function getCurrentConsultant(db: Executor, clientId: string) {
	const [row] = await db
		.select({
			id: user.id,
			name: user.name,
			email: user.email,
			role: user.role,
			since: consultantAssignment.startedAt
		})
		.from(consultantAssignment)
		.innerJoin(user, eq(user.id, consultantAssignment.consultantId))
		.where(and(eq(consultantAssignment.clientId, clientId), isNull(consultantAssignment.endedAt)))
		.limit(1);
	return row;
}

export async function getAssignmentHistory(db: Executor, clientId: string) {
	const assigner = alias(user, 'assigner');
	return db
		.select({
			id: consultantAssignment.id,
			consultantName: user.name,
			startedAt: consultantAssignment.startedAt,
			endedAt: consultantAssignment.endedAt,
			reason: consultantAssignment.reason,
			assignedByName: assigner.name
		})
		.from(consultantAssignment)
		.innerJoin(user, eq(user.id, consultantAssignment.consultantId))
		.leftJoin(assigner, eq(assigner.id, consultantAssignment.assignedBy))
		.where(eq(consultantAssignment.clientId, clientId))
		.orderBy(desc(consultantAssignment.startedAt));
}

/** Work and income consultants of a municipality, for "move to another consultant". */
export async function listConsultants(db: Executor, municipalityId: string) {
	return db
		.select({ id: user.id, name: user.name, role: user.role })
		.from(user)
		.where(and(eq(user.municipalityId, municipalityId), inArray(user.role, [...CONSULTANT_ROLES])))
		.orderBy(asc(user.role), asc(user.name));
}

export type AssignError = 'not_allowed_for_role' | 'unknown_consultant' | 'no_change';

/**
 * Makes `consultantId` the client's consultant. The previous assignment is ended, not removed,
 * so the history of who guided the client stays. Simultaneous moves of one client are serialised
 * (the second sees the first's result); the partial unique index on the current assignment stays
 * as the last guard.
 */
export async function assignConsultant(
	db: Executor,
	input: { client: ClientRef; consultantId: string; actor: Actor; reason: string }
): Promise<{ ok: true } | { ok: false; error: AssignError }> {
	if (!(ASSIGNING_ROLES as readonly string[]).includes(input.actor.role)) {
		return { ok: false, error: 'not_allowed_for_role' };
	}
	const [consultant] = await db
		.select({ id: user.id })
		.from(user)
		.where(
			and(
				eq(user.id, input.consultantId),
				eq(user.municipalityId, input.client.municipalityId),
				inArray(user.role, [...CONSULTANT_ROLES])
			)
		)
		.limit(1);
	if (!consultant) return { ok: false, error: 'unknown_consultant' };
	return db.transaction(async (tx) => {
		// Moves of one client take turns (a lock on the client's row): with no current assignment
		// there is no row to lock, and two at once would both insert (a unique violation, a 500).
		await tx
			.select({ id: user.id })
			.from(user)
			.where(eq(user.id, input.client.id))
			.for('no key update');
		const [current] = await tx
			.select()
			.from(consultantAssignment)
			.where(
				and(
					eq(consultantAssignment.clientId, input.client.id),
					isNull(consultantAssignment.endedAt)
				)
			)
			.for('update');
		if (current?.consultantId === input.consultantId) {
			return { ok: false as const, error: 'no_change' as const };
		}
		if (current) {
			await tx
				.update(consultantAssignment)
				.set({ endedAt: new Date() })
				.where(eq(consultantAssignment.id, current.id));
		}
		await tx.insert(consultantAssignment).values({
			municipalityId: input.client.municipalityId,
			clientId: input.client.id,
			consultantId: input.consultantId,
			assignedBy: input.actor.id,
			reason: input.reason
		});
		await recordAudit(tx, {
			actorId: input.actor.id,
			action: 'trajectory.consultant.assign',
			subjectId: input.client.id,
			municipalityId: input.client.municipalityId
		});
		return { ok: true as const };
	});
}
