import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { outboxMessage, type OutboxStatus } from './schema';

export interface NewMail {
	municipalityId: string;
	recipientId: string | null;
	toAddress: string;
	locale: string;
	kind: string;
	subject: string;
	body: string;
	ics?: { method: string; content: string } | null;
	/** A message with a key already in the outbox is not queued again. */
	dedupeKey?: string;
}

/**
 * Queues an e-mail. Call it inside the transaction of the change it reports: the message exists
 * exactly when the change does. Returns false when the dedupe key was already used.
 */
export async function queueMail(db: Executor, mail: NewMail): Promise<boolean> {
	const rows = await db
		.insert(outboxMessage)
		.values({
			municipalityId: mail.municipalityId,
			recipientId: mail.recipientId,
			toAddress: mail.toAddress,
			locale: mail.locale,
			kind: mail.kind,
			subject: mail.subject,
			body: mail.body,
			ics: mail.ics?.content ?? null,
			icsMethod: mail.ics?.method ?? null,
			dedupeKey: mail.dedupeKey ?? null
		})
		.onConflictDoNothing()
		.returning({ id: outboxMessage.id });
	return rows.length > 0;
}

/** The municipality's outbox, newest first (staff only; the route guards). */
export async function listOutbox(
	db: Executor,
	municipalityId: string,
	options: { status?: OutboxStatus; limit?: number } = {}
) {
	const mine = eq(outboxMessage.municipalityId, municipalityId);
	return db
		.select({
			id: outboxMessage.id,
			toAddress: outboxMessage.toAddress,
			locale: outboxMessage.locale,
			kind: outboxMessage.kind,
			subject: outboxMessage.subject,
			body: outboxMessage.body,
			hasCalendar: outboxMessage.icsMethod,
			status: outboxMessage.status,
			attempts: outboxMessage.attempts,
			lastError: outboxMessage.lastError,
			createdAt: outboxMessage.createdAt,
			sentAt: outboxMessage.sentAt
		})
		.from(outboxMessage)
		.where(options.status ? and(mine, eq(outboxMessage.status, options.status)) : mine)
		.orderBy(desc(outboxMessage.createdAt))
		.limit(options.limit ?? 100);
}
