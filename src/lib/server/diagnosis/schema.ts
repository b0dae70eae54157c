import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	index,
	integer,
	jsonb,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { municipality, user } from '../db/schema-core';
import type { Category, Factor, Route } from './estimate';
import type { Answers } from './types';

export type ResponseStatus = 'draft' | 'submitted';

/**
 * A person's pre-intake questionnaire (vragenlijst): one per person. Answers by item id, split in
 * two columns: health answers (special-category data, GDPR art. 9) live apart, so every query that
 * does not need them (lists, the applicant's progress, staff without the role) never reads them.
 * Changeable while `draft`; `submitted` is final for the applicant.
 */
export const questionnaireResponse = pgTable(
	'questionnaire_response',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		municipalityId: uuid('municipality_id')
			.notNull()
			.references(() => municipality.id),
		/** QUESTIONNAIRE_VERSION the answers were last saved under. */
		definitionVersion: text('definition_version').notNull(),
		status: text('status').$type<ResponseStatus>().notNull().default('draft'),
		/** Answers to every item that is not special-category data. */
		answers: jsonb('answers').$type<Answers>().notNull().default({}),
		/** Only `health_consent` and, with consent, `health_limits`. */
		healthAnswers: jsonb('health_answers').$type<Answers>().notNull().default({}),
		/** The language the person used when submitting (free text is in that language). */
		locale: text('locale'),
		startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		submittedAt: timestamp('submitted_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('questionnaire_response_user_idx').on(t.userId),
		index('questionnaire_response_review_idx').on(t.municipalityId, t.status, t.submittedAt),
		check('questionnaire_response_status_check', sql`${t.status} in ('draft', 'submitted')`),
		check(
			'questionnaire_response_submitted_check',
			sql`(${t.status} = 'submitted') = (${t.submittedAt} is not null)`
		)
	]
);

/** The estimate computed when a response was submitted (advice; the consultant decides). */
export const diagnosisResult = pgTable(
	'diagnosis_result',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		responseId: uuid('response_id')
			.notNull()
			.references(() => questionnaireResponse.id, { onDelete: 'cascade' }),
		municipalityId: uuid('municipality_id')
			.notNull()
			.references(() => municipality.id),
		months: integer('months').notNull(),
		category: text('category').$type<Category>().notNull(),
		route: text('route').$type<Route>().notNull(),
		/** `{ key: '<item>.<option>', months }`, in questionnaire order; health keys are special data. */
		factors: jsonb('factors').$type<Factor[]>().notNull(),
		rulesVersion: text('rules_version').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	// One result per response: a second, concurrent submission cannot add another.
	(t) => [uniqueIndex('diagnosis_result_response_idx').on(t.responseId)]
);

/**
 * The consultant's decision on a client's category and route. Append-only history: a new decision
 * is a new row, never an update. `sequence` numbers a client's decisions 1, 2, …; the unique index
 * makes a decision taken on an outdated page fail instead of silently overtaking another.
 */
export const categoryDecision = pgTable(
	'category_decision',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		clientId: uuid('client_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		municipalityId: uuid('municipality_id')
			.notNull()
			.references(() => municipality.id),
		sequence: integer('sequence').notNull(),
		decidedBy: uuid('decided_by')
			.notNull()
			.references(() => user.id),
		category: text('category').$type<Category>().notNull(),
		route: text('route').$type<Route>().notNull(),
		/** The estimate that was on the table, if any. */
		resultId: uuid('result_id').references(() => diagnosisResult.id, { onDelete: 'set null' }),
		acceptedProposal: boolean('accepted_proposal').notNull(),
		/** Why; required when the consultant chose something other than the proposal. */
		reason: text('reason'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('category_decision_client_sequence_idx').on(t.clientId, t.sequence),
		index('category_decision_municipality_idx').on(t.municipalityId, t.createdAt),
		check(
			'category_decision_reason_check',
			sql`${t.acceptedProposal} or length(trim(coalesce(${t.reason}, ''))) > 0`
		)
	]
);

export type QuestionnaireResponse = typeof questionnaireResponse.$inferSelect;
export type DiagnosisResult = typeof diagnosisResult.$inferSelect;
export type CategoryDecision = typeof categoryDecision.$inferSelect;
