/**
 * Handing a question to a person: a logged-in client sends it (with the conversation before it)
 * to the consultants of their municipality; staff of that municipality see it in the client file
 * and in /staff/assistant/handoffs, newest first, and mark it handled.
 */
import { and, desc, eq, gt, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../db';
import { user, type Role } from '../db/schema-core';
import type { SessionUser } from '../auth/session';
import { scrubPersonalData } from './pii';
import { assistantHandoff, type HandoffTurn } from './schema';
import { MAX_QUESTION_LENGTH } from './validate';

/** Who may read handed-over questions: consultants, quality officers and administrators. */
export const HANDOFF_STAFF_ROLES = [
	'work_consultant',
	'income_consultant',
	'quality_officer',
	'administrator'
] as const satisfies readonly Role[];

export const HANDOFF_CLIENT_ROLES = ['applicant', 'client'] as const satisfies readonly Role[];

export const MAX_HANDOFF_TURNS = 10;

export function canReadHandoffs(role: Role): boolean {
	return (HANDOFF_STAFF_ROLES as readonly Role[]).includes(role);
}

export function canHandOff(role: Role): boolean {
	return (HANDOFF_CLIENT_ROLES as readonly Role[]).includes(role);
}

function clip(text: string): string {
	return scrubPersonalData([...String(text)].slice(0, MAX_QUESTION_LENGTH).join(''));
}

/**
 * Stores the handoff, scrubbed. Handing the same question again within ten minutes returns the
 * earlier handoff instead of a duplicate.
 */
export async function handOffQuestion(
	db: Executor,
	client: Pick<SessionUser, 'id' | 'role' | 'municipalityId'>,
	input: { question: string; locale: string; conversation: HandoffTurn[] }
): Promise<{ id: string; createdAt: Date }> {
	if (!canHandOff(client.role)) throw new Error('only clients and applicants hand questions over');
	const question = clip(input.question);
	const conversation = input.conversation
		.slice(-MAX_HANDOFF_TURNS)
		.map((turn) => ({ question: clip(turn.question), topic: turn.topic }));
	const recent = new Date(Date.now() - 10 * 60_000);
	const [existing] = await db
		.select({ id: assistantHandoff.id, createdAt: assistantHandoff.createdAt })
		.from(assistantHandoff)
		.where(
			and(
				eq(assistantHandoff.clientId, client.id),
				eq(assistantHandoff.question, question),
				gt(assistantHandoff.createdAt, recent)
			)
		)
		.limit(1);
	if (existing) return existing;
	const [row] = await db
		.insert(assistantHandoff)
		.values({
			municipalityId: client.municipalityId,
			clientId: client.id,
			locale: input.locale,
			question,
			conversation
		})
		.returning({ id: assistantHandoff.id, createdAt: assistantHandoff.createdAt });
	return row;
}

export interface HandoffListItem {
	id: string;
	clientId: string;
	clientName: string;
	locale: string;
	question: string;
	conversation: HandoffTurn[];
	status: 'open' | 'handled';
	createdAt: Date;
	handledAt: Date | null;
	handledByName: string | null;
}

const handler = alias(user, 'handler');

async function selectHandoffs(
	db: Executor,
	where: SQL | undefined,
	limit: number
): Promise<HandoffListItem[]> {
	return db
		.select({
			id: assistantHandoff.id,
			clientId: assistantHandoff.clientId,
			clientName: user.name,
			locale: assistantHandoff.locale,
			question: assistantHandoff.question,
			conversation: assistantHandoff.conversation,
			status: assistantHandoff.status,
			createdAt: assistantHandoff.createdAt,
			handledAt: assistantHandoff.handledAt,
			handledByName: handler.name
		})
		.from(assistantHandoff)
		.innerJoin(user, eq(user.id, assistantHandoff.clientId))
		.leftJoin(handler, eq(handler.id, assistantHandoff.handledBy))
		.where(where)
		.orderBy(desc(assistantHandoff.createdAt))
		.limit(limit);
}

/** Handoffs of the staff member's municipality, newest first. */
export async function listHandoffsForStaff(
	db: Executor,
	staff: Pick<SessionUser, 'municipalityId' | 'role'>,
	options: { status?: 'open' | 'handled'; limit?: number } = {}
): Promise<HandoffListItem[]> {
	if (!canReadHandoffs(staff.role)) return [];
	const conditions = [eq(assistantHandoff.municipalityId, staff.municipalityId)];
	if (options.status) conditions.push(eq(assistantHandoff.status, options.status));
	return selectHandoffs(db, and(...conditions), options.limit ?? 200);
}

/** One client's handoffs (the client must already be checked to belong to the staff member). */
export async function listHandoffsOfClient(
	db: Executor,
	client: { id: string; municipalityId: string },
	limit = 20
): Promise<HandoffListItem[]> {
	return selectHandoffs(
		db,
		and(
			eq(assistantHandoff.clientId, client.id),
			eq(assistantHandoff.municipalityId, client.municipalityId)
		),
		limit
	);
}

/** Marks an open handoff of the staff member's municipality handled. False when there is none. */
export async function markHandoffHandled(
	db: Executor,
	staff: Pick<SessionUser, 'id' | 'municipalityId' | 'role'>,
	handoffId: string
): Promise<{ clientId: string } | null> {
	if (!canReadHandoffs(staff.role)) return null;
	const [row] = await db
		.update(assistantHandoff)
		.set({ status: 'handled', handledAt: new Date(), handledBy: staff.id })
		.where(
			and(
				eq(assistantHandoff.id, handoffId),
				eq(assistantHandoff.municipalityId, staff.municipalityId),
				eq(assistantHandoff.status, 'open')
			)
		)
		.returning({ clientId: assistantHandoff.clientId });
	return row ?? null;
}
