/**
 * From a question to a reply in the portal's language: the one code path behind POST /api/assistant,
 * the /assistant page and the evaluation CLI. Pure: a snapshot (index + answers) in, a reply out.
 *
 * The question may be in any language (the index matches across languages); the answer is given
 * in `locale`, the language the person uses the portal in, falling back to Dutch when a topic
 * has no text in that language.
 */
import type { AssistantIndex } from './index';
import { matchQuestion, type MatchOptions } from './match';
import { PLACEHOLDERS, scrubPersonalData } from './pii';
import { answerKey, type StoredAnswer } from './store';

export interface AssistantSnapshot {
	version: number;
	index: AssistantIndex;
	answers: Map<string, StoredAnswer>;
	builtAt: number;
}

/** answered: a topic; unsure: below the threshold (suggestions offered); out_of_scope: not our domain. */
export type ReplyKind = 'answered' | 'unsure' | 'out_of_scope';

export interface AssistantReply {
	kind: ReplyKind;
	topic: string | null;
	title: string | null;
	/** The topic's answer (Markdown subset), or '' when declined: the caller says it does not know. */
	answer: string;
	nextStep: { label: string; href: string } | null;
	confidence: number;
	/** Closest other topics (slugs), best first. */
	suggestions: string[];
	/** Offer to hand the question to a person (declined, unsure or out of scope). */
	handoff: boolean;
	outOfScope: boolean;
}

export const FALLBACK_LOCALE = 'nl';

export function storedAnswerFor(
	snapshot: Pick<AssistantSnapshot, 'answers'>,
	slug: string,
	locale: string
): StoredAnswer | undefined {
	return (
		snapshot.answers.get(answerKey(slug, locale)) ??
		snapshot.answers.get(answerKey(slug, FALLBACK_LOCALE))
	);
}

const PLACEHOLDER_TEXT = new RegExp(
	Object.values(PLACEHOLDERS)
		.map((p) => p.replace(/[[\]-]/g, '\\$&'))
		.join('|'),
	'g'
);

/** What is matched: the question without personal data (a BSN or phone number is no topic word). */
export function matchableText(question: string): string {
	return scrubPersonalData(question).replace(PLACEHOLDER_TEXT, ' ');
}

export function answerFromSnapshot(
	snapshot: AssistantSnapshot,
	question: string,
	locale: string,
	options: MatchOptions = {}
): AssistantReply {
	const match = matchQuestion(snapshot.index, matchableText(question), options);
	const stored = match.topic ? storedAnswerFor(snapshot, match.topic, locale) : undefined;
	const suggestions = match.suggestions.filter((s) => storedAnswerFor(snapshot, s, locale));
	if (match.topic && stored) {
		return {
			kind: 'answered',
			topic: match.topic,
			title: stored.title,
			answer: stored.answer,
			nextStep: stored.nextStep,
			confidence: match.confidence,
			suggestions,
			handoff: false,
			outOfScope: false
		};
	}
	return {
		kind: match.outOfScope ? 'out_of_scope' : 'unsure',
		topic: null,
		title: null,
		answer: '',
		nextStep: null,
		confidence: match.confidence,
		suggestions,
		handoff: true,
		outOfScope: match.outOfScope
	};
}

/** A topic chosen directly (a suggestion or a starter question), as a reply. */
export function replyForTopic(
	snapshot: AssistantSnapshot,
	slug: string,
	locale: string
): AssistantReply | null {
	const stored = storedAnswerFor(snapshot, slug, locale);
	if (!stored) return null;
	return {
		kind: 'answered',
		topic: slug,
		title: stored.title,
		answer: stored.answer,
		nextStep: stored.nextStep,
		confidence: 1,
		suggestions: [],
		handoff: false,
		outOfScope: false
	};
}
