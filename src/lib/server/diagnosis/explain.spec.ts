import { describe, expect, it } from 'vitest';
import { formatMonths } from '../../content/questionnaire';
import { LOCALE_CODES } from '../../i18n/languages';
import { checkDiagnosisTranslations, describeRules, explainEstimate } from './explain';
import { estimate } from './estimate';
import { listFactorKeys } from './rules';
import { readyForWork } from './test-fixtures';

describe('translations of the questionnaire and the estimate', () => {
	it('are complete in every language for the current definition and rules', () => {
		expect(checkDiagnosisTranslations()).toEqual([]);
	});
});

describe('explainEstimate', () => {
	const result = estimate(
		readyForWork({ months_since_work: 'never', dutch_level: 'a1', digital_email: 'with_help' })
	);

	it('puts every factor into words, with the months in the right plural form', () => {
		expect(explainEstimate(result, 'nl')).toMatchObject({
			months: 'Geschatte tijd tot betaald werk: 19 maanden',
			category: { code: '1C', name: 'Categorie 1C' },
			route: { id: 'reintegration', name: 'Re-integratie (traject naar werk)' },
			factors: [
				'Nog nooit betaald werk gehad (+10 maanden)',
				'Nederlands op niveau A1 (+8 maanden)',
				'E-mail: alleen met hulp (+1 maand)'
			],
			rulesVersion: 'Versie van de regels: 2026-11-28.1'
		});
		expect(explainEstimate(result, 'en').factors[2]).toBe('E-mail: only with help (+1 month)');
		expect(explainEstimate(result, 'ar').factors[2]).toContain('شهر واحد');
		expect(explainEstimate(result, 'ti').factors[0]).toContain('10 ኣዋርሕ');
	});

	it('always says that the consultant decides', () => {
		for (const locale of LOCALE_CODES) {
			expect(explainEstimate(result, locale).advice.length, locale).toBeGreaterThan(20);
		}
		expect(explainEstimate(result, 'nl').advice).toContain('De consulent beslist');
	});

	it('explains a declined health question without months', () => {
		const declined = estimate(readyForWork({ health_consent: 'discuss_with_consultant' }));
		expect(explainEstimate(declined, 'nl').factors).toEqual([
			'U bespreekt uw gezondheid liever met uw consulent. Gezondheid telt daarom niet mee in de schatting.'
		]);
	});
});

describe('describeRules (the "how it works" page)', () => {
	it('lists every rule that adds months, with its months, in every language', () => {
		for (const locale of LOCALE_CODES) {
			const rules = describeRules(locale);
			const keys = rules.flatMap((rule) => rule.answers.map((a) => `${rule.itemId}.${a.option}`));
			expect(keys, locale).toEqual(listFactorKeys());
			for (const answer of rules.flatMap((rule) => rule.answers)) {
				expect(answer.text, locale).not.toMatch(/\{\{|factors\./);
				if (answer.months > 0) {
					expect(answer.text, locale).toContain(formatMonths(locale, answer.months));
				}
			}
		}
		const work = describeRules('nl').find((rule) => rule.itemId === 'months_since_work')!;
		expect(work.question).toBe('Wanneer had u voor het laatst betaald werk?');
		expect(work.answers.at(-2)).toMatchObject({
			option: 'gt60',
			months: 8,
			text: 'Langer dan 5 jaar geen betaald werk (+8 maanden)'
		});
		// Gates that add nothing themselves are not listed.
		expect(describeRules('nl').map((rule) => rule.itemId)).not.toContain('children_under_5');
	});
});
