import { asc, eq } from 'drizzle-orm';
import { registerPersonalDataSource } from '../privacy/export';
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
	}
});
