/**
 * The assistant's public surface for routes: one runtime per process, asking a question
 * (answer + scrubbed log line) and throttling per client address.
 */
import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db as appDb, type Executor } from '../db';
import { hitLimit, type LimitState } from '../auth/rate-limit';
import { answerFromSnapshot, replyForTopic, type AssistantReply } from './answer';
import { createAssistantRuntime, type AssistantRuntime } from './runtime';
import { logQuestion, type QuestionChannel } from './questions';
import { assistantState } from './schema';
import { assistantSettings } from './settings';

let runtime: AssistantRuntime | undefined;

/** This process's runtime on the app's database. */
export function assistantRuntime(): AssistantRuntime {
	runtime ??= createAssistantRuntime(appDb, {
		checkIntervalMs: assistantSettings().versionCheckMs
	});
	return runtime;
}

export interface AskInput {
	question: string;
	locale: string;
	channel: QuestionChannel;
}

export async function askAssistant(
	db: Executor,
	input: AskInput,
	rt: AssistantRuntime = assistantRuntime()
): Promise<{ reply: AssistantReply; questionId: string }> {
	const snapshot = await rt.snapshot();
	const reply = answerFromSnapshot(snapshot, input.question, input.locale);
	const questionId = await logQuestion(db, { ...input, reply });
	return { reply, questionId };
}

/** A topic picked from the suggestions: its answer, without matching. */
export async function answerTopic(
	slug: string,
	locale: string,
	rt: AssistantRuntime = assistantRuntime()
): Promise<AssistantReply | null> {
	return replyForTopic(await rt.snapshot(), slug, locale);
}

/** The salt per database (one in the app; tests open several). */
const salts = new WeakMap<object, string>();

async function ipSalt(db: Executor): Promise<string> {
	const cached = salts.get(db);
	if (cached) return cached;
	const [row] = await db
		.select({ salt: assistantState.ipSalt })
		.from(assistantState)
		.where(eq(assistantState.id, 1));
	if (!row) throw new Error('assistant_state missing: the content sync has not run');
	salts.set(db, row.salt);
	return row.salt;
}

/**
 * Counts one question from a client address (shared by all instances through PostgreSQL). The
 * address is stored only as a keyed hash, so the counter table holds nothing that identifies anyone.
 */
export async function throttleAssistant(
	db: Executor,
	address: string,
	perMinute = assistantSettings().ratePerMinute
): Promise<LimitState> {
	const key = createHmac('sha256', await ipSalt(db))
		.update(address)
		.digest('base64url');
	return hitLimit(db, { bucket: 'assistant-ip', max: perMinute, windowMs: 60_000 }, key);
}

/** Seconds until the window ends (for Retry-After), at least 1. */
export function retryAfterSeconds(state: LimitState, now = Date.now()): number {
	return Math.max(1, Math.ceil((state.retryAt.getTime() - now) / 1000));
}
