/**
 * Tokenising, stemming and feature extraction.
 *
 * Every token yields two kinds of features:
 *  - word features (`w:`): Snowball stems (Dutch and English for Latin tokens, because questions
 *    mix the two), a light Arabic stem plus the Snowball Arabic stem, and for Ge'ez the surface
 *    form plus a consonant skeleton (vowel order removed);
 *  - character n-gram features (`g:`): 3- and 4-grams for Latin/Arabic, 2- and 3-grams of the
 *    syllables and of the consonant skeleton for Ge'ez. They are the typo-tolerant, stemmer-free
 *    channel (and the main channel for Tigrinya).
 */
import { arabicStemmer, dutchStemmer, englishStemmer } from './stemmers';
import { normalizeText, scriptOf, type Script } from './normalize';
import { isStopword, WEAK_WORDS } from './stopwords';

export interface Token {
	/** normalised surface form */
	text: string;
	script: Script;
	stop: boolean;
	weak: boolean;
}

const dutch = dutchStemmer;
const english = englishStemmer;
const arabic = arabicStemmer;

/** Split normalised text into tokens, also at script changes ("الbijstand" → "ال", "bijstand"). */
export function tokenize(text: string, alreadyNormalized = false): Token[] {
	const norm = alreadyNormalized ? text : normalizeText(text);
	const out: Token[] = [];
	for (const word of norm.split(' ')) {
		if (!word) continue;
		let cur = '';
		let curScript: Script | null = null;
		for (const ch of word) {
			const s = scriptOf(ch);
			if (curScript !== null && s !== curScript) {
				push(cur, curScript);
				cur = '';
			}
			cur += ch;
			curScript = s;
		}
		if (curScript !== null) push(cur, curScript);
	}
	return out;

	function push(t: string, script: Script) {
		if (!t) return;
		out.push({ text: t, script, stop: isStopword(t), weak: WEAK_WORDS.has(t) });
	}
}

// --- Arabic light stemming ----------------------------------------------------------------------

const AR_PREFIXES = ['وبال', 'وال', 'بال', 'كال', 'فال', 'ولل', 'لل', 'ال'];
const AR_SUFFIXES = [
	'هما',
	'كما',
	'كم',
	'هم',
	'هن',
	'ها',
	'نا',
	'ني',
	'ات',
	'ون',
	'ين',
	'ان',
	'يه',
	'ه',
	'ي',
	'ك',
	'ا' // alef left over from tanwin fatha: سكنا → سكن
];

/** Removes the article (with a glued conjunction/preposition). */
export function stripArabicArticle(t: string): string {
	for (const p of AR_PREFIXES)
		if (t.startsWith(p) && t.length - p.length >= 2) return t.slice(p.length);
	if ((t[0] === 'و' || t[0] === 'ف') && t.length >= 5) return t.slice(1);
	return t;
}

/** Light stem: article/conjunction off, then one pronoun/plural suffix off (keeping ≥ 3 letters). */
export function arabicLightStem(t: string): string {
	let s = stripArabicArticle(t);
	for (const suf of AR_SUFFIXES) {
		if (s.endsWith(suf) && s.length - suf.length >= 3) {
			s = s.slice(0, -suf.length);
			break;
		}
	}
	return s;
}

// --- Ge'ez consonant skeleton -------------------------------------------------------------------

/** Letters that Tigrinya writers interchange or that alternate by morphology (k/kx, q/qh, s/ś, ts/ṣ, h/ḫ). */
const GEEZ_ROW_FOLD: Record<number, number> = {
	0x1220: 0x1230, // ሠ → ሰ
	0x1340: 0x1338, // ፀ → ጸ
	0x1280: 0x1210, // ኀ → ሐ
	0x12b8: 0x12a8, // ኸ → ከ
	0x1250: 0x1240, // ቐ → ቀ
	0x12d0: 0x12a0, // ዐ → አ (glottal stops, often confused)
	0x1200: 0x1210 // ሀ → ሐ
};

/** Maps each Ge'ez syllable to the first order of its row: ይሕተት → የሐተተ, ሓተተ → ሐተተ. */
export function geezSkeleton(t: string): string {
	let out = '';
	for (const ch of t) {
		const cp = ch.codePointAt(0)!;
		if (cp >= 0x1200 && cp <= 0x135a) {
			let base = cp - ((cp - 0x1200) % 8);
			base = GEEZ_ROW_FOLD[base] ?? base;
			out += String.fromCodePoint(base);
		} else out += ch;
	}
	return out;
}

// --- stems ----------------------------------------------------------------------------------------

const stemCache = new Map<string, string[]>();

/** Word-level stems of one (non-stop) token. */
export function stemsOf(token: Token): string[] {
	const key = token.script + ':' + token.text;
	const cached = stemCache.get(key);
	if (cached) return cached;
	const t = token.text;
	const set = new Set<string>();
	switch (token.script) {
		case 'latin':
			if (/^\d+$/.test(t)) set.add(t);
			else {
				set.add(dutch.stem(t));
				set.add(english.stem(t));
			}
			break;
		case 'arabic': {
			set.add(arabicLightStem(t));
			const sb = arabic.stem(t);
			if (sb.length >= 2) set.add(sb);
			break;
		}
		case 'geez':
			set.add(t);
			set.add('~' + geezSkeleton(t));
			break;
		default:
			set.add(t);
	}
	const arr = [...set];
	if (stemCache.size > 50_000) stemCache.clear();
	stemCache.set(key, arr);
	return arr;
}

/** Character n-grams of a token with word-boundary markers. */
export function ngramsOf(token: Token): string[] {
	const grams: string[] = [];
	if (token.script === 'geez') {
		addGrams(grams, [...token.text], [2, 3], '');
		addGrams(grams, [...geezSkeleton(token.text)], [2, 3], '~');
		return grams;
	}
	if (/^\d+$/.test(token.text)) return grams;
	const base = token.script === 'arabic' ? stripArabicArticle(token.text) : token.text;
	addGrams(grams, [...base], [3, 4], '');
	return grams;
}

function addGrams(out: string[], chars: string[], sizes: number[], tag: string) {
	const padded = ['#', ...chars, '#'];
	const len = padded.length;
	for (const n of sizes) {
		if (len < n) {
			if (n === sizes[0]) out.push(tag + padded.join(''));
			continue;
		}
		for (let i = 0; i + n <= len; i++) {
			let g = tag;
			for (let j = i; j < i + n; j++) g += padded[j];
			out.push(g);
		}
	}
}

/** Content tokens: no stop words, no 1-letter Latin/Arabic leftovers. */
export function contentTokens(tokens: Token[]): Token[] {
	return tokens.filter(
		(t) => !t.stop && (t.script === 'geez' || t.text.length > 1 || /\d/.test(t.text))
	);
}

/** Plain text of an answer: markdown bold and link targets removed. */
export function plainAnswer(md: string): string {
	return md
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/https?:\/\/\S+/g, ' ')
		.replace(/[*_`#>]+/g, ' ');
}
