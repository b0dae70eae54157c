/**
 * The trajectory capability's public surface: what routes and other capabilities call.
 * Other capabilities report their step of the chain through registerJourneyProvider.
 */
import './providers';

export type { Actor, ClientRef } from './types';
export * from './vocabulary';
export { registerJourneyProvider } from './journey-registry';
export type {
	JourneyPerson,
	JourneyProvider,
	ProvidedStep,
	StepReport,
	UpcomingAppointment
} from './journey-registry';
export { getJourney, type JourneyView } from './journey';
export { changePhase, getCurrentPhase, getPhaseHistory } from './phases';
export { assignConsultant, getCurrentConsultant, listConsultants } from './assignment';
export {
	CATALOGUE_EDITORS,
	createTrajectory,
	listTrajectories,
	setTrajectoryStatus
} from './catalogue';
export { assignTrajectory, listClientTrajectories, recordOutcome } from './client-trajectories';
export {
	countApplicationsPerMonth,
	getAgreement,
	listJobApplications,
	logJobApplication,
	setAgreement,
	updateJobApplicationResult
} from './job-applications';
export { addNote, listNotes } from './notes';
export { getConversationSummary, recordConversation } from './participation';
export {
	answerAsBuddy,
	declineRequest,
	getLatestWorkWish,
	listWorkWishTasks,
	proposeMove,
	requestWork,
	settleDispute
} from './work-wish';
export { CASELOAD_SORTS, getCaseload, type CaseloadPage, type CaseloadSort } from './caseload';
export { getTrajectoryOutcomes, type TrajectoryOutcome } from './outcomes';
export {
	FIGURE_ROLES,
	getMonthlyFigures,
	getWeeklyPlacements,
	getYearlyTarget,
	setYearlyTarget
} from './figures';
export { loadTrajectorySections } from './client-file-section';
export { getMyOverview, type MyOverview } from './my-overview';
export { todayIso } from './dates';
