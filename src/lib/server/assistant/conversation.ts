/**
 * The conversation on /assistant, kept in the page itself (a hidden form field) so that it works
 * with JavaScript off and nothing of it is stored on the server: a plain form post sends it back
 * and the page is rendered again with one more turn.
 *
 * The field is not signed: it only holds the person's own questions. It is validated on every
 * read instead: bounded size, at most MAX_TURNS turns, every field checked; anything else is dropped.
 */
import { cleanText } from '../forms/parse';
import {
	answerFromSnapshot,
	replyForTopic,
	storedAnswerFor,
	type AssistantSnapshot,
	type ReplyKind
} from './answer';
import { isExternalHref, renderMarkdown } from './markdown';
import { isUuid } from './questions';
import { MAX_QUESTION_LENGTH } from './validate';

export const MAX_TURNS = 8;
/** 8 turns of 500 characters in any script, base64-encoded, fit well within this. */
export const MAX_STATE_LENGTH = 24_000;
const FORMAT_VERSION = 1;
const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

export interface Turn {
	/** The question as typed, or the title of a topic picked from the suggestions. */
	q: string;
	/** Topic picked directly (no matching). */
	s?: string;
	/** Question log id, for "did this help?". */
	id?: string;
	/** Feedback given: yes / no. */
	f?: 'y' | 'n';
	/** Handed over to a consultant. */
	h?: 1;
}

export function serializeConversation(turns: Turn[]): string {
	if (turns.length === 0) return '';
	const json = JSON.stringify({ v: FORMAT_VERSION, t: turns.slice(-MAX_TURNS) });
	return Buffer.from(json, 'utf8').toString('base64url');
}

function validTurn(value: unknown): Turn | undefined {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
	const v = value as Record<string, unknown>;
	if (typeof v.q !== 'string') return undefined;
	const q = cleanText(v.q);
	if (!q || [...q].length > MAX_QUESTION_LENGTH) return undefined;
	const turn: Turn = { q };
	if (v.s !== undefined) {
		if (typeof v.s !== 'string' || !SLUG.test(v.s)) return undefined;
		turn.s = v.s;
	}
	if (v.id !== undefined) {
		if (!isUuid(v.id)) return undefined;
		turn.id = v.id;
	}
	if (v.f === 'y' || v.f === 'n') turn.f = v.f;
	if (v.h === 1) turn.h = 1;
	return turn;
}

/** Reads the hidden field; anything malformed, oversized or unknown gives fewer (or no) turns. */
export function parseConversation(raw: unknown): Turn[] {
	if (typeof raw !== 'string' || !raw || raw.length > MAX_STATE_LENGTH) return [];
	if (!/^[A-Za-z0-9_-]+$/.test(raw)) return [];
	let parsed: unknown;
	try {
		parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
	} catch {
		return [];
	}
	if (typeof parsed !== 'object' || parsed === null) return [];
	const { v, t } = parsed as { v?: unknown; t?: unknown };
	if (v !== FORMAT_VERSION || !Array.isArray(t)) return [];
	return t
		.slice(-MAX_TURNS)
		.map(validTurn)
		.filter((x): x is Turn => !!x);
}

/** Appends a turn, dropping the oldest beyond MAX_TURNS. */
export function addTurn(turns: Turn[], turn: Turn): Turn[] {
	return [...turns, turn].slice(-MAX_TURNS);
}

export interface TurnView {
	index: number;
	question: string;
	kind: ReplyKind;
	topic: string | null;
	title: string | null;
	/** The answer rendered by the sanitising Markdown renderer (safe for {@html}). */
	html: string;
	nextStep: { label: string; href: string; external: boolean } | null;
	suggestions: { slug: string; title: string }[];
	/** Whether "did this help?" can be asked (a logged question that got an answer). */
	canGiveFeedback: boolean;
	feedback: 'y' | 'n' | null;
	/** Offer a person: declined, or the answer did not help. */
	offerHandoff: boolean;
	handedOff: boolean;
}

/** What the page shows for each turn, answered again from the current index. */
export function viewConversation(
	snapshot: AssistantSnapshot,
	turns: Turn[],
	locale: string
): TurnView[] {
	return turns.map((turn, index) => {
		const reply =
			(turn.s ? replyForTopic(snapshot, turn.s, locale) : null) ??
			answerFromSnapshot(snapshot, turn.q, locale);
		const feedback = turn.f ?? null;
		return {
			index,
			question: turn.q,
			kind: reply.kind,
			topic: reply.topic,
			title: reply.title,
			html: renderMarkdown(reply.answer),
			nextStep: reply.nextStep
				? { ...reply.nextStep, external: isExternalHref(reply.nextStep.href) }
				: null,
			suggestions: reply.suggestions
				.map((slug) => ({ slug, title: storedAnswerFor(snapshot, slug, locale)?.title ?? '' }))
				.filter((s) => s.title),
			canGiveFeedback: reply.kind === 'answered' && !!turn.id,
			feedback,
			offerHandoff: reply.kind !== 'answered' || feedback === 'n',
			handedOff: turn.h === 1
		};
	});
}
