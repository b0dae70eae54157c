/**
 * Retention of questionnaires that were never submitted: a draft (answers, health answers
 * included) that nobody touched for the retention period is deleted. Called by the retention job
 * (../retention/run.ts), which writes the audit line in the same transaction.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { queryRows } from '../db/sql';

export interface ErasedDraft {
	id: string;
	userId: string;
	municipalityId: string;
}

/**
 * Deletes up to `batch` drafts last saved at or before `savedBefore`. The rows are claimed with
 * FOR UPDATE SKIP LOCKED: a draft being saved right now (saveSection holds its lock) is left for
 * the next pass, and two instances never delete, or audit, the same draft twice.
 */
export async function eraseStaleDrafts(
	db: Executor,
	savedBefore: Date,
	batch: number
): Promise<ErasedDraft[]> {
	const at = sql`${savedBefore.toISOString()}::timestamptz`;
	const rows = await queryRows<{ id: string; user_id: string; municipality_id: string }>(
		db,
		sql`delete from questionnaire_response where id in (
				select id from questionnaire_response
				where status = 'draft' and submitted_at is null and updated_at <= ${at}
				order by updated_at
				limit ${batch}
				for update skip locked)
			and status = 'draft' and updated_at <= ${at}
			returning id, user_id, municipality_id`
	);
	return rows.map((r) => ({ id: r.id, userId: r.user_id, municipalityId: r.municipality_id }));
}

/** How many drafts a pass would delete (for a dry run; nothing is locked or changed). */
export async function countStaleDrafts(db: Executor, savedBefore: Date): Promise<number> {
	const [row] = await queryRows<{ n: number | string }>(
		db,
		sql`select count(*) as n from questionnaire_response
			where status = 'draft' and submitted_at is null
				and updated_at <= ${savedBefore.toISOString()}::timestamptz`
	);
	return Number(row?.n ?? 0);
}
