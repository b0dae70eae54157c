import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { municipality, user } from '../db/schema-core';

/**
 * Who did or saw what of whose data (AVG/GDPR accountability). Append-only for the application:
 * nothing in the code updates or deletes these rows.
 */
export const auditEvent = pgTable(
	'audit_event',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		actorId: uuid('actor_id').references(() => user.id),
		/** Verb-like, dotted: 'client_file.view', 'questionnaire.answers.view', … */
		action: text('action').notNull(),
		/** The person whose data it concerns, when there is one. */
		subjectId: uuid('subject_id').references(() => user.id),
		municipalityId: uuid('municipality_id').references(() => municipality.id),
		/** Small, non-sensitive context (which section, which record id); never the data itself. */
		detail: jsonb('detail').$type<Record<string, string | number | boolean>>()
	},
	(t) => [
		index('audit_event_subject_idx').on(t.subjectId, t.at),
		index('audit_event_municipality_idx').on(t.municipalityId, t.at)
	]
);

export type AuditEvent = typeof auditEvent.$inferSelect;
