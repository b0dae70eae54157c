import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { assistantFeedback, assistantQuestionLog } from './schema';
import { pruneAssistantData } from './housekeeping';
import { recordFeedback } from './questions';

describe.each(TEST_DRIVERS)('pruneAssistantData (%s)', (driver) => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await openTestDatabase(driver);
	});
	afterAll(async () => {
		await t?.destroy();
	});

	it('deletes questions (and their feedback) past the retention period, keeps the rest', async () => {
		const values = { locale: 'nl', confidence: 0.5, channel: 'page', question: 'q' };
		const [old] = await t.db
			.insert(assistantQuestionLog)
			.values({ ...values, askedAt: new Date(Date.now() - 200 * 86_400_000) })
			.returning({ id: assistantQuestionLog.id });
		const [recent] = await t.db
			.insert(assistantQuestionLog)
			.values(values)
			.returning({ id: assistantQuestionLog.id });
		expect(await recordFeedback(t.db, old.id, false)).toBe(true);
		await t.db.execute(
			sql`insert into rate_limit (bucket, key, window_start, count) values ('assistant-ip', 'k', now() - interval '2 days', 3), ('login-ip', 'k', now() - interval '2 days', 3)`
		);
		expect(await pruneAssistantData(t.db, 180)).toEqual({ questions: 1, counters: 1 });
		const left = await t.db.select({ id: assistantQuestionLog.id }).from(assistantQuestionLog);
		expect(left).toEqual([recent]);
		expect(
			await t.db.select().from(assistantFeedback).where(eq(assistantFeedback.questionId, old.id))
		).toEqual([]);
	});

	it('feedback on an unknown question is refused', async () => {
		expect(await recordFeedback(t.db, '0b9f1c2e-3d4a-4b5c-8d6e-7f8091a2b3c4', true)).toBe(false);
		expect(await recordFeedback(t.db, 'not-a-uuid', true)).toBe(false);
	});
});
