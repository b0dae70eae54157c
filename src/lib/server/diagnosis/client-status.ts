/**
 * The questionnaire's badge beside a client's name in staff lists (see ../client-status):
 * started, awaiting review, or reviewed. Imported from src/lib/server/client-status/providers.ts.
 */
import { registerClientStatus, type ClientStatus } from '../client-status/registry';
import { getQuestionnaireStatuses, type QuestionnaireStatus } from './staff';

const BADGES: Record<QuestionnaireStatus, ClientStatus> = {
	draft: { label: 'questionnaire.status.draft', state: 'open' },
	awaiting_review: { label: 'questionnaire.status.awaitingReview', state: 'attention' },
	decided: { label: 'questionnaire.status.decided', state: 'done' }
};

registerClientStatus({
	id: 'questionnaire',
	order: 20,
	title: 'questionnaire.status.title',
	async load(db, clientIds) {
		const statuses = await getQuestionnaireStatuses(db, clientIds);
		return new Map([...statuses].map(([clientId, { status }]) => [clientId, BADGES[status]]));
	}
});
