/**
 * The staff side: a client's questionnaire as a staff member may see it (health answers only for
 * the roles that need them, an audit line for every view of answers), and the review list.
 */
import { and, asc, eq, gte, inArray, notExists, sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { user } from '../db/schema-core';
import { recordAudit } from '../audit/record';
import type { ClientRecord } from '../client-file/access';
import type { Locale } from '../../i18n/languages';
import { canSeeHealthAnswers, type StaffMember } from './access';
import { mergeAnswers } from './answers';
import { getSections, hasAnswer } from './definition';
import { getProposal } from './decisions';
import { categoryDecision, questionnaireResponse } from './schema';
import { describeAnswers, describeEstimate, type AnsweredSection, type EstimateView } from './view';

export type StaffQuestionnaireView =
	| { status: 'none' }
	| { status: 'draft'; startedAt: Date; updatedAt: Date; sectionsStarted: number }
	| {
			status: 'submitted';
			submittedAt: Date;
			/** The language the client answered in; free text is in that language. */
			locale: string | null;
			answers: AnsweredSection[];
			/** Whether this viewer sees the health answers. */
			healthShown: boolean;
			estimate: (EstimateView & { monthsCount: number; createdAt: Date; resultId: string }) | null;
	  };

/**
 * The client's questionnaire for a staff member of the client's municipality (the caller checked
 * that with `getClientForStaff`). A draft shows only its progress: it has not been shared yet.
 * Showing submitted answers writes an audit line in the same transaction as the read.
 */
export async function getQuestionnaireForStaff(
	db: Executor,
	viewer: StaffMember,
	client: ClientRecord,
	locale: Locale
): Promise<StaffQuestionnaireView> {
	if (viewer.municipalityId !== client.municipalityId) throw new Error('other municipality');
	const includeHealth = canSeeHealthAnswers(viewer.role);
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select({
				id: questionnaireResponse.id,
				status: questionnaireResponse.status,
				answers: questionnaireResponse.answers,
				// Health answers are not even read for a viewer who may not see them.
				...(includeHealth && { healthAnswers: questionnaireResponse.healthAnswers }),
				locale: questionnaireResponse.locale,
				startedAt: questionnaireResponse.startedAt,
				updatedAt: questionnaireResponse.updatedAt,
				submittedAt: questionnaireResponse.submittedAt
			})
			.from(questionnaireResponse)
			.where(eq(questionnaireResponse.userId, client.id))
			.limit(1);
		if (!row) return { status: 'none' } as const;
		const answers = mergeAnswers(row.answers, 'healthAnswers' in row ? row.healthAnswers : {});
		if (row.status === 'draft' || !row.submittedAt) {
			const sectionsStarted = getSections().filter((section) =>
				section.items.some((item) => hasAnswer(answers[item.id]))
			).length;
			return {
				status: 'draft',
				startedAt: row.startedAt,
				updatedAt: row.updatedAt,
				sectionsStarted
			} as const;
		}
		await recordAudit(tx, {
			actorId: viewer.id,
			action: 'questionnaire.answers.view',
			subjectId: client.id,
			municipalityId: client.municipalityId,
			detail: { responseId: row.id, health: includeHealth }
		});
		const proposal = await getProposal(tx, client.id);
		return {
			status: 'submitted',
			submittedAt: row.submittedAt,
			locale: row.locale,
			answers: describeAnswers(answers, locale, { includeHealth }),
			healthShown: includeHealth,
			estimate: proposal
				? {
						...describeEstimate(proposal, locale, { includeHealth }),
						monthsCount: proposal.months,
						createdAt: proposal.createdAt,
						resultId: proposal.id
					}
				: null
		} as const;
	});
}

/**
 * Submitted questionnaires of the staff member's municipality without a decision taken since
 * they were submitted, oldest first: the consultants' review queue. No answers, no estimate.
 */
export async function listQuestionnairesAwaitingReview(db: Executor, staff: StaffMember) {
	const decidedSince = db
		.select({ id: categoryDecision.id })
		.from(categoryDecision)
		.where(
			and(
				eq(categoryDecision.clientId, questionnaireResponse.userId),
				gte(categoryDecision.createdAt, questionnaireResponse.submittedAt)
			)
		);
	return db
		.select({
			clientId: questionnaireResponse.userId,
			name: user.name,
			isStatusHolder: user.isStatusHolder,
			locale: questionnaireResponse.locale,
			submittedAt: questionnaireResponse.submittedAt
		})
		.from(questionnaireResponse)
		.innerJoin(user, eq(user.id, questionnaireResponse.userId))
		.where(
			and(
				eq(questionnaireResponse.municipalityId, staff.municipalityId),
				eq(user.municipalityId, staff.municipalityId),
				eq(questionnaireResponse.status, 'submitted'),
				notExists(decidedSince)
			)
		)
		.orderBy(asc(questionnaireResponse.submittedAt));
}

export type QuestionnaireStatus = 'draft' | 'awaiting_review' | 'decided';

/**
 * For many clients at once (staff lists, caseload flags): how far each is with the questionnaire.
 * Clients without a questionnaire are absent. `decided`: a decision was taken since submitting.
 */
export async function getQuestionnaireStatuses(
	db: Executor,
	clientIds: readonly string[]
): Promise<Map<string, { status: QuestionnaireStatus; submittedAt: Date | null }>> {
	const statuses = new Map<string, { status: QuestionnaireStatus; submittedAt: Date | null }>();
	if (clientIds.length === 0) return statuses;
	const rows = await db
		.select({
			userId: questionnaireResponse.userId,
			status: questionnaireResponse.status,
			submittedAt: questionnaireResponse.submittedAt,
			decided: sql<boolean>`exists (select 1 from ${categoryDecision} where ${categoryDecision.clientId} = ${questionnaireResponse.userId} and ${categoryDecision.createdAt} >= ${questionnaireResponse.submittedAt})`
		})
		.from(questionnaireResponse)
		.where(inArray(questionnaireResponse.userId, [...clientIds]));
	for (const row of rows) {
		const status: QuestionnaireStatus =
			row.status === 'draft' ? 'draft' : row.decided ? 'decided' : 'awaiting_review';
		statuses.set(row.userId, { status, submittedAt: row.submittedAt });
	}
	return statuses;
}
