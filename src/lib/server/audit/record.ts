import type { Executor } from '../db';
import { auditEvent } from './schema';

export interface AuditEntry {
	actorId: string | null;
	action: string;
	subjectId?: string | null;
	municipalityId?: string | null;
	detail?: Record<string, string | number | boolean>;
}

/** Writes one audit line. Call it inside the same transaction as the read or write it records. */
export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
	await db.insert(auditEvent).values({
		actorId: entry.actorId,
		action: entry.action,
		subjectId: entry.subjectId ?? null,
		municipalityId: entry.municipalityId ?? null,
		detail: entry.detail ?? null
	});
}
