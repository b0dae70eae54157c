import { registerClientFileSection } from '../client-file/sections';
import { recordAudit } from '../audit/record';
import { formatDateTime } from '../time';
import { canReadHandoffs, listHandoffsOfClient } from './handoff';

/** "Questions from the assistant": what the client handed to a person, newest first. */
registerClientFileSection({
	id: 'assistant',
	order: 70,
	async load({ db, client, viewer, locale }) {
		if (!canReadHandoffs(viewer.role)) return null;
		const handoffs = await listHandoffsOfClient(db, client);
		if (handoffs.length > 0) {
			await recordAudit(db, {
				actorId: viewer.id,
				action: 'assistant.handoffs.view',
				subjectId: client.id,
				municipalityId: client.municipalityId
			});
		}
		return {
			handoffs: handoffs.map((h) => ({
				id: h.id,
				locale: h.locale,
				question: h.question,
				conversation: h.conversation,
				status: h.status,
				createdAt: formatDateTime(h.createdAt, locale),
				handledAt: h.handledAt ? formatDateTime(h.handledAt, locale) : null,
				handledByName: h.handledByName
			}))
		};
	}
});
