/**
 * Realistic people and the category the estimate should advise for them. When the rules change
 * (new RULES_VERSION), this table is the first place to see whether the advice still makes sense.
 */
import { describe, expect, it } from 'vitest';
import { isComplete } from './definition';
import { estimate, type Category, type Route } from './estimate';
import { parseAnswerSet } from './parse';
import { readyForWork } from './test-fixtures';
import type { Answers } from './types';

interface Persona {
	name: string;
	answers: Answers;
	category: Category;
	route: Route;
	why: string;
}

const PERSONAS: Persona[] = [
	{
		name: 'warehouse worker laid off last month, fluent Dutch',
		answers: readyForWork(),
		category: '1A',
		route: 'direct_mediation',
		why: 'nothing stands between him and work: 0 months'
	},
	{
		name: 'young status holder from Eritrea with A1 Dutch, never had paid work',
		answers: readyForWork({
			age_band: 'lt27',
			education_country: 'abroad',
			diploma_evaluated: 'no',
			months_since_work: 'never',
			dutch_level: 'a1',
			other_languages: 'Tigrinya, Arabisch',
			digital_forms: 'with_help',
			digital_computer_work: 'a_little',
			driving_licence: 'no',
			own_transport: 'bicycle_or_scooter'
		}),
		category: '1C',
		route: 'reintegration',
		why: 'language (8) and no work experience (10) dominate; within two years, like most status holders'
	},
	{
		name: 'Syrian engineer with an evaluated diploma, A2 Dutch, last worked 3 years ago',
		answers: readyForWork({
			education_level: 'higher',
			education_country: 'abroad',
			diploma_evaluated: 'yes',
			months_since_work: '24_60',
			dutch_level: 'a2',
			driving_licence: 'no',
			own_transport: 'public_transport'
		}),
		category: '1B',
		route: 'reintegration',
		why: 'qualified and experienced; Dutch and the gap since work add 10 months'
	},
	{
		name: '50-plus, unemployed for over 5 years, weak digital skills, some health limits, debts',
		answers: readyForWork({
			age_band: '50_plus',
			education_level: 'lower_secondary',
			months_since_work: 'gt60',
			digital_email: 'with_help',
			digital_forms: 'no',
			digital_computer_work: 'no',
			health_limits: 'somewhat',
			travel_time: '15_30',
			worries: ['debts']
		}),
		category: '2A',
		route: 'participation',
		why: 'many moderate barriers add up to just over two years'
	},
	{
		name: 'single parent with a toddler and no childcare',
		answers: readyForWork({
			household: 'single_parent',
			children_under_5: 'yes',
			childcare_arranged: 'no',
			months_since_work: '12_24',
			hours_available: '12_23',
			driving_licence: 'no',
			own_transport: 'public_transport',
			worries: ['care_duties']
		}),
		category: '1C',
		route: 'reintegration',
		why: 'childcare first (4), few hours available and a gap since the last job'
	},
	{
		name: 'graduate with an evaluated foreign diploma and B1 Dutch',
		answers: readyForWork({
			education_level: 'higher',
			education_country: 'abroad',
			diploma_evaluated: 'yes',
			months_since_work: '12_24',
			dutch_level: 'b1',
			own_transport: 'public_transport'
		}),
		category: '1B',
		route: 'reintegration',
		why: 'only the year or two since the last job and travel count'
	},
	{
		name: 'school leaver under 27 without a basic qualification',
		answers: readyForWork({
			age_band: 'lt27',
			household: 'with_others',
			education_level: 'lower_secondary',
			months_since_work: 'never',
			driving_licence: 'no',
			own_transport: 'bicycle_or_scooter'
		}),
		category: '1C',
		route: 'reintegration',
		why: 'no work experience and no basic qualification: education first'
	},
	{
		name: 'homeless man with debts who last worked 3 years ago',
		answers: readyForWork({
			housing_stable: 'no',
			months_since_work: '24_60',
			worries: ['debts', 'housing'],
			own_transport: 'none',
			driving_licence: 'no'
		}),
		category: '1C',
		route: 'reintegration',
		why: 'housing and debts come before work, but work within two years is realistic'
	},
	{
		name: 'recent worker whose health strongly limits work',
		answers: readyForWork({ health_limits: 'strongly', hours_available: 'lt12' }),
		category: '2B',
		route: 'reintegration',
		why: 'strong health limits (24) and few hours: sheltered work / job agreement, guided by a work consultant'
	},
	{
		name: 'the same person, who prefers to discuss health with the consultant',
		answers: readyForWork({
			health_consent: 'discuss_with_consultant',
			health_limits: 'strongly',
			hours_available: 'lt12'
		}),
		category: '1B',
		route: 'reintegration',
		why: 'health is not guessed without consent: only the few hours count; the consultant discusses the rest'
	},
	{
		name: 'never worked, no Dutch, no schooling, strong health limits, no digital skills',
		answers: readyForWork({
			education_level: 'none',
			months_since_work: 'never',
			dutch_level: 'none',
			digital_email: 'no',
			digital_forms: 'no',
			digital_computer_work: 'no',
			health_limits: 'strongly'
		}),
		category: '3B',
		route: 'participation',
		why: 'far from work with strong health limits: tailored services'
	},
	{
		name: 'older mother without schooling or Dutch, healthy, caring for family',
		answers: readyForWork({
			age_band: '50_plus',
			household: 'partner_children',
			education_level: 'none',
			months_since_work: 'never',
			dutch_level: 'none',
			digital_email: 'no',
			digital_forms: 'no',
			digital_computer_work: 'no',
			hours_available: 'lt12',
			driving_licence: 'no',
			own_transport: 'public_transport',
			travel_time: 'lt15',
			worries: ['care_duties', 'health_family'],
			wants_work: 'not_sure'
		}),
		category: '3A',
		route: 'participation',
		why: 'over four years away without health limits: something in return, re-examined later'
	},
	{
		name: 'ready for work, declines the health question',
		answers: readyForWork({ health_consent: 'no' }),
		category: '1A',
		route: 'direct_mediation',
		why: 'declining adds nothing; the factor only notes that the consultant will discuss it'
	},
	{
		name: 'IT specialist who just arrived, diploma evaluation pending, B1 Dutch',
		answers: readyForWork({
			education_level: 'higher',
			education_country: 'abroad',
			diploma_evaluated: 'in_progress',
			dutch_level: 'b1',
			driving_licence: 'no'
		}),
		category: '1A',
		route: 'reintegration',
		why: 'two small factors: within three months, but not direct mediation (that is under 1 month)'
	},
	{
		name: 'recent worker in temporary housing with childcare partly arranged',
		answers: readyForWork({
			household: 'partner_children',
			housing_stable: 'temporary',
			children_under_5: 'yes',
			childcare_arranged: 'partly'
		}),
		category: '1B',
		route: 'reintegration',
		why: 'practical matters (4 months) to settle first'
	},
	{
		name: 'does not want paid work now, A2 Dutch, last job 8 months ago',
		answers: readyForWork({ months_since_work: '6_12', dutch_level: 'a2', wants_work: 'no' }),
		category: '1B',
		route: 'reintegration',
		why: 'motivation counts (4) but does not decide on its own'
	},
	{
		name: 'parent educated abroad up to primary school, A2 Dutch, last worked 4 years ago',
		answers: readyForWork({
			household: 'partner_children',
			education_level: 'primary',
			education_country: 'abroad',
			diploma_evaluated: 'no_diploma',
			months_since_work: '24_60',
			dutch_level: 'a2',
			digital_forms: 'with_help',
			digital_computer_work: 'a_little',
			hours_available: '24_31',
			driving_licence: 'no',
			own_transport: 'public_transport'
		}),
		category: '1C',
		route: 'reintegration',
		why: 'little schooling, a gap and A2 Dutch; no diploma to evaluate adds nothing extra'
	},
	{
		name: '"revolving door": short temporary jobs, some health limits',
		answers: readyForWork({
			months_since_work: '6_12',
			longest_job: 'lt6',
			health_limits: 'somewhat'
		}),
		category: '1B',
		route: 'reintegration',
		why: 'short jobs (2) and health (8): aim for durable work within a year'
	},
	{
		name: 'long unemployed with strong health limits',
		answers: readyForWork({
			months_since_work: 'gt60',
			longest_job: '12_24',
			digital_forms: 'with_help',
			digital_computer_work: 'a_little',
			health_limits: 'strongly'
		}),
		category: '2B',
		route: 'reintegration',
		why: '25-48 months with strong health limits: sheltered work or the job agreement register'
	}
];

describe('personas', () => {
	it('cover at least 15 people and every category', () => {
		expect(PERSONAS.length).toBeGreaterThanOrEqual(15);
		expect(new Set(PERSONAS.map((p) => p.category))).toEqual(
			new Set(['1A', '1B', '1C', '2A', '2B', '3A', '3B'])
		);
	});

	it.each(PERSONAS)('$name → $category ($why)', ({ answers, category, route }) => {
		expect(parseAnswerSet(answers)).toMatchObject({ ok: true });
		expect(isComplete(answers)).toBe(true);
		const result = estimate(answers);
		expect({ category: result.category, route: result.route }).toEqual({ category, route });
	});
});
