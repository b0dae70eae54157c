import { describe, expect, it } from 'vitest';
import { buildIndex } from './index';
import { CONFIDENCE_THRESHOLD, matchQuestion } from './match';
import { FIXTURE_RECORDS } from './fixtures';

const index = buildIndex(FIXTURE_RECORDS);

describe('buildIndex', () => {
	it('indexes every topic and every language', () => {
		expect(index.topics).toEqual([
			'apply-for-benefit',
			'book-appointment',
			'language-requirement',
			'missed-appointment'
		]);
		expect(index.locales).toEqual({ nl: 4, en: 4, ar: 4, ti: 4 });
		expect(index.units.some((u) => u.kind === 'answer')).toBe(true);
		expect(index.units.filter((u) => u.kind === 'topic')).toHaveLength(4);
	});
	it('copes with an empty record list', () => {
		const empty = buildIndex([]);
		const r = matchQuestion(empty, 'hoe vraag ik bijstand aan');
		expect(r.topic).toBeNull();
		expect(r.suggestions).toEqual([]);
	});
});

describe('matchQuestion', () => {
	it.each([
		['Hoe vraag ik bijstand aan?', 'apply-for-benefit'],
		['How can I apply for benefit?', 'apply-for-benefit'],
		['كيف أقدم طلب المساعدة؟', 'apply-for-benefit'],
		['ሓገዝ ገንዘብ ከመይ ይሕተት?', 'apply-for-benefit'],
		['Hoe annuleer ik een afspraak?', 'book-appointment'],
		['كيف ألغي موعدي؟', 'book-appointment'],
		['ቆጸራ ከመይ ይሕዝ', 'book-appointment'],
		['Ik ben mijn afspraak vergeten', 'missed-appointment'],
		['Moet ik Nederlands leren?', 'language-requirement']
	])('%s → %s', (q, slug) => {
		const r = matchQuestion(index, q);
		expect(r.topic).toBe(slug);
		expect(r.outOfScope).toBe(false);
		expect(r.confidence).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
		expect(r.confidence).toBeLessThanOrEqual(1);
		expect(r.suggestions).not.toContain(slug);
		expect(r.suggestions.length).toBeLessThanOrEqual(3);
	});

	it('matches across languages (English question, Arabic/Dutch content words)', () => {
		expect(matchQuestion(index, 'can i cancel my afspraak').topic).toBe('book-appointment');
		expect(matchQuestion(index, 'بدي اطلب bijstand').topic).toBe('apply-for-benefit');
		expect(matchQuestion(index, 'ቆጸራ cancel').topic).toBe('book-appointment');
	});

	it('tolerates typos and diacritics', () => {
		expect(matchQuestion(index, 'bijstnd aanvrage').topic).toBe('apply-for-benefit');
		expect(matchQuestion(index, 'apointment cancell').topic).toBe('book-appointment');
		expect(matchQuestion(index, 'مَوْعِدِي أُلْغِي').topic).toBe('book-appointment');
	});

	it('declines out-of-domain questions', () => {
		for (const q of [
			'Wat is het weer vandaag?',
			'Who won the World Cup?',
			'ما هي عاصمة فرنسا؟',
			'write me a poem about the sea',
			'ግጥሚ ጽሓፈለይ'
		]) {
			const r = matchQuestion(index, q);
			expect(r.topic, q).toBeNull();
			expect(r.outOfScope, q).toBe(true);
			expect(r.suggestions).toEqual([]);
		}
	});

	it('declines empty and stop-word-only input', () => {
		for (const q of ['', '   ', '???', 'hoe wat waar', 'the and of']) {
			const r = matchQuestion(index, q);
			expect(r.topic).toBeNull();
			expect(r.confidence).toBe(0);
		}
	});

	it('honours the threshold option and keeps suggestions when below it', () => {
		const r = matchQuestion(index, 'afspraak', { threshold: 0.99 });
		expect(r.topic).toBeNull();
		expect(r.outOfScope).toBe(false);
		expect(r.suggestions[0]).toMatch(/appointment/);
	});

	it('reports debug information on request', () => {
		const r = matchQuestion(index, 'taaleis', { debug: true });
		expect(r.debug!.ranked[0].slug).toBe('language-requirement');
		expect(r.debug!.coverage).toBe(1);
	});
});
