import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	foreignKey,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	real,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { municipality, user } from '../db/schema-core';

/**
 * The FAQ assistant's content and what people asked. Content arrives from the topic files
 * (src/lib/content/assistant/topics) at start-up (sync.ts) and staff edit it here; every app
 * instance rebuilds its in-memory index when `assistant_state.content_version` changes.
 */
export const assistantAnswerStatusEnum = pgEnum('assistant_answer_status', ['draft', 'reviewed']);
export const handoffStatusEnum = pgEnum('handoff_status', ['open', 'handled']);

export interface SourceLink {
	title: string;
	url: string;
}

/** One row (id = 1): the content version every instance polls, and the salt for rate-limit keys. */
export const assistantState = pgTable(
	'assistant_state',
	{
		id: integer('id').primaryKey(),
		/** Raised in the same transaction as every content change (file sync or staff edit). */
		contentVersion: integer('content_version').notNull().default(0),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		/** Random, never shown: client addresses are counted as keyed hashes, never stored as such. */
		ipSalt: text('ip_salt').notNull()
	},
	(t) => [check('assistant_state_single_row', sql`${t.id} = 1`)]
);

export const assistantTopic = pgTable('assistant_topic', {
	/** Stable identifier from ../shared/assistant/topics.json (reported by the API). */
	slug: text('slug').primaryKey(),
	group: text('group').notNull(),
	/** False when the topic file was removed: kept for history, left out of the index. */
	active: boolean('active').notNull().default(true),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** A topic's answer in one language. */
export const assistantAnswer = pgTable(
	'assistant_answer',
	{
		topicSlug: text('topic_slug')
			.notNull()
			.references(() => assistantTopic.slug, { onDelete: 'cascade' }),
		/** A language code from src/lib/i18n/languages.ts. */
		locale: text('locale').notNull(),
		title: text('title').notNull(),
		/** Markdown subset: **bold**, line breaks, [text](https://…) links (markdown.ts). */
		answer: text('answer').notNull(),
		nextStepLabel: text('next_step_label').notNull().default(''),
		nextStepHref: text('next_step_href').notNull().default(''),
		sources: jsonb('sources').$type<SourceLink[]>().notNull().default([]),
		status: assistantAnswerStatusEnum('status').notNull().default('draft'),
		lastReviewed: date('last_reviewed', { mode: 'string' }),
		reviewedBy: uuid('reviewed_by').references(() => user.id, { onDelete: 'set null' }),
		/**
		 * Hash of the file's content for this topic and language when it was last applied. The file
		 * overwrites the row only when its hash differs from this one (see sync.ts).
		 */
		fileHash: text('file_hash'),
		/** Null when the row came from the file; the staff member who last saved it otherwise. */
		updatedBy: uuid('updated_by').references(() => user.id, { onDelete: 'set null' }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.topicSlug, t.locale] })]
);

/** Example questions for a topic in one language: what the matcher learns from. */
export const assistantPhrasing = pgTable(
	'assistant_phrasing',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		topicSlug: text('topic_slug').notNull(),
		locale: text('locale').notNull(),
		position: integer('position').notNull(),
		text: text('text').notNull()
	},
	(t) => [
		foreignKey({
			columns: [t.topicSlug, t.locale],
			foreignColumns: [assistantAnswer.topicSlug, assistantAnswer.locale]
		}).onDelete('cascade'),
		index('assistant_phrasing_topic_idx').on(t.topicSlug, t.locale, t.position)
	]
);

/**
 * Questions asked, scrubbed of personal data (pii.ts) before they are stored, without anything
 * that identifies the person (no user id, no address): not a row that belongs to a person.
 */
export const assistantQuestionLog = pgTable(
	'assistant_question_log',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		askedAt: timestamp('asked_at', { withTimezone: true }).notNull().defaultNow(),
		locale: text('locale').notNull(),
		question: text('question').notNull(),
		/** The topic answered with; null when the assistant declined. */
		topicSlug: text('topic_slug'),
		/** The answered topic, or the closest suggestion when declined (null: nothing close). */
		nearestTopic: text('nearest_topic'),
		confidence: real('confidence').notNull(),
		outOfScope: boolean('out_of_scope').notNull().default(false),
		/** 'page' (/assistant) or 'api' (POST /api/assistant). */
		channel: text('channel').notNull()
	},
	(t) => [
		index('assistant_question_log_asked_idx').on(t.askedAt),
		index('assistant_question_log_nearest_idx').on(t.nearestTopic, t.locale)
	]
);

/** "Did this help?" — one answer per asked question (the latest counts). */
export const assistantFeedback = pgTable(
	'assistant_feedback',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		questionId: uuid('question_id')
			.notNull()
			.references(() => assistantQuestionLog.id, { onDelete: 'cascade' }),
		helpful: boolean('helpful').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('assistant_feedback_question_idx').on(t.questionId)]
);

/** A logged-in client's question handed to the consultants of their municipality. */
export const assistantHandoff = pgTable(
	'handoff',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		municipalityId: uuid('municipality_id')
			.notNull()
			.references(() => municipality.id),
		clientId: uuid('client_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		locale: text('locale').notNull(),
		/** The question handed over, scrubbed. */
		question: text('question').notNull(),
		/** The conversation before it (scrubbed questions, the topics answered). */
		conversation: jsonb('conversation').$type<HandoffTurn[]>().notNull().default([]),
		status: handoffStatusEnum('status').notNull().default('open'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		handledAt: timestamp('handled_at', { withTimezone: true }),
		handledBy: uuid('handled_by').references(() => user.id, { onDelete: 'set null' })
	},
	(t) => [
		index('handoff_municipality_idx').on(t.municipalityId, t.createdAt),
		index('handoff_client_idx').on(t.clientId, t.createdAt)
	]
);

export interface HandoffTurn {
	question: string;
	/** Topic slug answered with, or null when the assistant declined. */
	topic: string | null;
}

export type AssistantAnswerRow = typeof assistantAnswer.$inferSelect;
export type AssistantHandoff = typeof assistantHandoff.$inferSelect;
