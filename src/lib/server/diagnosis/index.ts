/**
 * The diagnosis capability's public surface: what routes and other capabilities call.
 * The pure core (definition, rules, estimate, explain) is documented in docs/diagnosis.md.
 */
export { getQuestionnaireStep, getQuestionnaireSubmittedAt } from './responses';
export {
	getOwnQuestionnaire,
	saveSection,
	submitQuestionnaire,
	type OwnQuestionnaire,
	type Respondent
} from './responses';
export {
	readSectionForm,
	visibleInSection,
	type SaveMode,
	type SectionError
} from './section-form';
export { describeAnswers, describeEstimate } from './view';
export { canDecideCategory, canSeeHealthAnswers, DECIDING_ROLES, HEALTH_ROLES } from './access';
export {
	countDecisions,
	getProposal,
	listCategoryDecisions,
	recordCategoryDecision,
	type DecisionInput
} from './decisions';
export {
	getQuestionnaireForStaff,
	getQuestionnaireStatuses,
	listQuestionnairesAwaitingReview,
	type QuestionnaireStatus
} from './staff';
export {
	findSection,
	firstSectionHref,
	getSectionPage,
	QUESTIONNAIRE_PATH,
	questionnaireTexts,
	resumeHref,
	sectionErrorMessages,
	sectionHref,
	sectionProgress,
	type QuestionView
} from './pages';
export { getHowItWorks } from './how-it-works';
