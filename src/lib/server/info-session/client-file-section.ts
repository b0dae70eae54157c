import { registerClientFileSection } from '../client-file/sections';
import { recordAudit } from '../audit/record';
import { getInfoSessionOverview } from './overview';

/** The information session in the client file: completed or not, and the quiz hints per module. */
registerClientFileSection({
	id: 'info-session',
	order: 10,
	async load({ db, client, viewer, locale }) {
		const overview = await getInfoSessionOverview(db, client.id, locale);
		if (overview.modules.some((m) => m.answered > 0)) {
			await recordAudit(db, {
				actorId: viewer.id,
				action: 'info_session.answers.view',
				subjectId: client.id,
				municipalityId: client.municipalityId
			});
		}
		return overview;
	}
});
