import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { municipality, user } from '../db/schema-core';

/**
 * One row per person whose file the retention job anonymised: what rule applied and when. The
 * primary key is the claim: two instances racing for one person cannot both insert it, so a
 * person is processed once. It holds no personal data: ids, the rule, the date, row counts.
 * The anonymised account row stays (the audit log and the figures point at its id).
 */
export const retentionErasure = pgTable(
	'retention_erasure',
	{
		userId: uuid('user_id')
			.primaryKey()
			.references(() => user.id),
		municipalityId: uuid('municipality_id')
			.notNull()
			.references(() => municipality.id),
		/** closed_file: the file closed long enough ago; inactive_applicant: never became a client. */
		rule: text('rule', { enum: ['closed_file', 'inactive_applicant'] }).notNull(),
		erasedAt: timestamp('erased_at', { withTimezone: true }).notNull().defaultNow(),
		/** Rows erased or anonymised per source ('questionnaire.response': 1, …): numbers only. */
		counts: jsonb('counts').$type<Record<string, number>>().notNull().default({})
	},
	(t) => [
		index('retention_erasure_municipality_idx').on(t.municipalityId, t.erasedAt),
		check('retention_erasure_rule_check', sql`${t.rule} in ('closed_file', 'inactive_applicant')`)
	]
);

export type RetentionErasure = typeof retentionErasure.$inferSelect;
export type RetentionRule = RetentionErasure['rule'];
