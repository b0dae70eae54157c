import {
	boolean,
	index,
	integer,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { municipality, user } from '../db/schema-core';

/**
 * A person's answers to the information-session quizzes (voorlichting): one row per question,
 * with every attempt counted. The first answer is kept, so staff can see which questions needed a
 * second try ("a hint for the intake conversation"). A module is done when each of its questions
 * has been answered at least once: the quiz is a learning aid, not an exam.
 */
export const infoSessionAnswer = pgTable(
	'info_session_answer',
	{
		userId: uuid('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		municipalityId: uuid('municipality_id')
			.notNull()
			.references(() => municipality.id),
		/** A module slug from src/lib/content/info-session (MODULE_SLUGS). */
		module: text('module').notNull(),
		/** A question id within the module ('q1', …). */
		questionId: text('question_id').notNull(),
		/** How many times the person answered; attempts after a right answer are not counted. */
		attempts: integer('attempts').notNull().default(1),
		firstOption: text('first_option').notNull(),
		firstCorrect: boolean('first_correct').notNull(),
		lastOption: text('last_option').notNull(),
		/** Whether the latest answer is the right one. */
		correct: boolean('correct').notNull(),
		firstAnsweredAt: timestamp('first_answered_at', { withTimezone: true }).notNull().defaultNow(),
		lastAnsweredAt: timestamp('last_answered_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.userId, t.module, t.questionId] }),
		index('info_session_answer_municipality_idx').on(t.municipalityId)
	]
);

/**
 * "I have read and understood my rights and duties": when, in which language and which version of
 * the content. One row per person per content version; a new version may be confirmed again.
 */
export const infoSessionCompletion = pgTable(
	'info_session_completion',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		municipalityId: uuid('municipality_id')
			.notNull()
			.references(() => municipality.id),
		confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull().defaultNow(),
		/** The language the person read the session in (a code from src/lib/i18n/languages.ts). */
		locale: text('locale').notNull(),
		/** INFO_SESSION_VERSION at the moment of confirming. */
		contentVersion: text('content_version').notNull()
	},
	(t) => [
		uniqueIndex('info_session_completion_user_version_idx').on(t.userId, t.contentVersion),
		index('info_session_completion_municipality_idx').on(t.municipalityId, t.confirmedAt)
	]
);

export type InfoSessionAnswer = typeof infoSessionAnswer.$inferSelect;
export type InfoSessionCompletion = typeof infoSessionCompletion.$inferSelect;
