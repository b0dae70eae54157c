import { asc, eq } from 'drizzle-orm';
import { registerPersonalDataSource } from '../privacy/export';
import { assistantHandoff } from './schema';

/** Questions a person handed to their consultant, for their own data export (/my/data). */
registerPersonalDataSource({
	id: 'assistant',
	order: 50,
	async load(db, personId) {
		const handoffs = await db
			.select({
				askedAt: assistantHandoff.createdAt,
				question: assistantHandoff.question,
				status: assistantHandoff.status
			})
			.from(assistantHandoff)
			.where(eq(assistantHandoff.clientId, personId))
			.orderBy(asc(assistantHandoff.createdAt));
		return handoffs.length > 0 ? { handoffs } : null;
	},
	// Retention: handed-over questions (free text) are erased.
	personColumns: ['handoff.client_id'],
	async forget(db, personId) {
		const rows = await db
			.delete(assistantHandoff)
			.where(eq(assistantHandoff.clientId, personId))
			.returning({ id: assistantHandoff.id });
		return { handoff: rows.length };
	}
});
