/**
 * Keeping little: questions (and their feedback) are deleted after the retention period, and the
 * per-address counters once their window is long over. Run hourly by start.ts; running it on
 * several instances at once is harmless (plain deletes).
 */
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { rateLimit } from '../db/schema-core';
import { assistantQuestionLog } from './schema';

export async function pruneAssistantData(
	db: Executor,
	retentionDays: number
): Promise<{ questions: number; counters: number }> {
	const questions = await db
		.delete(assistantQuestionLog)
		.where(lt(assistantQuestionLog.askedAt, sql`now() - make_interval(days => ${retentionDays})`))
		.returning({ id: assistantQuestionLog.id });
	const counters = await db
		.delete(rateLimit)
		.where(
			and(
				eq(rateLimit.bucket, 'assistant-ip'),
				lt(rateLimit.windowStart, sql`now() - interval '1 day'`)
			)
		)
		.returning({ key: rateLimit.key });
	return { questions: questions.length, counters: counters.length };
}
