import { and, desc, eq, gte, sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { addDays, monthStart, todayIso } from './dates';
import { jobApplication, jobSearchAgreement } from './schema';
import type { Actor, ClientRef } from './types';
import type { ApplicationMethod, ApplicationResult } from './vocabulary';

/** Staff who log applications for a client and agree on the number per month. */
export const JOB_SEARCH_STAFF = ['work_consultant', 'quality_officer'] as const;

function mayWrite(actor: Actor, client: ClientRef): boolean {
	if (actor.id === client.id) return true;
	return (
		actor.municipalityId === client.municipalityId &&
		(JOB_SEARCH_STAFF as readonly string[]).includes(actor.role)
	);
}

export interface NewJobApplication {
	appliedOn: string;
	employer: string;
	position: string;
	method: ApplicationMethod;
	result: ApplicationResult;
}

export type JobApplicationError = 'not_allowed' | 'date_invalid' | 'not_found';

export async function logJobApplication(
	db: Executor,
	input: { client: ClientRef; actor: Actor; application: NewJobApplication }
): Promise<{ ok: true; id: string } | { ok: false; error: JobApplicationError }> {
	if (!mayWrite(input.actor, input.client)) return { ok: false, error: 'not_allowed' };
	const today = todayIso();
	const { appliedOn } = input.application;
	if (appliedOn > today || appliedOn < addDays(today, -366)) {
		return { ok: false, error: 'date_invalid' };
	}
	const [row] = await db
		.insert(jobApplication)
		.values({
			...input.application,
			municipalityId: input.client.municipalityId,
			clientId: input.client.id,
			enteredBy: input.actor.id
		})
		.returning({ id: jobApplication.id });
	return { ok: true, id: row.id };
}

export async function updateJobApplicationResult(
	db: Executor,
	input: { client: ClientRef; actor: Actor; id: string; result: ApplicationResult }
): Promise<{ ok: true } | { ok: false; error: JobApplicationError }> {
	if (!mayWrite(input.actor, input.client)) return { ok: false, error: 'not_allowed' };
	const rows = await db
		.update(jobApplication)
		.set({ result: input.result, updatedAt: new Date() })
		.where(and(eq(jobApplication.id, input.id), eq(jobApplication.clientId, input.client.id)))
		.returning({ id: jobApplication.id });
	return rows.length ? { ok: true } : { ok: false, error: 'not_found' };
}

export async function listJobApplications(db: Executor, clientId: string, limit = 100) {
	return db
		.select({
			id: jobApplication.id,
			appliedOn: jobApplication.appliedOn,
			employer: jobApplication.employer,
			position: jobApplication.position,
			method: jobApplication.method,
			result: jobApplication.result
		})
		.from(jobApplication)
		.where(eq(jobApplication.clientId, clientId))
		.orderBy(desc(jobApplication.appliedOn), desc(jobApplication.createdAt))
		.limit(limit);
}

/** Applications per calendar month, for the last `months` months including this one (oldest first). */
export async function countApplicationsPerMonth(
	db: Executor,
	clientId: string,
	months = 6,
	today = todayIso()
): Promise<{ month: string; count: number }[]> {
	const from = monthStart(today, -(months - 1));
	const rows = await db
		.select({
			month: sql<string>`to_char(${jobApplication.appliedOn}, 'YYYY-MM')`,
			count: sql<number>`count(*)`.mapWith(Number)
		})
		.from(jobApplication)
		.where(and(eq(jobApplication.clientId, clientId), gte(jobApplication.appliedOn, from)))
		.groupBy(sql`1`);
	const byMonth = new Map(rows.map((r) => [r.month, r.count]));
	return Array.from({ length: months }, (_, i) => {
		const month = monthStart(today, i - (months - 1)).slice(0, 7);
		return { month, count: byMonth.get(month) ?? 0 };
	});
}

export async function getAgreement(db: Executor, clientId: string): Promise<number | null> {
	const [row] = await db
		.select({ perMonth: jobSearchAgreement.perMonth })
		.from(jobSearchAgreement)
		.where(eq(jobSearchAgreement.clientId, clientId));
	return row?.perMonth ?? null;
}

export async function setAgreement(
	db: Executor,
	input: { client: ClientRef; actor: Actor; perMonth: number }
): Promise<{ ok: true } | { ok: false; error: 'not_allowed' }> {
	if (input.actor.id === input.client.id || !mayWrite(input.actor, input.client)) {
		return { ok: false, error: 'not_allowed' };
	}
	const values = {
		clientId: input.client.id,
		municipalityId: input.client.municipalityId,
		perMonth: input.perMonth,
		setBy: input.actor.id,
		setAt: new Date()
	};
	await db
		.insert(jobSearchAgreement)
		.values(values)
		.onConflictDoUpdate({
			target: jobSearchAgreement.clientId,
			set: { perMonth: values.perMonth, setBy: values.setBy, setAt: values.setAt }
		});
	return { ok: true };
}
