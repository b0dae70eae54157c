import { describe, expect, it } from 'vitest';
import {
	arabicLightStem,
	contentTokens,
	geezSkeleton,
	ngramsOf,
	plainAnswer,
	stemsOf,
	tokenize
} from './text';
import { isStopword } from './stopwords';
import { buildTermMatcher } from './concepts';

describe('tokenize', () => {
	it('splits at whitespace and at script changes', () => {
		const toks = tokenize('هل لازم رجع الvoorschot؟');
		expect(toks.map((t) => t.text)).toEqual(['هل', 'لازم', 'رجع', 'ال', 'voorschot']);
		expect(toks.map((t) => t.script)).toEqual(['arabic', 'arabic', 'arabic', 'arabic', 'latin']);
	});
	it('marks stop words and question words', () => {
		const toks = tokenize('Hoe vraag ik de bijstand aan?');
		expect(toks.find((t) => t.text === 'ik')!.stop).toBe(true);
		expect(toks.find((t) => t.text === 'hoe')!.weak).toBe(true);
		expect(toks.find((t) => t.text === 'bijstand')!.stop).toBe(false);
		expect(contentTokens(toks).map((t) => t.text)).toEqual(['hoe', 'vraag', 'bijstand']);
	});
	it('has stop words in all four languages', () => {
		for (const w of ['het', 'the', 'في', 'ናይ', 'وهل']) expect(isStopword(w)).toBe(true);
		for (const w of ['uitkering', 'benefit', 'موعد', 'ቆጸራ']) expect(isStopword(w)).toBe(false);
	});
});

describe('stemming', () => {
	const stems = (w: string) => stemsOf(tokenize(w)[0]);
	it('uses Snowball for Dutch and English', () => {
		expect(stems('uitkeringen')).toContain(stems('uitkering')[0]);
		expect(stems('appointments')).toEqual(expect.arrayContaining(stems('appointment')));
	});
	it('light-stems Arabic (article, conjunction, suffixes)', () => {
		expect(arabicLightStem('والمساعدات')).toBe('مساعد');
		expect(arabicLightStem('موعدي')).toBe('موعد');
		expect(stems('المواعيد')).toContain('مواعيد');
	});
	it("maps Ge'ez syllables to a consonant skeleton", () => {
		// ይሕተት (is asked) and ሓተተ (asked) share the root ሕ-ት-ት
		expect(geezSkeleton('ይሕተት').endsWith(geezSkeleton('ሓተተ'))).toBe(true);
		// k/kx alternation: ክኸፍል vs ከፈለ
		expect(geezSkeleton('ክኸፍል').endsWith(geezSkeleton('ከፈለ'))).toBe(true);
		expect(stems('ቆጸራ')).toEqual(['ቆጸራ', '~' + geezSkeleton('ቆጸራ')]);
	});
});

describe('n-grams', () => {
	it('produces 3/4-grams with boundaries for Latin', () => {
		const g = ngramsOf(tokenize('taal')[0]);
		expect(g).toEqual(['#ta', 'taa', 'aal', 'al#', '#taa', 'taal', 'aal#']);
	});
	it("produces syllable and skeleton 2/3-grams for Ge'ez", () => {
		const g = ngramsOf(tokenize('ገዛ')[0]);
		expect(g).toContain('ገዛ');
		expect(g).toContain('#ገዛ');
		expect(g.some((x) => x.startsWith('~'))).toBe(true);
	});
	it('ignores the Arabic article in n-grams', () => {
		expect(ngramsOf(tokenize('الموعد')[0])).toEqual(ngramsOf(tokenize('موعد')[0]));
	});
});

describe('concept matcher', () => {
	const m = buildTermMatcher({
		appointment: ['afspraak', 'appointment', 'موعد', 'ቆጸራ'],
		rent: ['rent allowance']
	});
	it('matches across languages, inflections and glued prefixes', () => {
		expect(m.match(tokenize('mijn afspraken')).has('appointment')).toBe(true);
		expect(m.match(tokenize('موعدي')).has('appointment')).toBe(true);
		expect(m.match(tokenize('ንቆጸራይ')).has('appointment')).toBe(true);
		expect(m.match(tokenize('Can I get rent allowance?')).has('rent')).toBe(true);
		expect(m.match(tokenize('rent')).has('rent')).toBe(false);
	});
});

describe('plainAnswer', () => {
	it('drops markdown and URLs', () => {
		expect(plainAnswer('Ga naar **werk.nl** of [DigiD](https://digid.nl).')).toBe(
			'Ga naar  werk.nl  of DigiD.'
		);
	});
});
