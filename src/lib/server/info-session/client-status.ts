/**
 * The information session's badge beside a client's name in staff lists (see ../client-status):
 * completed, or how many modules are done. Imported from src/lib/server/client-status/providers.ts.
 */
import { inArray } from 'drizzle-orm';
import { registerClientStatus, type ClientStatus } from '../client-status/registry';
import { MODULE_SLUGS } from '../../content/info-session';
import { infoSessionCompletion } from './schema';
import { modulesDoneBy } from './staff';

registerClientStatus({
	id: 'info-session',
	order: 10,
	title: 'infoSession.staff.statusTitle',
	async load(db, clientIds) {
		const completed = await db
			.selectDistinct({ userId: infoSessionCompletion.userId })
			.from(infoSessionCompletion)
			.where(inArray(infoSessionCompletion.userId, clientIds));
		const done = new Set(completed.map((c) => c.userId));
		const progress = await modulesDoneBy(
			db,
			clientIds.filter((id) => !done.has(id))
		);
		const statuses = new Map<string, ClientStatus>();
		for (const id of clientIds) {
			statuses.set(
				id,
				done.has(id)
					? { label: 'infoSession.staff.statusDone', state: 'done' }
					: {
							label: 'infoSession.staff.statusOpen',
							params: { done: String(progress.get(id) ?? 0), total: String(MODULE_SLUGS.length) },
							state: 'open'
						}
			);
		}
		return statuses;
	}
});
