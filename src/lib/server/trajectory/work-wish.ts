/**
 * "I would like to work (more)": a participation client asks; the income consultant proposes a
 * move to reintegration (or declines, with a reason); the work-team buddy accepts or declines;
 * when the buddy declines, the quality officer decides. Each step keeps who, when and why.
 */
import { and, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../db';
import { user } from '../db/schema-core';
import { recordAudit } from '../audit/record';
import { assignConsultant } from './assignment';
import { changePhase, getCurrentPhase } from './phases';
import { consultantAssignment, workWish, type WorkWish } from './schema';
import type { Actor, ClientRef } from './types';
import type { Category, WorkWishStatus } from './vocabulary';

/** Categories a participation client can move to: the reintegration ones. */
export const PROPOSABLE_CATEGORIES = [
	'1A',
	'1B',
	'1C',
	'2B'
] as const satisfies readonly Category[];

export type WorkWishError =
	| 'not_allowed'
	| 'not_on_participation'
	| 'already_open'
	| 'not_found'
	| 'unknown_buddy'
	| 'phase_changed';

type Outcome = { ok: true } | { ok: false; error: WorkWishError };

const OPEN: WorkWishStatus[] = ['requested', 'proposed', 'disputed'];

export async function requestWork(
	db: Executor,
	input: { client: ClientRef; actor: Actor; message: string }
): Promise<Outcome> {
	if (input.actor.id !== input.client.id) return { ok: false, error: 'not_allowed' };
	const phase = await getCurrentPhase(db, input.client.id);
	if (phase?.phase !== 'route' || phase.route !== 'participation') {
		return { ok: false, error: 'not_on_participation' };
	}
	const rows = await db
		.insert(workWish)
		.values({
			municipalityId: input.client.municipalityId,
			clientId: input.client.id,
			clientMessage: input.message
		})
		.onConflictDoNothing()
		.returning({ id: workWish.id });
	return rows.length ? { ok: true } : { ok: false, error: 'already_open' };
}

/** The client's open wish, or the latest one, for /my and the client file. */
export async function getLatestWorkWish(db: Executor, clientId: string) {
	const buddy = alias(user, 'buddy');
	const [row] = await db
		.select({ wish: workWish, buddyName: buddy.name })
		.from(workWish)
		.leftJoin(buddy, eq(buddy.id, workWish.buddyId))
		.where(eq(workWish.clientId, clientId))
		.orderBy(desc(workWish.createdAt))
		.limit(1);
	return row ? { ...row.wish, buddyName: row.buddyName } : undefined;
}

async function updateOpenWish(
	db: Executor,
	wishId: string,
	client: ClientRef,
	expected: WorkWishStatus,
	set: Partial<WorkWish>
): Promise<boolean> {
	const rows = await db
		.update(workWish)
		.set(set)
		.where(
			and(
				eq(workWish.id, wishId),
				eq(workWish.clientId, client.id),
				eq(workWish.municipalityId, client.municipalityId),
				eq(workWish.status, expected)
			)
		)
		.returning({ id: workWish.id });
	return rows.length > 0;
}

/** The income consultant proposes reintegration, with a category and a work-team buddy. */
export async function proposeMove(
	db: Executor,
	input: {
		client: ClientRef;
		actor: Actor;
		wishId: string;
		reason: string;
		category: (typeof PROPOSABLE_CATEGORIES)[number];
		buddyId: string;
	}
): Promise<Outcome> {
	if (!['income_consultant', 'quality_officer'].includes(input.actor.role)) {
		return { ok: false, error: 'not_allowed' };
	}
	const [buddy] = await db
		.select({ id: user.id })
		.from(user)
		.where(
			and(
				eq(user.id, input.buddyId),
				eq(user.municipalityId, input.client.municipalityId),
				eq(user.role, 'work_consultant')
			)
		);
	if (!buddy) return { ok: false, error: 'unknown_buddy' };
	const done = await updateOpenWish(db, input.wishId, input.client, 'requested', {
		status: 'proposed',
		proposedBy: input.actor.id,
		proposedAt: new Date(),
		proposalReason: input.reason,
		proposedCategory: input.category,
		buddyId: buddy.id
	});
	return done ? { ok: true } : { ok: false, error: 'not_found' };
}

/** The income consultant does not propose a move; the reason is shown to the client. */
export async function declineRequest(
	db: Executor,
	input: { client: ClientRef; actor: Actor; wishId: string; reason: string }
): Promise<Outcome> {
	if (!['income_consultant', 'quality_officer'].includes(input.actor.role)) {
		return { ok: false, error: 'not_allowed' };
	}
	const done = await updateOpenWish(db, input.wishId, input.client, 'requested', {
		status: 'declined',
		settledBy: input.actor.id,
		settledAt: new Date(),
		settleReason: input.reason
	});
	return done ? { ok: true } : { ok: false, error: 'not_found' };
}

/** The buddy's answer: accept moves the client; decline goes to the quality officer. */
export async function answerAsBuddy(
	db: Executor,
	input: { client: ClientRef; actor: Actor; wishId: string; accept: boolean; reason: string }
): Promise<Outcome> {
	const [wish] = await db.select().from(workWish).where(eq(workWish.id, input.wishId));
	if (!wish || wish.clientId !== input.client.id || wish.status !== 'proposed') {
		return { ok: false, error: 'not_found' };
	}
	if (wish.buddyId !== input.actor.id) return { ok: false, error: 'not_allowed' };
	if (!input.accept) {
		const done = await updateOpenWish(db, wish.id, input.client, 'proposed', {
			status: 'disputed',
			buddyDecidedAt: new Date(),
			buddyReason: input.reason
		});
		return done ? { ok: true } : { ok: false, error: 'not_found' };
	}
	return acceptMove(db, input, wish, 'proposed', {
		buddyDecidedAt: new Date(),
		buddyReason: input.reason
	});
}

/** The quality officer settles a disagreement between income consultant and buddy. */
export async function settleDispute(
	db: Executor,
	input: { client: ClientRef; actor: Actor; wishId: string; accept: boolean; reason: string }
): Promise<Outcome> {
	if (input.actor.role !== 'quality_officer') return { ok: false, error: 'not_allowed' };
	const [wish] = await db.select().from(workWish).where(eq(workWish.id, input.wishId));
	if (!wish || wish.clientId !== input.client.id || wish.status !== 'disputed') {
		return { ok: false, error: 'not_found' };
	}
	const settled = { settledBy: input.actor.id, settledAt: new Date(), settleReason: input.reason };
	if (!input.accept) {
		const done = await updateOpenWish(db, wish.id, input.client, 'disputed', {
			status: 'declined',
			...settled
		});
		return done ? { ok: true } : { ok: false, error: 'not_found' };
	}
	return acceptMove(db, input, wish, 'disputed', settled);
}

/** Moves the client to reintegration with the buddy as consultant, in one transaction. */
async function acceptMove(
	db: Executor,
	input: { client: ClientRef; actor: Actor; reason: string },
	wish: WorkWish,
	expected: WorkWishStatus,
	set: Partial<WorkWish>
): Promise<Outcome> {
	class Rollback extends Error {}
	try {
		return await db.transaction(async (tx) => {
			const moved = await changePhase(tx, {
				client: input.client,
				actor: input.actor,
				to: {
					phase: 'route',
					route: 'reintegration',
					category: wish.proposedCategory ?? '1C',
					track: 'general'
				},
				reason: input.reason,
				via: 'work_wish'
			});
			if (!moved.ok) return { ok: false as const, error: 'phase_changed' as const };
			if (
				!(await updateOpenWish(tx, wish.id, input.client, expected, { status: 'accepted', ...set }))
			) {
				throw new Rollback();
			}
			if (wish.buddyId) {
				await assignConsultant(tx, {
					client: input.client,
					consultantId: wish.buddyId,
					actor: input.actor,
					reason: input.reason
				});
			}
			await recordAudit(tx, {
				actorId: input.actor.id,
				action: 'trajectory.work_wish.accept',
				subjectId: input.client.id,
				municipalityId: input.client.municipalityId
			});
			return { ok: true as const };
		});
	} catch (error) {
		if (error instanceof Rollback) return { ok: false, error: 'not_found' };
		throw error;
	}
}

/**
 * Work wishes waiting for this staff member: requests of their own participation clients (income
 * consultant, or unassigned ones), proposals where they are the buddy, disputes for quality officers.
 */
export async function listWorkWishTasks(db: Executor, viewer: Actor) {
	const client = alias(user, 'client');
	const mine = or(
		eq(consultantAssignment.consultantId, viewer.id),
		isNull(consultantAssignment.consultantId)
	);
	const condition =
		viewer.role === 'income_consultant'
			? and(eq(workWish.status, 'requested'), mine)
			: viewer.role === 'work_consultant'
				? and(eq(workWish.status, 'proposed'), eq(workWish.buddyId, viewer.id))
				: viewer.role === 'quality_officer'
					? inArray(workWish.status, ['requested', 'disputed'])
					: undefined;
	if (!condition) return [];
	return db
		.select({
			id: workWish.id,
			clientId: workWish.clientId,
			clientName: client.name,
			status: workWish.status,
			createdAt: workWish.createdAt
		})
		.from(workWish)
		.innerJoin(client, eq(client.id, workWish.clientId))
		.leftJoin(
			consultantAssignment,
			and(
				eq(consultantAssignment.clientId, workWish.clientId),
				isNull(consultantAssignment.endedAt)
			)
		)
		.where(
			and(
				eq(workWish.municipalityId, viewer.municipalityId),
				inArray(workWish.status, OPEN),
				condition
			)
		)
		.orderBy(workWish.createdAt)
		.limit(50);
}
