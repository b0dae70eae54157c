/**
 * Question → topic matching.
 *
 * Score of a topic = weighted sum of
 *   - the best phrasing/title similarity (cosine, word channel and n-gram channel mixed),
 *   - the similarity with the topic document (all phrasings and titles of all languages),
 *   - the best answer similarity.
 * mixed with the probability of a softmax classifier trained on the phrasings (classifier.ts).
 * Confidence is that final score (0..1).
 *
 * Out of scope (weather, football, poems …) is decided separately from the confidence: the share
 * of the question's content words that the index knows (exactly, by stem, by concept or by a
 * close spelling), a small out-of-domain lexicon, and a floor on the score.
 */
import { predictProba } from './classifier';
import {
	analyze,
	combine,
	fuzzyGrams,
	vectorize,
	type Analysis,
	type AssistantIndex,
	type SparseVector
} from './index';
import { buildTermMatcher } from './concepts';
import { OUT_OF_DOMAIN } from './ood';
import { stemsOf, type Token } from './text';

export interface MatchResult {
	/** slug of the answered topic, or null when the engine declines */
	topic: string | null;
	/** 0..1 */
	confidence: number;
	/** up to three other likely topics (best first); empty when out of scope */
	suggestions: string[];
	/** the question is not about this domain at all */
	outOfScope: boolean;
	debug?: {
		coverage: number;
		oodHit: string[];
		ranked: { slug: string; score: number }[];
	};
}

export interface MatchOptions {
	threshold?: number;
	debug?: boolean;
	/** scoring weights (defaults: SCORING) */
	scoring?: Partial<Scoring>;
}

export interface Scoring {
	/** share of the word channel in a unit's similarity (the rest is the n-gram channel) */
	wordChannel: number;
	/** weight of the best phrasing/title of the topic */
	best: number;
	/** weight of the second-best phrasing/title of the topic */
	second: number;
	/** weight of the topic document (all phrasings and titles) */
	topic: number;
	/** weight of the best answer text */
	answer: number;
	/** share of the classifier probability in the final score (the rest is similarity) */
	classifier: number;
	/** how much unknown question features weigh in the question's norm (0: ignored) */
	unknown: number;
}

/** Below this confidence the engine answers no topic (the UI offers the suggestions / a person). */
export const CONFIDENCE_THRESHOLD = 0.12;
/** Share of content words the index must know for an in-domain question. */
export const COVERAGE_MIN = 0.5;
/** With an out-of-domain lexicon hit, a topic needs at least this score to be answered. */
export const OOD_HIT_MIN_SCORE = 0.7;
/** Under this raw score a question is treated as out of scope whatever its coverage. */
export const OUT_OF_SCOPE_SCORE = 0.1;
/** Bigram Dice similarity at which an unknown word counts as a misspelling of a known one. */
export const FUZZY_MIN_DICE = 0.6;

export const SCORING: Scoring = {
	wordChannel: 0.55,
	best: 0.5,
	second: 0.1,
	topic: 0.25,
	answer: 0.3,
	classifier: 0.6,
	unknown: 0.5
};

const oodMatcher = buildTermMatcher(OUT_OF_DOMAIN);

export interface TopicScore {
	topic: number;
	score: number;
}

/** Ranked topic scores for an analysed question (best first). */
export function scoreTopics(
	index: AssistantIndex,
	a: Analysis,
	scoring: Scoring = SCORING
): TopicScore[] {
	const u = scoring.unknown;
	const qW = vectorize(a.words, index.features, index.idf, index.unknownIdf, u, a.conceptCovered);
	const qG = vectorize(a.grams, index.features, index.idf, index.unknownIdf, u, a.conceptCovered);
	const n = index.units.length;
	const sW = new Float64Array(n);
	const sG = new Float64Array(n);
	accumulate(qW, index.postingsW, sW);
	accumulate(qG, index.postingsG, sG);

	const T = index.topics.length;
	const best = new Float64Array(T);
	const second = new Float64Array(T);
	const topicDoc = new Float64Array(T);
	const answer = new Float64Array(T);
	const wW = scoring.wordChannel;
	for (let u = 0; u < n; u++) {
		const s = wW * sW[u] + (1 - wW) * sG[u];
		if (s === 0) continue;
		const unit = index.units[u];
		const t = unit.topic;
		if (unit.kind === 'topic') topicDoc[t] = s;
		else if (unit.kind === 'answer') answer[t] = Math.max(answer[t], s);
		else if (s > best[t]) {
			second[t] = best[t];
			best[t] = s;
		} else if (s > second[t]) second[t] = s;
	}
	const probs =
		index.classifier && scoring.classifier > 0
			? predictProba(index.classifier, combine(qW, qG, index.options.classifierWordShare))
			: null;
	const lambda = probs ? scoring.classifier : 0;
	const out: TopicScore[] = [];
	for (let t = 0; t < T; t++) {
		const sim =
			scoring.best * best[t] +
			scoring.second * second[t] +
			scoring.topic * topicDoc[t] +
			scoring.answer * answer[t];
		out.push({ topic: t, score: (1 - lambda) * sim + lambda * (probs ? probs[t] : 0) });
	}
	out.sort((x, y) => y.score - x.score);
	return out;
}

function accumulate(q: SparseVector, postings: Map<number, Float32Array>, acc: Float64Array) {
	for (let i = 0; i < q.ids.length; i++) {
		const list = postings.get(q.ids[i]);
		if (!list) continue;
		const qv = q.vals[i];
		for (let j = 0; j < list.length; j += 2) acc[list[j]] += qv * list[j + 1];
	}
}

/** Share (0..1) of the question's content words that the index knows. */
export function vocabularyCoverage(index: AssistantIndex, tokens: Token[]): number {
	const content = tokens.filter((t) => !t.weak);
	if (content.length === 0) return 0;
	let known = 0;
	for (const tok of content) known += tokenKnown(index, tok);
	return known / content.length;
}

function tokenKnown(index: AssistantIndex, tok: Token): number {
	let best = 0;
	for (const s of stemsOf(tok)) best = Math.max(best, index.vocabulary.get('w:' + s) ?? 0);
	if (best >= 1) return 1;
	if (index.concepts.match([tok]).size > 0) return 1;
	// Close spelling (typo): bigram Dice against the index's surface vocabulary.
	const grams = fuzzyGrams(tok.text);
	if (grams.size >= 3) {
		const overlap = new Map<number, number>();
		for (const g of grams) {
			const list = index.gramToTokens.get(g);
			if (!list) continue;
			for (const id of list) overlap.set(id, (overlap.get(id) ?? 0) + 1);
		}
		for (const [id, o] of overlap) {
			const dice = (2 * o) / (grams.size + index.tokenGramCount[id]);
			if (dice >= FUZZY_MIN_DICE)
				best = Math.max(best, 0.8 * index.tokenVocabWeight[id] * Math.min(1, dice / 0.8));
		}
	}
	return best;
}

export function matchQuestion(
	index: AssistantIndex,
	question: string,
	options: MatchOptions = {}
): MatchResult {
	const threshold = options.threshold ?? CONFIDENCE_THRESHOLD;
	const a = analyze(String(question ?? '').slice(0, 1000), index.concepts, index.options);
	const scoring = { ...SCORING, ...options.scoring };
	// Nothing to go on (empty, punctuation, only stop/question words): no answer, no suggestions,
	// and not "out of scope" either; the UI asks to rephrase.
	if (!a.content.some((t) => !t.weak) || index.topics.length === 0) {
		const empty: MatchResult = { topic: null, confidence: 0, suggestions: [], outOfScope: false };
		if (options.debug) empty.debug = { coverage: 0, oodHit: [], ranked: [] };
		return empty;
	}
	const ranked = scoreTopics(index, a, scoring);
	const coverage = vocabularyCoverage(index, a.content);
	const oodHit = [...oodMatcher.match(a.tokens)];

	const top = ranked[0];
	const raw = top ? top.score : 0;
	const confidence = clamp01(raw);

	const outOfScope =
		!top ||
		raw < OUT_OF_SCOPE_SCORE ||
		coverage < COVERAGE_MIN ||
		(oodHit.length > 0 && raw < OOD_HIT_MIN_SCORE);
	const answered = !outOfScope && confidence >= threshold;
	const slugs = ranked.filter((r) => r.score > 0).map((r) => index.topics[r.topic]);

	const result: MatchResult = {
		topic: answered ? slugs[0] : null,
		confidence: Math.round(confidence * 1000) / 1000,
		suggestions: outOfScope ? [] : slugs.slice(answered ? 1 : 0, answered ? 4 : 3),
		outOfScope
	};
	if (options.debug)
		result.debug = {
			coverage,
			oodHit,
			ranked: ranked
				.slice(0, 5)
				.map((r) => ({ slug: index.topics[r.topic], score: Math.round(r.score * 1000) / 1000 }))
		};
	return result;
}

function clamp01(x: number): number {
	return x < 0 ? 0 : x > 1 ? 1 : x;
}
