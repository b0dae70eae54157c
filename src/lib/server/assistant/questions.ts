/**
 * What people asked and whether it helped. Questions are scrubbed of personal data (pii.ts)
 * before they are stored, and nothing identifies the person: no user id, no address.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { queryRows } from '../db/sql';
import type { AssistantReply } from './answer';
import { scrubPersonalData } from './pii';
import { assistantQuestionLog } from './schema';

export type QuestionChannel = 'page' | 'api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
	return typeof value === 'string' && UUID.test(value);
}

/** Stores the (scrubbed) question and how it was answered; returns its id for feedback. */
export async function logQuestion(
	db: Executor,
	entry: { question: string; locale: string; reply: AssistantReply; channel: QuestionChannel }
): Promise<string> {
	const { reply } = entry;
	const [row] = await db
		.insert(assistantQuestionLog)
		.values({
			locale: entry.locale,
			question: scrubPersonalData(entry.question),
			topicSlug: reply.topic,
			nearestTopic: reply.topic ?? reply.suggestions[0] ?? null,
			confidence: reply.confidence,
			outOfScope: reply.outOfScope,
			channel: entry.channel
		})
		.returning({ id: assistantQuestionLog.id });
	return row.id;
}

/** "Did this help?" for a logged question; the latest answer counts. False when there is no such question. */
export async function recordFeedback(
	db: Executor,
	questionId: string,
	helpful: boolean
): Promise<boolean> {
	if (!isUuid(questionId)) return false;
	const rows = await queryRows<{ id: string }>(
		db,
		sql`insert into assistant_feedback (question_id, helpful)
			select id, ${helpful} from assistant_question_log where id = ${questionId}
			on conflict (question_id) do update set helpful = excluded.helpful, created_at = now()
			returning id`
	);
	return rows.length > 0;
}
