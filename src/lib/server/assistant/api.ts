/**
 * POST /api/assistant, without SvelteKit: body text in, status + JSON out, so tests call it
 * directly. The route only wires the request to this.
 *
 *   request  { "question": string, "locale": "nl" | "en" | "ar" | "ti" }
 *   response { topic, answer, confidence, suggestions, handoff } (+ title, nextStep, outOfScope)
 *   errors   400 { error } in the requested language (else the portal's): bad JSON, unknown
 *            locale, empty or too long question; 429 { error } with Retry-After.
 */
import type { Executor } from '../db';
import type { AssistantRuntime } from './runtime';
import { askAssistant, retryAfterSeconds, throttleAssistant } from './service';
import { isAssistantLocale, MAX_QUESTION_LENGTH, validateQuestion } from './validate';

/** A translator for one language (i18next's t, narrowed to what is used here). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface ApiContext {
	db: Executor;
	/** The raw body, or null when it could not be read or was too large. */
	body: string | null;
	/** The portal's language for this request (errors before the body names one). */
	portalLocale: string;
	/** The client's address, counted per minute (stored only as a keyed hash). */
	address: string;
	translatorFor: (locale: string) => Translate;
	runtime?: AssistantRuntime;
	ratePerMinute?: number;
}

export interface ApiResponse {
	status: number;
	body: Record<string, unknown>;
	headers: Record<string, string>;
}

/** Bodies larger than this are refused before parsing. */
export const MAX_BODY_BYTES = 8_192;

const NO_STORE = { 'cache-control': 'no-store' };

function error(status: number, t: Translate, key: string, options?: Record<string, unknown>) {
	return { status, body: { error: t(`assistant.errors.${key}`, options) }, headers: NO_STORE };
}

export async function respondToAssistantApi(ctx: ApiContext): Promise<ApiResponse> {
	let t = ctx.translatorFor(ctx.portalLocale);
	if (ctx.body === null) return error(400, t, 'unreadable');
	let parsed: unknown;
	try {
		parsed = JSON.parse(ctx.body);
	} catch {
		return error(400, t, 'invalidJson');
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
		return error(400, t, 'invalidJson');
	const { question, locale } = parsed as Record<string, unknown>;
	if (!isAssistantLocale(locale)) return error(400, t, 'locale');
	t = ctx.translatorFor(locale);
	const checked = validateQuestion(question);
	if (!checked.ok) return error(400, t, checked.error, { max: MAX_QUESTION_LENGTH });

	const limit = await throttleAssistant(ctx.db, ctx.address, ctx.ratePerMinute);
	if (limit.blocked) {
		const seconds = retryAfterSeconds(limit);
		const response = error(429, t, 'rateLimited', { seconds });
		return { ...response, headers: { ...response.headers, 'retry-after': String(seconds) } };
	}

	const { reply } = await askAssistant(
		ctx.db,
		{ question: checked.question, locale, channel: 'api' },
		ctx.runtime
	);
	const declined =
		reply.kind === 'out_of_scope'
			? t('assistant.decline.outOfScope')
			: t('assistant.decline.unsure');
	return {
		status: 200,
		headers: NO_STORE,
		body: {
			topic: reply.topic,
			answer: reply.kind === 'answered' ? reply.answer : declined,
			confidence: reply.confidence,
			suggestions: reply.suggestions,
			handoff: reply.handoff,
			title: reply.title,
			nextStep: reply.nextStep,
			outOfScope: reply.outOfScope
		}
	};
}

/** Reads at most MAX_BODY_BYTES of a request body as text; null when larger or unreadable. */
export async function readLimitedBody(request: Request): Promise<string | null> {
	const declared = Number(request.headers.get('content-length') ?? '0');
	if (declared > MAX_BODY_BYTES) return null;
	try {
		const text = await request.text();
		return Buffer.byteLength(text, 'utf8') > MAX_BODY_BYTES ? null : text;
	} catch {
		return null;
	}
}
