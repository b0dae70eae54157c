/**
 * The retrieval index: TF-IDF vectors over two channels for every phrasing, title and answer of
 * every topic in every language, plus one aggregated "topic" document of all phrasings/titles.
 *
 *  - word channel: stems (Snowball nl/en/ar, light Arabic stem, Ge'ez surface + consonant skeleton)
 *    plus cross-language concept ids (synonyms.ts);
 *  - n-gram channel: character 3/4-grams (Latin, Arabic) and syllable/skeleton 2/3-grams (Ge'ez).
 *
 * IDF is computed over topics (a feature found in every topic is worthless), vectors are
 * L2-normalised per channel, and the question is scored with sparse dot products through an
 * inverted index. The index is plain data; build it once and reuse it.
 */
import { CONCEPTS } from './synonyms';
import { buildTermMatcher, type TermMatcher } from './concepts';
import {
	trainSoftmax,
	type SoftmaxClassifier,
	type TrainingExample,
	type TrainOptions
} from './classifier';
import { contentTokens, ngramsOf, plainAnswer, stemsOf, tokenize, type Token } from './text';

export interface AssistantRecord {
	slug: string;
	locale: string;
	title: string;
	answer: string;
	phrasings: string[];
}

export type UnitKind = 'phrasing' | 'title' | 'answer' | 'topic';

export interface SparseVector {
	ids: Int32Array;
	vals: Float32Array;
}

export interface Unit {
	topic: number;
	locale: string;
	kind: UnitKind;
	text: string;
}

export interface Analysis {
	tokens: Token[];
	content: Token[];
	concepts: Set<string>;
	words: Map<string, number>;
	grams: Map<string, number>;
	/** features of tokens that matched a concept: not penalised when the index lacks them */
	conceptCovered: Set<string>;
}

export interface AssistantIndex {
	topics: string[];
	units: Unit[];
	/** feature → id */
	features: Map<string, number>;
	idf: Float32Array;
	/** idf for features the index has never seen */
	unknownIdf: number;
	/** per channel: feature id → [unit, weight, unit, weight, …] */
	postingsW: Map<number, Float32Array>;
	postingsG: Map<number, Float32Array>;
	/** word features seen in phrasings/titles (1) or only in answers (0.5) */
	vocabulary: Map<string, number>;
	/** n-gram → surface tokens of the index (for typo-tolerant vocabulary look-up) */
	gramToTokens: Map<string, number[]>;
	tokenGramCount: number[];
	tokenVocabWeight: number[];
	/** per locale: number of topics that have records */
	locales: Record<string, number>;
	concepts: TermMatcher;
	/** softmax classifier trained on the phrasings (null when disabled) */
	classifier: SoftmaxClassifier | null;
	options: Required<IndexOptions>;
	builtAt: number;
}

export interface IndexOptions {
	/** weight of a concept match relative to a stem match in the word channel */
	conceptWeight?: number;
	/** weight of question words ("when", "how much") relative to content words */
	weakWeight?: number;
	/** share of the word channel in the classifier's input (the rest is n-grams) */
	classifierWordShare?: number;
	/** sample weight of answers when training the classifier (phrasings and titles: 1) */
	answerSampleWeight?: number;
	/** index answers whole or per sentence (a sentence matches a specific sub-question better) */
	answerUnits?: 'whole' | 'sentence';
	/** train the classifier (false: similarity only) */
	classifier?: boolean;
	train?: TrainOptions;
}

export const DEFAULT_INDEX_OPTIONS: Required<IndexOptions> = {
	conceptWeight: 1,
	weakWeight: 1,
	classifierWordShare: 1,
	answerSampleWeight: 0.3,
	answerUnits: 'sentence',
	classifier: true,
	train: { epochs: 12, learningRate: 3, l2: 1e-4, seed: 12345 }
};

const conceptMatcher = buildTermMatcher(CONCEPTS);

/** Tokens, concepts and raw term frequencies for both channels. */
export function analyze(
	text: string,
	matcher: TermMatcher = conceptMatcher,
	options: Pick<Required<IndexOptions>, 'conceptWeight' | 'weakWeight'> = DEFAULT_INDEX_OPTIONS
): Analysis {
	const tokens = tokenize(text);
	const content = contentTokens(tokens);
	const words = new Map<string, number>();
	const grams = new Map<string, number>();
	const conceptCovered = new Set<string>();
	for (const tok of content) {
		const w = tok.weak ? options.weakWeight : 1;
		const inConcept = !tok.weak && matcher.match([tok]).size > 0;
		for (const s of stemsOf(tok)) {
			words.set('w:' + s, (words.get('w:' + s) ?? 0) + w);
			if (inConcept) conceptCovered.add('w:' + s);
		}
		if (tok.weak) continue;
		for (const g of ngramsOf(tok)) {
			grams.set(g, (grams.get(g) ?? 0) + 1);
			if (inConcept) conceptCovered.add(g);
		}
	}
	const concepts = matcher.match(tokens);
	for (const c of concepts) words.set('c:' + c, (words.get('c:' + c) ?? 0) + options.conceptWeight);
	return { tokens, content, concepts, words, grams, conceptCovered };
}

export function buildIndex(
	records: AssistantRecord[],
	indexOptions: IndexOptions = {}
): AssistantIndex {
	const options: Required<IndexOptions> = { ...DEFAULT_INDEX_OPTIONS, ...indexOptions };
	const topics = [...new Set(records.map((r) => r.slug))].sort();
	const topicIdx = new Map(topics.map((t, i) => [t, i]));
	const units: Unit[] = [];
	const analyses: Analysis[] = [];
	const locales: Record<string, number> = {};

	const topicText = new Map<number, string[]>();
	for (const r of records) {
		const t = topicIdx.get(r.slug)!;
		locales[r.locale] = (locales[r.locale] ?? 0) + 1;
		const add = (kind: UnitKind, text: string) => {
			if (!text || !text.trim()) return;
			units.push({ topic: t, locale: r.locale, kind, text });
			analyses.push(analyze(text, conceptMatcher, options));
		};
		if (r.title) add('title', r.title);
		for (const p of r.phrasings ?? []) add('phrasing', p);
		if (r.answer) {
			const plain = plainAnswer(r.answer);
			if (options.answerUnits === 'sentence')
				for (const sentence of splitSentences(plain)) add('answer', sentence);
			else add('answer', plain);
		}
		const list = topicText.get(t) ?? [];
		list.push(r.title ?? '', ...(r.phrasings ?? []));
		topicText.set(t, list);
	}
	for (const [t, list] of topicText) {
		units.push({ topic: t, locale: '*', kind: 'topic', text: list.join(' \n ') });
		analyses.push(analyze(list.join(' \n '), conceptMatcher, options));
	}

	// Features and document frequency over topics.
	const features = new Map<string, number>();
	const dfSets: Set<number>[] = [];
	const vocabulary = new Map<string, number>();
	const surface = new Map<string, number>(); // surface token → vocab weight
	analyses.forEach((a, i) => {
		const u = units[i];
		const weight = u.kind === 'answer' ? 0.5 : 1;
		for (const key of [...a.words.keys(), ...a.grams.keys()]) {
			let id = features.get(key);
			if (id === undefined) {
				id = features.size;
				features.set(key, id);
				dfSets.push(new Set());
			}
			dfSets[id].add(u.topic);
			if (key.startsWith('w:') || key.startsWith('c:'))
				vocabulary.set(key, Math.max(vocabulary.get(key) ?? 0, weight));
		}
		for (const tok of a.content) {
			if (tok.weak) continue;
			surface.set(tok.text, Math.max(surface.get(tok.text) ?? 0, weight));
		}
	});
	const N = Math.max(topics.length, 1);
	const idf = new Float32Array(features.size);
	dfSets.forEach((s, id) => (idf[id] = Math.log(1 + N / s.size)));
	const unknownIdf = Math.log(1 + N);

	// Vectors and postings.
	const postW = new Map<number, number[]>();
	const postG = new Map<number, number[]>();
	const examples: TrainingExample[] = [];
	analyses.forEach((a, ui) => {
		const vw = vectorize(a.words, features, idf, unknownIdf);
		const vg = vectorize(a.grams, features, idf, unknownIdf);
		addPostings(postW, vw, ui);
		addPostings(postG, vg, ui);
		const u = units[ui];
		if (u.kind === 'topic') return;
		const w = u.kind === 'answer' ? options.answerSampleWeight : 1;
		if (w > 0) examples.push({ x: combine(vw, vg, options.classifierWordShare), y: u.topic, w });
	});
	const classifier = options.classifier
		? trainSoftmax(examples, features.size, topics.length, options.train)
		: null;

	// Surface vocabulary for fuzzy look-up.
	const gramToTokens = new Map<string, number[]>();
	const tokenGramCount: number[] = [];
	const tokenVocabWeight: number[] = [];
	let ti = 0;
	for (const [tok, w] of surface) {
		const grams = fuzzyGrams(tok);
		tokenGramCount.push(grams.size);
		tokenVocabWeight.push(w);
		for (const g of grams) {
			let l = gramToTokens.get(g);
			if (!l) gramToTokens.set(g, (l = []));
			l.push(ti);
		}
		ti++;
	}

	return {
		topics,
		units,
		features,
		idf,
		unknownIdf,
		postingsW: freeze(postW),
		postingsG: freeze(postG),
		vocabulary,
		gramToTokens,
		tokenGramCount,
		tokenVocabWeight,
		locales,
		concepts: conceptMatcher,
		classifier,
		options,
		builtAt: Date.now()
	};
}

/**
 * TF-IDF, (1 + ln tf) damping, L2-normalised. Features the index does not know add
 * `unknownWeight`² · idf² to the norm (a question full of unknown words gets a low similarity),
 * except those listed in `forgive` (tokens already recognised through a concept).
 */
export function vectorize(
	tf: Map<string, number>,
	features: Map<string, number>,
	idf: Float32Array,
	unknownIdf: number,
	unknownWeight = 0,
	forgive?: Set<string>
): SparseVector {
	const ids: number[] = [];
	const vals: number[] = [];
	let norm = 0;
	for (const [key, f] of tf) {
		const w = f >= 1 ? 1 + Math.log(f) : f;
		const id = features.get(key);
		if (id === undefined) {
			if (unknownWeight > 0 && !forgive?.has(key)) norm += (w * unknownIdf * unknownWeight) ** 2;
			continue;
		}
		const v = w * idf[id];
		ids.push(id);
		vals.push(v);
		norm += v * v;
	}
	norm = Math.sqrt(norm) || 1;
	return { ids: Int32Array.from(ids), vals: Float32Array.from(vals.map((v) => v / norm)) };
}

/** Sentences of an answer (Latin/Arabic/Ge'ez full stops, question marks, semicolons, line breaks). */
export function splitSentences(text: string): string[] {
	return text
		.split(/(?<=[.!?؟።;؛])\s+|\n+|[።]/)
		.map((t) => t.trim())
		.filter((t) => t.split(/\s+/).length >= 3);
}

/** Concatenates the two channels (their feature ids are disjoint) with the given word share. */
export function combine(w: SparseVector, g: SparseVector, wordShare: number): SparseVector {
	const useW = wordShare > 0;
	const useG = wordShare < 1;
	const nW = useW ? w.ids.length : 0;
	const nG = useG ? g.ids.length : 0;
	const ids = new Int32Array(nW + nG);
	const vals = new Float32Array(nW + nG);
	for (let i = 0; i < nW; i++) {
		ids[i] = w.ids[i];
		vals[i] = w.vals[i] * wordShare;
	}
	for (let i = 0; i < nG; i++) {
		ids[nW + i] = g.ids[i];
		vals[nW + i] = g.vals[i] * (1 - wordShare);
	}
	return { ids, vals };
}

function addPostings(post: Map<number, number[]>, v: SparseVector, unit: number) {
	for (let i = 0; i < v.ids.length; i++) {
		let l = post.get(v.ids[i]);
		if (!l) post.set(v.ids[i], (l = []));
		l.push(unit, v.vals[i]);
	}
}

function freeze(m: Map<number, number[]>): Map<number, Float32Array> {
	const out = new Map<number, Float32Array>();
	for (const [k, v] of m) out.set(k, Float32Array.from(v));
	return out;
}

/** Bigram set with boundaries, used only for fuzzy vocabulary look-up. */
export function fuzzyGrams(tok: string): Set<string> {
	const chars = ['#', ...tok, '#'];
	const out = new Set<string>();
	for (let i = 0; i + 2 <= chars.length; i++) out.add(chars[i] + chars[i + 1]);
	return out;
}
