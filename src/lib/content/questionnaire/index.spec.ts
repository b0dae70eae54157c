import { describe, expect, it } from 'vitest';
import { getSections } from '../../server/diagnosis/definition';
import { listFactorKeys } from '../../server/diagnosis/rules';
import {
	checkQuestionnaireTranslations,
	formatFactor,
	formatMonths,
	getItemText,
	getQuestionnaireMessages,
	getSectionText,
	QUESTIONNAIRE_MESSAGES
} from './index';

describe('questionnaire translations', () => {
	it('are complete: every Dutch key in every language, every item and option labelled', () => {
		expect(checkQuestionnaireTranslations(getSections(), listFactorKeys())).toEqual([]);
	});

	it('report what a broken definition or file lacks', () => {
		const sections = [
			...getSections(),
			{ id: 'hobbies', items: [{ id: 'favourite_sport', options: ['football', 'chess'] }] }
		];
		const problems = checkQuestionnaireTranslations(sections, ['dutch_level.c2']);
		expect(problems).toContain('nl: no text for sections.hobbies.title');
		expect(problems).toContain('ti: no text for items.favourite_sport.label');
		expect(problems).toContain('ar: no text for items.favourite_sport.options.chess');
		expect(problems).toContain('en: no text for factors.dutch_level.c2');

		const withoutHealth = getSections().filter((section) => section.id !== 'health');
		expect(checkQuestionnaireTranslations(withoutHealth)).toContain(
			'nl: sections.health is not in the definition'
		);

		const ar = QUESTIONNAIRE_MESSAGES.ar;
		const saved = ar.items.dutch_level.label;
		ar.items.dutch_level.label = ' ';
		try {
			expect(checkQuestionnaireTranslations(getSections())).toContain(
				'ar: empty items.dutch_level.label'
			);
		} finally {
			ar.items.dutch_level.label = saved;
		}
	});

	it('explain the health question before it is asked: why, who sees it, the choice', () => {
		for (const locale of ['nl', 'en', 'ar', 'ti'] as const) {
			const consent = getQuestionnaireMessages(locale).consent.health;
			for (const text of [consent.why, consent.who, consent.choice])
				expect(text.length).toBeGreaterThan(30);
			expect(getItemText(locale, 'health_consent')?.options?.discuss_with_consultant).toBeTruthy();
		}
		expect(getItemText('nl', 'health_consent')?.options?.discuss_with_consultant).toBe(
			'Ik bespreek dit liever met mijn consulent'
		);
	});

	it('use the glossary terms', () => {
		expect(getQuestionnaireMessages('en').routes.reintegration.name).toContain('route to work');
		expect(getQuestionnaireMessages('ar').routes.reintegration.name).toContain(
			'مسار العودة إلى العمل'
		);
		expect(getQuestionnaireMessages('ti').routes.participation.name).toContain('ተሳትፎ');
		expect(getQuestionnaireMessages('ar').questionnaire.title).toContain('الاستبيان');
		expect(getQuestionnaireMessages('ti').questionnaire.title).toContain('መሕተቲ');
		expect(getSectionText('en', 'health')?.title).toBe('Health and limitations');
	});
});

describe('formatMonths and formatFactor', () => {
	it.each([
		['nl', 1, '1 maand'],
		['nl', 0, '0 maanden'],
		['nl', 12, '12 maanden'],
		['en', 1, '1 month'],
		['en', 8, '8 months'],
		['ar', 1, 'شهر واحد'],
		['ar', 2, 'شهران'],
		['ar', 4, '4 أشهر'],
		['ar', 12, '12 شهراً'],
		['ti', 1, '1 ወርሒ'],
		['ti', 24, '24 ኣዋርሕ']
	] as const)('%s %i → %s', (locale, months, text) => {
		expect(formatMonths(locale, months)).toBe(text);
	});

	it('fills the months into the factor message', () => {
		expect(formatFactor('nl', { key: 'months_since_work.gt60', months: 8 })).toBe(
			'Langer dan 5 jaar geen betaald werk (+8 maanden)'
		);
		expect(formatFactor('ar', { key: 'dutch_level.none', months: 12 })).toBe(
			'لا معرفة باللغة الهولندية بعد (الإضافة: 12 شهراً)'
		);
	});
});
