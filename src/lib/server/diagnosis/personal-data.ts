import { and, asc, eq, isNotNull, ne, sql } from 'drizzle-orm';
import { ERASED_TEXT, registerPersonalDataSource } from '../privacy/export';
import { categoryDecision, diagnosisResult, questionnaireResponse } from './schema';

/**
 * What the questionnaire keeps about a person, for their own data export (/my/data): their answers
 * (health answers included: they are the person's own), the estimate and the consultant's decisions.
 */
registerPersonalDataSource({
	id: 'questionnaire',
	order: 20,
	async load(db, personId) {
		const [response] = await db
			.select()
			.from(questionnaireResponse)
			.where(eq(questionnaireResponse.userId, personId))
			.limit(1);
		const decisions = await db
			.select({
				decidedAt: categoryDecision.createdAt,
				category: categoryDecision.category,
				route: categoryDecision.route
			})
			.from(categoryDecision)
			.where(eq(categoryDecision.clientId, personId))
			.orderBy(asc(categoryDecision.sequence));
		if (!response && decisions.length === 0) return null;
		const [estimate] = response
			? await db
					.select({
						months: diagnosisResult.months,
						category: diagnosisResult.category,
						route: diagnosisResult.route,
						rulesVersion: diagnosisResult.rulesVersion
					})
					.from(diagnosisResult)
					.where(eq(diagnosisResult.responseId, response.id))
			: [];
		return {
			response: response
				? {
						status: response.status,
						startedAt: response.startedAt,
						submittedAt: response.submittedAt,
						answers: response.answers,
						healthAnswers: response.healthAnswers
					}
				: null,
			estimate: estimate ?? null,
			decisions
		};
	},
	/**
	 * Retention: the questionnaire (answers, health answers, the estimate with its factors) is
	 * erased; the consultant's decisions keep only their coded category and route, their free-text
	 * reason is replaced.
	 */
	personColumns: ['questionnaire_response.user_id', 'category_decision.client_id'],
	async forget(db, personId) {
		// diagnosis_result goes with its response (on delete cascade).
		const responses = await db
			.delete(questionnaireResponse)
			.where(eq(questionnaireResponse.userId, personId))
			.returning({ id: questionnaireResponse.id });
		const reasons = await db
			.update(categoryDecision)
			.set({
				reason: sql`case when ${categoryDecision.acceptedProposal} then null else ${ERASED_TEXT} end`
			})
			.where(
				and(
					eq(categoryDecision.clientId, personId),
					isNotNull(categoryDecision.reason),
					ne(categoryDecision.reason, ERASED_TEXT)
				)
			)
			.returning({ id: categoryDecision.id });
		return {
			questionnaire_response: responses.length,
			'category_decision.reason': reasons.length
		};
	}
});
