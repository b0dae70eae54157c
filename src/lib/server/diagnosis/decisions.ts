/**
 * The consultant decides: category and route of a client, accepting the estimate or choosing
 * another with a reason. Every decision is a new row (history); none is ever changed.
 */
import { and, desc, eq, max } from 'drizzle-orm';
import type { Executor } from '../db';
import { user } from '../db/schema-core';
import { recordAudit } from '../audit/record';
import type { ClientRecord } from '../client-file/access';
import { canDecideCategory, type StaffMember } from './access';
import type { Category, Route } from './estimate';
import { categoryDecision, diagnosisResult, questionnaireResponse } from './schema';

export type DecisionInput =
	| { choice: 'accept'; basedOn: number; reason: string }
	| { choice: 'other'; basedOn: number; category: Category; route: Route; reason: string };

export type DecisionError = 'no_proposal' | 'reason_required' | 'outdated';

export type DecisionResult =
	| { ok: true; decision: typeof categoryDecision.$inferSelect }
	| { ok: false; error: DecisionError };

/** The estimate of the client's submitted questionnaire, if there is one. */
export async function getProposal(db: Executor, clientId: string) {
	const [row] = await db
		.select({
			id: diagnosisResult.id,
			months: diagnosisResult.months,
			category: diagnosisResult.category,
			route: diagnosisResult.route,
			factors: diagnosisResult.factors,
			rulesVersion: diagnosisResult.rulesVersion,
			createdAt: diagnosisResult.createdAt
		})
		.from(diagnosisResult)
		.innerJoin(questionnaireResponse, eq(questionnaireResponse.id, diagnosisResult.responseId))
		.where(eq(questionnaireResponse.userId, clientId))
		.limit(1);
	return row ?? null;
}

/** How many decisions the client has: the `basedOn` a decision form sends back. */
export async function countDecisions(db: Executor, clientId: string): Promise<number> {
	const [row] = await db
		.select({ last: max(categoryDecision.sequence) })
		.from(categoryDecision)
		.where(eq(categoryDecision.clientId, clientId));
	return Number(row?.last ?? 0);
}

/**
 * Records a decision by a staff member who may decide, for a client already checked to be in
 * their municipality (`getClientForStaff`). `basedOn` is the number of decisions the consultant
 * saw: when someone else decided in the meantime, this one is refused as `outdated`.
 */
export async function recordCategoryDecision(
	db: Executor,
	staff: StaffMember,
	client: ClientRecord,
	input: DecisionInput
): Promise<DecisionResult> {
	if (!canDecideCategory(staff.role) || staff.municipalityId !== client.municipalityId) {
		throw new Error('recordCategoryDecision: this staff member may not decide for this client');
	}
	return db.transaction(async (tx) => {
		const proposal = await getProposal(tx, client.id);
		if (input.choice === 'accept' && !proposal) return { ok: false, error: 'no_proposal' } as const;
		const category = input.choice === 'accept' ? proposal!.category : input.category;
		const route = input.choice === 'accept' ? proposal!.route : input.route;
		// Choosing exactly what the estimate proposed is accepting it, whichever button was used.
		const accepted = !!proposal && proposal.category === category && proposal.route === route;
		const reason = input.reason.trim();
		if (!accepted && !reason) return { ok: false, error: 'reason_required' } as const;
		if ((await countDecisions(tx, client.id)) !== input.basedOn) {
			return { ok: false, error: 'outdated' } as const;
		}
		// Two decisions on the same basis race for the same sequence number: the index lets one in.
		const [decision] = await tx
			.insert(categoryDecision)
			.values({
				clientId: client.id,
				municipalityId: client.municipalityId,
				sequence: input.basedOn + 1,
				decidedBy: staff.id,
				category,
				route,
				resultId: proposal?.id ?? null,
				acceptedProposal: accepted,
				reason: reason || null
			})
			.onConflictDoNothing()
			.returning();
		if (!decision) return { ok: false, error: 'outdated' } as const;
		await recordAudit(tx, {
			actorId: staff.id,
			action: 'questionnaire.category.decide',
			subjectId: client.id,
			municipalityId: client.municipalityId,
			detail: { decisionId: decision.id, acceptedProposal: accepted }
		});
		return { ok: true, decision } as const;
	});
}

/** A client's decisions, newest first, with who decided. */
export async function listCategoryDecisions(db: Executor, clientId: string) {
	return db
		.select({
			id: categoryDecision.id,
			sequence: categoryDecision.sequence,
			category: categoryDecision.category,
			route: categoryDecision.route,
			acceptedProposal: categoryDecision.acceptedProposal,
			reason: categoryDecision.reason,
			createdAt: categoryDecision.createdAt,
			resultId: categoryDecision.resultId,
			decidedByName: user.name,
			decidedByRole: user.role
		})
		.from(categoryDecision)
		.innerJoin(user, eq(user.id, categoryDecision.decidedBy))
		.where(and(eq(categoryDecision.clientId, clientId)))
		.orderBy(desc(categoryDecision.sequence));
}
