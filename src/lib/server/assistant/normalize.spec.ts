import { describe, expect, it } from 'vitest';
import {
	normalizeArabic,
	normalizeForLocale,
	normalizeGeez,
	normalizeLatin,
	normalizeText,
	scriptOf,
	stripInvisible
} from './normalize';

describe('normalizeArabic', () => {
	it('strips harakat, tanwin, shadda, sukun and superscript alef', () => {
		expect(normalizeArabic('مُسَاعَدَةٌ')).toBe('مساعده');
		expect(normalizeArabic('شدّة سُكْون')).toBe('شده سكون');
		expect(normalizeArabic('هٰذا')).toBe('هذا');
	});
	it('removes tatweel', () => {
		expect(normalizeArabic('مـــوعد')).toBe('موعد');
	});
	it('unifies alef forms, hamza on waw/yaa, taa marbuta and alef maqsura', () => {
		expect(normalizeArabic('أإآٱ')).toBe('اااا');
		expect(normalizeArabic('مسؤول')).toBe('مسوول');
		expect(normalizeArabic('هيئة')).toBe('هييه');
		expect(normalizeArabic('البلدية')).toBe('البلديه');
		expect(normalizeArabic('على')).toBe('علي');
		expect(normalizeArabic('الإقامة')).toBe(normalizeArabic('الاقامه'));
	});
	it('converts Arabic-Indic and Persian digits to ASCII', () => {
		expect(normalizeArabic('٢٧ سنة')).toBe('27 سنه');
		expect(normalizeArabic('۸ أسابيع')).toBe('8 اسابيع');
	});
	it('turns Arabic punctuation into spaces', () => {
		expect(normalizeArabic('كيف؟ متى، أين؛')).toBe('كيف متي اين');
	});
});

describe('normalizeLatin', () => {
	it('folds accents, lower-cases and removes punctuation', () => {
		expect(normalizeLatin('Café CRÈCHE, één!')).toBe('cafe creche een');
		expect(normalizeLatin('Wat is de kostendelersnorm?')).toBe('wat is de kostendelersnorm');
		expect(normalizeLatin('re-integratie (2022)')).toBe('re integratie 2022');
	});
});

describe('normalizeGeez', () => {
	it('keeps the script and folds Ethiopic punctuation', () => {
		expect(normalizeGeez('ቆጸራ፡ከመይ፣ይስረዝ፧')).toBe('ቆጸራ ከመይ ይስረዝ');
		expect(normalizeGeez('ሓገዝ ገንዘብ።')).toBe('ሓገዝ ገንዘብ');
		expect(normalizeGeez('ተርጓሚ ኣሎ ድዩ?')).toBe('ተርጓሚ ኣሎ ድዩ');
	});
});

describe('invisible characters', () => {
	it('strips zero-width and bidi controls everywhere', () => {
		expect(stripInvisible('bij\u200Bstand')).toBe('bijstand');
		expect(normalizeText('\u202Bموعد\u202C \u200Fbijstand\u200E')).toBe('موعد bijstand');
		expect(normalizeText('ቆ\u200Dጸራ')).toBe('ቆጸራ');
	});
});

describe('normalizeText (mixed scripts)', () => {
	it('applies each script rule in one string', () => {
		expect(normalizeText('كيف أطلب الـBijstand؟ ቆጸራ፧ Één')).toBe('كيف اطلب الbijstand ቆጸራ een');
	});
	it('normalizeForLocale agrees with the mixed rules', () => {
		expect(normalizeForLocale('مُسَاعَدَة', 'ar')).toBe('مساعده');
		expect(normalizeForLocale('ቆጸራ።', 'ti')).toBe('ቆጸራ');
		expect(normalizeForLocale('Hé!', 'nl')).toBe('he');
	});
});

describe('scriptOf', () => {
	it('classifies characters', () => {
		expect(scriptOf('a')).toBe('latin');
		expect(scriptOf('7')).toBe('latin');
		expect(scriptOf('م')).toBe('arabic');
		expect(scriptOf('ቆ')).toBe('geez');
		expect(scriptOf('€')).toBe('other');
	});
});
