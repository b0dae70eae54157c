/**
 * The information session reports its step: done when the person confirmed it (with the day),
 * in progress once a module was started. Calls info-session's own functions.
 */
import { getAccountProgress } from '../../info-session/answers';
import { getLatestCompletion } from '../../info-session/completion';
import { sessionProgress } from '../../info-session/progress';
import { isoDay } from '../dates';
import { registerJourneyProvider } from '../journey-registry';

registerJourneyProvider({
	id: 'info-session',
	step: 'info_session',
	actionHref: '/info-session',
	async reportStep(db, person) {
		const completion = await getLatestCompletion(db, person.id);
		if (completion) return { status: 'done', on: isoDay(completion.confirmedAt) };
		const progress = sessionProgress(await getAccountProgress(db, person.id));
		const started = progress.modules.some((m) => m.status !== 'not_started');
		return started ? { status: 'in_progress' } : null;
	}
});
