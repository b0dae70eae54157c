/**
 * The questionnaire (diagnosis) reports its step: done when submitted, in progress as a draft;
 * flags clients whose submitted questionnaire awaits the consultant's review; and gives the
 * consultant's category decision to start the route form from.
 */
import {
	getQuestionnaireStep,
	getQuestionnaireStatuses,
	listCategoryDecisions
} from '../../diagnosis';
import { isoDay } from '../dates';
import type { ProvidedFlag } from '../flags';
import { registerJourneyProvider } from '../journey-registry';

registerJourneyProvider({
	id: 'questionnaire',
	step: 'questionnaire',
	actionHref: '/questionnaire',
	async reportStep(db, person) {
		const own = await getQuestionnaireStep(db, person.id);
		if (!own) return null;
		if (own.status === 'submitted' && own.submittedAt) {
			return { status: 'done', on: isoDay(own.submittedAt) };
		}
		return { status: 'in_progress' };
	},
	async caseloadFlags(db, _municipalityId, clients) {
		const statuses = await getQuestionnaireStatuses(
			db,
			clients.map((c) => c.id)
		);
		const flags = new Map<string, ProvidedFlag[]>();
		for (const [id, status] of statuses) {
			if (status.status === 'awaiting_review') flags.set(id, ['questionnaire_review']);
		}
		return flags;
	},
	async categoryDecision(db, clientId) {
		const [latest] = await listCategoryDecisions(db, clientId);
		return latest
			? { category: latest.category, route: latest.route, decidedAt: latest.createdAt }
			: null;
	}
});
