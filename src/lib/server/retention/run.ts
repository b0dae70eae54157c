/**
 * One pass of the retention policy (README "Retention"): delete stale questionnaire drafts, then
 * anonymise the people whose file is due, one person per transaction. Every erasure writes an
 * audit line in the same transaction: who (the person's id), which rule, how many rows; never
 * the erased data itself.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../db';
import { queryRows } from '../db/sql';
import { recordAudit } from '../audit/record';
import { countStaleDrafts, eraseStaleDrafts } from '../diagnosis/retention';
import { personalDataErasers } from '../privacy/export';
import '../privacy/registry';
import {
	countDueQuery,
	cutoffs,
	nextDuePersonQuery,
	type Cutoffs,
	type DuePerson
} from './candidates';
import { retentionErasure, type RetentionRule } from './schema';
import type { RetentionSettings } from './settings';

export interface RetentionReport {
	dryRun: boolean;
	cutoffs: Cutoffs;
	/** Unsubmitted questionnaire drafts deleted (or, in a dry run, due). */
	drafts: number;
	/** People anonymised (or due), per rule. */
	people: Record<RetentionRule, number>;
	/** Rows erased or anonymised, per `source.table` (not in a dry run). */
	rows: Record<string, number>;
	/** The ids of the people anonymised in this pass (not in a dry run). */
	anonymised: string[];
}

export interface RunOptions {
	now?: Date;
	dryRun?: boolean;
}

export const AUDIT_DRAFT_ERASED = 'retention.questionnaire_draft.erase';
export const AUDIT_PERSON_ANONYMISED = 'retention.person.anonymise';

export async function runRetention(
	db: Database,
	settings: RetentionSettings,
	options: RunOptions = {}
): Promise<RetentionReport> {
	const now = options.now ?? new Date();
	const c = cutoffs(settings, now);
	const report: RetentionReport = {
		dryRun: options.dryRun === true,
		cutoffs: c,
		drafts: 0,
		people: { closed_file: 0, inactive_applicant: 0 },
		rows: {},
		anonymised: []
	};
	if (report.dryRun) {
		report.drafts = await countStaleDrafts(db, c.draftSavedBefore);
		const due = await queryRows<{ rule: RetentionRule; n: number | string }>(
			db,
			countDueQuery(c, now)
		);
		for (const row of due) report.people[row.rule] = Number(row.n);
		return report;
	}

	report.drafts = await db.transaction(async (tx) => {
		const erased = await eraseStaleDrafts(tx, c.draftSavedBefore, settings.batchSize);
		for (const draft of erased) {
			await recordAudit(tx, {
				actorId: null,
				action: AUDIT_DRAFT_ERASED,
				subjectId: draft.userId,
				municipalityId: draft.municipalityId,
				detail: { responseId: draft.id, periodDays: settings.draftDays }
			});
		}
		return erased.length;
	});

	for (let i = 0; i < settings.batchSize; i++) {
		const done = await anonymiseNextPerson(db, settings, c, now);
		if (done === null) break;
		if (done === 'raced') continue;
		report.people[done.rule] += 1;
		report.anonymised.push(done.id);
		for (const [key, n] of Object.entries(done.counts))
			report.rows[key] = (report.rows[key] ?? 0) + n;
	}
	return report;
}

/**
 * Claims the next due person (row lock, SKIP LOCKED), records the claim (the primary key of
 * retention_erasure: a second instance that reaches the same person inserts nothing), lets every
 * registered capability forget them, and writes the audit line, all in one transaction.
 */
async function anonymiseNextPerson(
	db: Database,
	settings: RetentionSettings,
	c: Cutoffs,
	now: Date
): Promise<{ id: string; rule: RetentionRule; counts: Record<string, number> } | 'raced' | null> {
	return db.transaction(async (tx) => {
		const [person] = await queryRows<DuePerson & Record<string, unknown>>(
			tx,
			nextDuePersonQuery(c, now)
		);
		if (!person) return null;
		const claimed = await tx
			.insert(retentionErasure)
			.values({
				userId: person.id,
				municipalityId: person.municipality_id,
				rule: person.rule,
				erasedAt: now
			})
			.onConflictDoNothing()
			.returning({ id: retentionErasure.userId });
		if (claimed.length === 0) return 'raced' as const;

		const counts: Record<string, number> = {};
		for (const eraser of personalDataErasers()) {
			const result = await eraser.forget(tx, person.id);
			for (const [table, n] of Object.entries(result))
				if (n > 0) counts[`${eraser.id}.${table}`] = n;
		}
		await tx.execute(
			sql`update retention_erasure set counts = ${JSON.stringify(counts)}::jsonb
				where user_id = ${person.id}`
		);
		await recordAudit(tx, {
			actorId: null,
			action: AUDIT_PERSON_ANONYMISED,
			subjectId: person.id,
			municipalityId: person.municipality_id,
			detail: {
				rule: person.rule,
				periodDays:
					person.rule === 'closed_file' ? settings.closedFileDays : settings.inactiveApplicantDays,
				rows: Object.values(counts).reduce((a, b) => a + b, 0)
			}
		});
		return { id: person.id, rule: person.rule, counts };
	});
}

/** A short, human summary of a pass (CLI and the job's log line). */
export function describeReport(report: RetentionReport): string[] {
	const verb = report.dryRun ? 'due' : 'done';
	const lines = [
		`retention ${report.dryRun ? 'dry run' : 'pass'}: closed files closed on or before ${report.cutoffs.closedOnOrBefore}, applicants inactive since ${report.cutoffs.applicantInactiveSince.toISOString()}, drafts saved before ${report.cutoffs.draftSavedBefore.toISOString()}`,
		`questionnaire drafts deleted (${verb}): ${report.drafts}`,
		`closed files anonymised (${verb}): ${report.people.closed_file}`,
		`inactive applicants anonymised (${verb}): ${report.people.inactive_applicant}`
	];
	for (const [key, n] of Object.entries(report.rows).sort(([a], [b]) => a.localeCompare(b)))
		lines.push(`  ${key}: ${n}`);
	return lines;
}
