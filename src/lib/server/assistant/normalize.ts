/**
 * Per-language text normalisation for the FAQ assistant.
 *
 * The engine works on mixed text (Dutch words inside Arabic or Tigrinya questions are normal),
 * so `normalizeText` applies every rule by script, character by character. The per-language
 * functions are exported for callers and specs that know the script.
 */

export type Script = 'latin' | 'arabic' | 'geez' | 'other';

/** Zero-width characters, bidi controls and byte-order marks. */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export function stripInvisible(text: string): string {
	return text.replace(INVISIBLE, '');
}

// --- Arabic -----------------------------------------------------------------------------------

/** Harakat, tanwin, shadda, sukun, maddah/hamza marks, superscript alef and Quranic annotation marks. */
const ARABIC_DIACRITICS =
	/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const TATWEEL = /\u0640/g;

const ARABIC_LETTER_MAP: Record<string, string> = {
	'\u0623': '\u0627', // أ → ا
	'\u0625': '\u0627', // إ → ا
	'\u0622': '\u0627', // آ → ا
	'\u0671': '\u0627', // ٱ → ا
	'\u0672': '\u0627',
	'\u0673': '\u0627',
	'\u0624': '\u0648', // ؤ → و
	'\u0626': '\u064A', // ئ → ي
	'\u0629': '\u0647', // ة → ه
	'\u0649': '\u064A', // ى → ي
	'\u06CC': '\u064A', // Persian yeh → ي
	'\u06D2': '\u064A',
	'\u06A9': '\u0643', // Persian keheh → ك
	'\u06C0': '\u0647'
};
const ARABIC_LETTERS = new RegExp(`[${Object.keys(ARABIC_LETTER_MAP).join('')}]`, 'g');

/** Arabic-Indic (U+0660..) and Extended/Persian (U+06F0..) digits to ASCII. */
export function asciiDigits(text: string): string {
	return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
		const cp = d.codePointAt(0)!;
		return String(cp >= 0x06f0 ? cp - 0x06f0 : cp - 0x0660);
	});
}

/** Arabic-specific folding: diacritics, tatweel, alef/hamza/taa marbuta/alef maqsura, digits. */
export function normalizeArabic(text: string): string {
	let t = stripInvisible(text).normalize('NFC');
	t = t.replace(ARABIC_DIACRITICS, '').replace(TATWEEL, '');
	t = t.replace(ARABIC_LETTERS, (c) => ARABIC_LETTER_MAP[c]);
	t = asciiDigits(t);
	// Arabic punctuation (، ؛ ؟ ٪ ٫ ٬ ۔) and everything else that is punctuation/symbol.
	t = t.replace(/[\p{P}\p{S}]/gu, ' ');
	return collapse(t);
}

// --- Latin ------------------------------------------------------------------------------------

/** NFKD accent folding, lower-case, punctuation to space. */
export function normalizeLatin(text: string): string {
	let t = stripInvisible(text).normalize('NFKD').replace(/\p{M}/gu, '');
	t = t.toLowerCase().replace(/ß/g, 'ss');
	t = t.replace(/[\p{P}\p{S}]/gu, ' ');
	return collapse(t);
}

// --- Ge'ez (Tigrinya, Amharic) -----------------------------------------------------------------

/** Ethiopic wordspace, full stop, comma, semicolon, colon, preface colon, question mark, paragraph. */
const GEEZ_PUNCT = /[\u1360-\u1368]/g;

/** Keeps the script; NFC; folds Ethiopic and common punctuation to space. */
export function normalizeGeez(text: string): string {
	let t = stripInvisible(text).normalize('NFC');
	t = t.replace(GEEZ_PUNCT, ' ').replace(/[\p{P}\p{S}]/gu, ' ');
	return collapse(t.toLowerCase());
}

// --- Mixed ------------------------------------------------------------------------------------

/**
 * Script-aware normalisation of arbitrary (mixed-language) text. Arabic rules, Latin accent
 * folding and lower-casing, Ge'ez kept as is (NFC), all punctuation (incl. ፡ ። ፣ ፤ ፧ ؟ ،) to
 * space, invisible characters removed, whitespace collapsed.
 */
export function normalizeText(text: string): string {
	let t = stripInvisible(text).normalize('NFC');
	t = t.replace(TATWEEL, '').replace(ARABIC_LETTERS, (c) => ARABIC_LETTER_MAP[c]);
	t = asciiDigits(t);
	// NFKD + mark removal strips Latin accents and Arabic harakat alike; Ge'ez has no decompositions
	// (only the rare combining marks U+135D-135F disappear). Recompose afterwards.
	t = t
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(ARABIC_LETTERS, (c) => ARABIC_LETTER_MAP[c]);
	t = t.toLowerCase().replace(/ß/g, 'ss');
	t = t.replace(GEEZ_PUNCT, ' ').replace(/[\p{P}\p{S}]/gu, ' ');
	return collapse(t.normalize('NFC'));
}

/** Normalisation for text known to be in one locale (falls back to the mixed rules). */
export function normalizeForLocale(text: string, locale: string): string {
	switch (locale) {
		case 'ar':
			return normalizeText(normalizeArabic(text));
		case 'ti':
			return normalizeText(normalizeGeez(text));
		default:
			return normalizeText(text);
	}
}

export function scriptOf(ch: string): Script {
	const cp = ch.codePointAt(0)!;
	if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a))
		return 'latin';
	if (cp >= 0xc0 && cp <= 0x24f) return 'latin';
	if (
		(cp >= 0x0600 && cp <= 0x06ff) ||
		(cp >= 0x0750 && cp <= 0x077f) ||
		(cp >= 0xfb50 && cp <= 0xfeff)
	)
		return 'arabic';
	if (
		(cp >= 0x1200 && cp <= 0x139f) ||
		(cp >= 0x2d80 && cp <= 0x2ddf) ||
		(cp >= 0xab00 && cp <= 0xab2f)
	)
		return 'geez';
	return 'other';
}

function collapse(t: string): string {
	return t.replace(/\s+/g, ' ').trim();
}
