import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../db';
import { user } from '../db/schema';
import { auditEvent } from './schema';

export interface AuditFilter {
	municipalityId: string;
	action?: string;
	actorEmail?: string;
	subjectId?: string;
	/** Inclusive start and exclusive end, as dates (UTC midnight). */
	from?: Date;
	to?: Date;
	page?: number;
}

export const AUDIT_PAGE_SIZE = 50;

const actor = alias(user, 'actor');
const subject = alias(user, 'subject');

/** The audit log of one municipality, newest first, filtered; for quality officers and administrators. */
export async function listAuditEvents(db: Executor, filter: AuditFilter) {
	const conditions: SQL[] = [eq(auditEvent.municipalityId, filter.municipalityId)];
	if (filter.action) conditions.push(sql`${auditEvent.action} like ${`${filter.action}%`}`);
	if (filter.actorEmail) conditions.push(eq(actor.email, filter.actorEmail.toLowerCase()));
	if (filter.subjectId) conditions.push(eq(auditEvent.subjectId, filter.subjectId));
	if (filter.from) conditions.push(gte(auditEvent.at, filter.from));
	if (filter.to) conditions.push(lt(auditEvent.at, filter.to));
	const page = Math.max(0, filter.page ?? 0);
	const rows = await db
		.select({
			id: auditEvent.id,
			at: auditEvent.at,
			action: auditEvent.action,
			actorName: actor.name,
			actorEmail: actor.email,
			actorRole: actor.role,
			subjectId: auditEvent.subjectId,
			subjectName: subject.name
		})
		.from(auditEvent)
		.leftJoin(actor, eq(actor.id, auditEvent.actorId))
		.leftJoin(subject, eq(subject.id, auditEvent.subjectId))
		.where(and(...conditions))
		.orderBy(desc(auditEvent.at), desc(auditEvent.id))
		.limit(AUDIT_PAGE_SIZE + 1)
		.offset(page * AUDIT_PAGE_SIZE);
	return { rows: rows.slice(0, AUDIT_PAGE_SIZE), hasMore: rows.length > AUDIT_PAGE_SIZE, page };
}

/** Staff who looked at a person's data: what the person may see of the log (AVG art. 15). */
export async function listViewsOfPerson(db: Executor, personId: string, limit = 200) {
	return db
		.select({
			at: auditEvent.at,
			action: auditEvent.action,
			actorName: actor.name,
			actorRole: actor.role
		})
		.from(auditEvent)
		.innerJoin(actor, eq(actor.id, auditEvent.actorId))
		.where(and(eq(auditEvent.subjectId, personId), sql`${auditEvent.actorId} <> ${personId}`))
		.orderBy(desc(auditEvent.at))
		.limit(limit);
}
