import { sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Executor } from '../db';
import { queryRows } from '../db/sql';
import { mailConfig } from './config';

/** The part of a nodemailer transport the sender uses (tests pass a stream or JSON transport). */
export interface MailTransport {
	sendMail(options: nodemailer.SendMailOptions): Promise<unknown>;
}

let smtp: MailTransport | undefined;

/** The SMTP transport from SMTP_URL, or undefined when mail is not configured. */
export function smtpTransport(): MailTransport | undefined {
	const url = mailConfig().smtpUrl;
	if (!url) return undefined;
	smtp ??= nodemailer.createTransport(url);
	return smtp;
}

const LEASE_MINUTES = 5;
const MAX_ATTEMPTS = 8;

interface Claimed extends Record<string, unknown> {
	id: string;
	to_address: string;
	subject: string;
	body: string;
	ics: string | null;
	ics_method: string | null;
	attempts: number | string;
}

/**
 * Sends what is due. Rows are claimed with FOR UPDATE SKIP LOCKED and a short lease, committed,
 * then sent: several instances never take the same row, and a process that dies mid-send leaves
 * the row to be retried when the lease ends (delivery is at-least-once, never silently dropped).
 */
export async function deliverPendingMail(
	db: Executor,
	transport: MailTransport,
	batch = 20
): Promise<{ sent: number; failed: number }> {
	const claimed = await queryRows<Claimed>(
		db,
		sql`update outbox_message
			set claimed_until = now() + make_interval(mins => ${LEASE_MINUTES}), attempts = attempts + 1
			where id in (
				select id from outbox_message
				where status = 'pending' and next_attempt_at <= now()
					and (claimed_until is null or claimed_until < now())
				order by created_at
				limit ${batch}
				for update skip locked)
			returning id, to_address, subject, body, ics, ics_method, attempts`
	);
	const { fromName, fromAddress } = mailConfig();
	let sent = 0;
	let failed = 0;
	for (const row of claimed) {
		try {
			await transport.sendMail({
				from: fromName ? { name: fromName, address: fromAddress } : fromAddress,
				to: row.to_address,
				subject: row.subject,
				text: row.body,
				icalEvent: row.ics
					? { method: row.ics_method ?? 'REQUEST', content: row.ics, filename: 'afspraak.ics' }
					: undefined
			});
			await db.execute(
				sql`update outbox_message set status = 'sent', sent_at = now(), claimed_until = null,
					last_error = null where id = ${row.id}`
			);
			sent++;
		} catch (error) {
			failed++;
			const attempts = Number(row.attempts);
			const message = error instanceof Error ? error.message.slice(0, 500) : 'send failed';
			await db.execute(
				sql`update outbox_message set claimed_until = null, last_error = ${message},
					status = ${attempts >= MAX_ATTEMPTS ? 'failed' : 'pending'}::outbox_status,
					next_attempt_at = now() + make_interval(mins => ${2 ** Math.min(attempts, 10)})
					where id = ${row.id}`
			);
		}
	}
	return { sent, failed };
}
