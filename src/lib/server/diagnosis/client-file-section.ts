/**
 * The questionnaire's part of the client file: answers, the estimate with its reasons, and the
 * category decisions (history), plus what the decision form needs. Registered by id
 * 'questionnaire'; the component is src/routes/staff/clients/[id]/QuestionnaireSection.svelte.
 */
import { registerClientFileSection, type ClientFileContext } from '../client-file/sections';
import { formatMonths } from '../../content/questionnaire';
import { LANGUAGES } from '../../i18n/languages';
import { formatDateTime } from '../time';
import { canDecideCategory } from './access';
import { listCategoryDecisions } from './decisions';
import { getSections } from './definition';
import { categoryName, decisionChoices, routeName } from './decision-page';
import { getQuestionnaireForStaff } from './staff';

export const QUESTIONNAIRE_SECTION_ID = 'questionnaire';

export async function loadQuestionnaireSection({ db, client, viewer, locale }: ClientFileContext) {
	const questionnaire = await getQuestionnaireForStaff(db, viewer, client, locale);
	const decisions = await listCategoryDecisions(db, client.id);
	const when = (date: Date) => formatDateTime(date, locale);

	const base = {
		decisions: decisions.map((d) => ({
			id: d.id,
			at: when(d.createdAt),
			atIso: d.createdAt.toISOString(),
			by: d.decidedByName,
			byRole: d.decidedByRole,
			category: d.category,
			route: d.route,
			categoryName: categoryName(locale, d.category),
			routeName: routeName(locale, d.route),
			acceptedProposal: d.acceptedProposal,
			reason: d.reason
		})),
		canDecide: canDecideCategory(viewer.role),
		basedOn: decisions[0]?.sequence ?? 0,
		...decisionChoices(locale)
	};
	if (questionnaire.status === 'none') return { ...base, status: 'none' as const };
	if (questionnaire.status === 'draft') {
		return {
			...base,
			status: 'draft' as const,
			startedAt: when(questionnaire.startedAt),
			updatedAt: when(questionnaire.updatedAt),
			sectionsStarted: questionnaire.sectionsStarted,
			sectionsTotal: getSections().length
		};
	}
	const { estimate } = questionnaire;
	return {
		...base,
		status: 'submitted' as const,
		submittedAt: when(questionnaire.submittedAt),
		answeredIn: LANGUAGES.find((l) => l.code === questionnaire.locale)?.name ?? null,
		answeredInCode: questionnaire.locale,
		answers: questionnaire.answers,
		healthShown: questionnaire.healthShown,
		estimate: estimate
			? {
					months: estimate.months,
					category: estimate.category,
					route: estimate.route,
					factors: estimate.factors,
					monthsText: formatMonths(locale, estimate.monthsCount),
					healthHidden: estimate.healthHidden,
					rulesVersion: estimate.rulesVersion,
					at: when(estimate.createdAt),
					atIso: estimate.createdAt.toISOString()
				}
			: null
	};
}

export type QuestionnaireSectionData = Awaited<ReturnType<typeof loadQuestionnaireSection>>;

registerClientFileSection({
	id: QUESTIONNAIRE_SECTION_ID,
	order: 30,
	load: loadQuestionnaireSection
});
