/**
 * "Intake not booked within 7 days of submitting the questionnaire": needs both the questionnaire
 * (when submitted) and booking (is there an intake), so it exists only when both capabilities do.
 * Only for people who have not reached their route yet.
 */
import { listBookingsOfClient } from '../../booking';
import { getQuestionnaireStatuses } from '../../diagnosis';
import { isoDay } from '../dates';
import { isIntakeOverdue, type ProvidedFlag } from '../flags';
import { registerJourneyProvider } from '../journey-registry';

const BEFORE_ROUTE = new Set(['application', 'info_session', 'questionnaire', 'intake']);

registerJourneyProvider({
	id: 'intake-not-booked',
	async caseloadFlags(db, _municipalityId, clients, today) {
		const early = clients.filter((c) => BEFORE_ROUTE.has(c.phase)).map((c) => c.id);
		const flags = new Map<string, ProvidedFlag[]>();
		if (early.length === 0) return flags;
		const statuses = await getQuestionnaireStatuses(db, early);
		await Promise.all(
			[...statuses].map(async ([id, status]) => {
				const submittedOn = status.submittedAt ? isoDay(status.submittedAt) : null;
				if (!isIntakeOverdue(submittedOn, false, today)) return;
				const intake = (await listBookingsOfClient(db, id, 20)).some(
					(b) => b.type === 'intake' && b.status !== 'cancelled'
				);
				if (!intake) flags.set(id, ['intake_not_booked']);
			})
		);
		return flags;
	}
});
