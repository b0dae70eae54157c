/**
 * Matches tokens against the cross-language concept groups of synonyms.ts (and against any other
 * term list with the same shape, e.g. the out-of-domain lexicon).
 *
 * A term token and a text token meet when they share a key:
 *  - Latin: the surface form or its Dutch/English Snowball stem;
 *  - Arabic: the form without article, or its light stem;
 *  - Ge'ez: the consonant skeleton, allowing up to two prefix/suffix syllables on the text side
 *    (Tigrinya glues prepositions and possessives to the word: ንቆጸራ, ቆጸራይ).
 */
import { dutchStemmer, englishStemmer } from './stemmers';
import { normalizeText } from './normalize';
import { arabicLightStem, geezSkeleton, stripArabicArticle, tokenize, type Token } from './text';

const dutch = dutchStemmer;
const english = englishStemmer;

function termKeys(tok: Token): string[] {
	switch (tok.script) {
		case 'latin':
			return uniq(['L' + tok.text, 'L' + dutch.stem(tok.text), 'L' + english.stem(tok.text)]);
		case 'arabic':
			return uniq([
				'A' + stripArabicArticle(tok.text),
				'A' + arabicLightStem(tok.text),
				'A' + tok.text
			]);
		case 'geez':
			return ['G' + geezSkeleton(tok.text)];
		default:
			return ['O' + tok.text];
	}
}

const candidateCache = new Map<string, string[]>();

function candidateKeys(tok: Token): string[] {
	const cacheKey = tok.script + ':' + tok.text;
	let keys = candidateCache.get(cacheKey);
	if (!keys) {
		keys = computeCandidateKeys(tok);
		if (candidateCache.size > 50_000) candidateCache.clear();
		candidateCache.set(cacheKey, keys);
	}
	return keys;
}

function computeCandidateKeys(tok: Token): string[] {
	if (tok.script !== 'geez') return termKeys(tok);
	const s = [...geezSkeleton(tok.text)];
	const out = new Set<string>(['G' + s.join('')]);
	for (let pre = 0; pre <= 2; pre++) {
		for (let suf = 0; suf <= 2; suf++) {
			const len = s.length - pre - suf;
			if (len < 2 || pre + suf === 0) continue;
			if (len === 2 && pre + suf > 1) continue;
			out.add('G' + s.slice(pre, s.length - suf).join(''));
		}
	}
	return [...out];
}

function uniq(a: string[]): string[] {
	return [...new Set(a)];
}

export interface TermMatcher {
	/** ids of all groups whose terms occur in the token sequence */
	match(tokens: Token[]): Set<string>;
}

export function buildTermMatcher(groups: Record<string, string[]>): TermMatcher {
	const single = new Map<string, Set<string>>();
	/** phrases indexed by the keys of their first token */
	const phrasesByFirst = new Map<string, { id: string; keys: Set<string>[] }[]>();
	for (const [id, terms] of Object.entries(groups)) {
		for (const term of terms) {
			const toks = tokenize(normalizeText(term), true);
			if (toks.length === 0) continue;
			if (toks.length === 1) {
				for (const k of termKeys(toks[0])) {
					let set = single.get(k);
					if (!set) single.set(k, (set = new Set()));
					set.add(id);
				}
				continue;
			}
			const phrase = { id, keys: toks.map((t) => new Set(termKeys(t))) };
			for (const k of phrase.keys[0]) {
				let list = phrasesByFirst.get(k);
				if (!list) phrasesByFirst.set(k, (list = []));
				list.push(phrase);
			}
		}
	}
	return {
		match(tokens: Token[]): Set<string> {
			const found = new Set<string>();
			const cands = tokens.map(candidateKeys);
			for (let i = 0; i < tokens.length; i++) {
				for (const k of cands[i]) {
					if (!tokens[i].stop) {
						const ids = single.get(k);
						if (ids) for (const id of ids) found.add(id);
					}
					const phrases = phrasesByFirst.get(k);
					if (!phrases) continue;
					next: for (const p of phrases) {
						if (found.has(p.id) || i + p.keys.length > tokens.length) continue;
						for (let j = 1; j < p.keys.length; j++) {
							if (!cands[i + j].some((c) => p.keys[j].has(c))) continue next;
						}
						found.add(p.id);
					}
				}
			}
			return found;
		}
	};
}
