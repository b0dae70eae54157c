import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { municipality, user } from '../db/schema-core';

export const outboxStatusEnum = pgEnum('outbox_status', ['pending', 'sent', 'failed']);

/**
 * The outbox: every e-mail the portal sends is first a row here, written in the same transaction
 * as the change it reports. A job delivers pending rows when SMTP is configured; without SMTP they
 * stay visible to staff at /staff/outbox, so nothing is dropped.
 */
export const outboxMessage = pgTable(
	'outbox_message',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		municipalityId: uuid('municipality_id')
			.notNull()
			.references(() => municipality.id),
		recipientId: uuid('recipient_id').references(() => user.id),
		toAddress: text('to_address').notNull(),
		/** The language the message is written in (the recipient's). */
		locale: text('locale').notNull(),
		/** What it is about, dotted: 'booking.confirmed', 'booking.reminder', … */
		kind: text('kind').notNull(),
		subject: text('subject').notNull(),
		body: text('body').notNull(),
		/** Optional calendar attachment (text/calendar) and its METHOD. */
		ics: text('ics'),
		icsMethod: text('ics_method'),
		/** When set, a second message with the same key is never queued. */
		dedupeKey: text('dedupe_key').unique(),
		status: outboxStatusEnum('status').notNull().default('pending'),
		attempts: integer('attempts').notNull().default(0),
		nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
		/** A sender's lease: another instance leaves the row alone until then. */
		claimedUntil: timestamp('claimed_until', { withTimezone: true }),
		lastError: text('last_error'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp('sent_at', { withTimezone: true })
	},
	(t) => [
		index('outbox_pending_idx').on(t.status, t.nextAttemptAt),
		index('outbox_municipality_created_idx').on(t.municipalityId, t.createdAt)
	]
);

export type OutboxMessage = typeof outboxMessage.$inferSelect;
export type OutboxStatus = (typeof outboxStatusEnum.enumValues)[number];
