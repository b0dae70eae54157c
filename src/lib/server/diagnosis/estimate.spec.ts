import { describe, expect, it } from 'vitest';
import { getItem, getSections } from './definition';
import { categoryFor, estimate, routeFor, type Estimate } from './estimate';
import { ITEM_RULES, RULES_VERSION } from './rules';
import {
	extremeAnswers,
	optionsBestFirst,
	randomAnswers,
	readyForWork,
	seededRandom
} from './test-fixtures';
import type { Answers } from './types';

const items = getSections().flatMap((section) => section.items);
const singleItems = items.filter((item) => item.type === 'single');
const scored = new Set(ITEM_RULES.map((rule) => rule.item));

const random = seededRandom(20261128);
const BASE_PROFILES: [string, Answers][] = [
	['ready for work', readyForWork()],
	['best answers', extremeAnswers('best')],
	['worst answers', extremeAnswers('worst')],
	['empty', {}],
	[
		'status holder, mixed',
		readyForWork({
			education_country: 'abroad',
			diploma_evaluated: 'no',
			months_since_work: 'never',
			dutch_level: 'a1',
			children_under_5: 'yes',
			childcare_arranged: 'partly',
			health_consent: 'discuss_with_consultant',
			health_limits: 'strongly'
		})
	],
	...Array.from({ length: 150 }, (_, i): [string, Answers] => [
		`random #${i}`,
		randomAnswers(random)
	])
];

function expectConsistent(result: Estimate) {
	expect(result.rulesVersion).toBe(RULES_VERSION);
	expect(result.factors.reduce((sum, factor) => sum + factor.months, 0)).toBe(result.months);
	expect(result.category).toBe(
		categoryFor(
			result.months,
			result.factors.some((f) => f.key === 'health_limits.strongly')
		)
	);
	expect(result.route).toBe(routeFor(result.months, result.category));
}

describe('scoring rules', () => {
	it('list, for every scored single item, exactly the options of the definition', () => {
		for (const rule of ITEM_RULES) {
			const item = getItem(rule.item);
			expect(item, rule.item).toBeDefined();
			expect([...rule.options.map((o) => o.option)].sort(), rule.item).toEqual(
				[...item!.options!].sort()
			);
		}
	});

	it('order options from best to worst: months never go down along the list', () => {
		for (const rule of ITEM_RULES) {
			const months = rule.options.map((o) => o.months);
			expect(months, rule.item).toEqual([...months].sort((a, b) => a - b));
			expect(Math.min(...months), rule.item).toBe(0);
		}
	});

	it('do not score who someone is: age, household and the country of education add nothing', () => {
		const unscored = singleItems.filter((item) => !scored.has(item.id)).map((item) => item.id);
		expect(unscored).toEqual(['age_band', 'household']);
		const country = ITEM_RULES.find((rule) => rule.item === 'education_country')!;
		expect(country.options.every((o) => o.months === 0)).toBe(true);
	});
});

describe('estimate: monotonicity', () => {
	it('a worse answer to any single-choice item never lowers the months (all items, all option pairs, many profiles)', () => {
		let comparisons = 0;
		for (const [name, base] of BASE_PROFILES) {
			for (const item of singleItems) {
				const order = optionsBestFirst(item);
				const months = order.map((option) => estimate({ ...base, [item.id]: option }).months);
				for (let better = 0; better < order.length; better++) {
					for (let worse = better + 1; worse < order.length; worse++) {
						comparisons++;
						if (months[worse] < months[better]) {
							throw new Error(
								`${name}: ${item.id} ${order[better]} (${months[better]}) → ${order[worse]} (${months[worse]})`
							);
						}
					}
				}
			}
		}
		expect(comparisons).toBeGreaterThan(10_000);
	});

	it('answers to unscored items never change the months', () => {
		for (const [, base] of BASE_PROFILES.slice(0, 30)) {
			const reference = estimate(base).months;
			for (const item of items.filter((i) => !scored.has(i.id))) {
				const values = item.type === 'single' ? item.options! : ['', 'iets anders', '0', '60'];
				for (const value of values) {
					expect(estimate({ ...base, [item.id]: value }).months, item.id).toBe(reference);
				}
			}
		}
	});

	it('adding a worry never lowers the months', () => {
		const worries = getItem('worries')!.options!.filter((o) => o !== 'none');
		for (const [, base] of BASE_PROFILES) {
			for (const extra of worries) {
				const before = Array.isArray(base.worries) ? base.worries.filter((w) => w !== 'none') : [];
				const after = before.includes(extra) ? before : [...before, extra];
				expect(estimate({ ...base, worries: after }).months).toBeGreaterThanOrEqual(
					estimate({ ...base, worries: before }).months
				);
			}
		}
	});

	it('best answers give 0 months and the worst give the most', () => {
		const best = estimate(extremeAnswers('best'));
		expect(best).toMatchObject({ months: 0, category: '1A', route: 'direct_mediation' });
		const worst = estimate(extremeAnswers('worst')).months;
		for (const [, base] of BASE_PROFILES) expect(estimate(base).months).toBeLessThanOrEqual(worst);
	});
});

describe('estimate: anchors', () => {
	it('recent work, B1 or better Dutch, no health limits and good digital skills → 1A', () => {
		for (const dutch of ['b1', 'b2_plus']) {
			const core: Answers = {
				months_since_work: 'lt6',
				dutch_level: dutch,
				health_consent: 'yes',
				health_limits: 'no',
				digital_email: 'yes',
				digital_forms: 'yes',
				digital_computer_work: 'yes'
			};
			expect(estimate(core).category).toBe('1A');
			expect(estimate(readyForWork(core))).toMatchObject({
				months: 0,
				category: '1A',
				route: 'direct_mediation',
				factors: []
			});
		}
	});

	it('never worked, no Dutch and strong health limits → 2A or beyond', () => {
		const core: Answers = {
			months_since_work: 'never',
			dutch_level: 'none',
			health_consent: 'yes',
			health_limits: 'strongly'
		};
		for (const answers of [core, readyForWork(core), { ...extremeAnswers('worst'), ...core }]) {
			const result = estimate(answers);
			expect(result.months).toBeGreaterThan(24);
			expect(['2A', '2B', '3A', '3B']).toContain(result.category);
		}
	});

	it('explains each month: factors carry their key and add up to the total', () => {
		const result = estimate(
			readyForWork({
				months_since_work: 'gt60',
				longest_job: '6_12',
				dutch_level: 'a2',
				worries: ['debts', 'other']
			})
		);
		expect(result).toEqual({
			months: 17,
			category: '1C',
			route: 'reintegration',
			factors: [
				{ key: 'months_since_work.gt60', months: 8 },
				{ key: 'longest_job.6_12', months: 1 },
				{ key: 'dutch_level.a2', months: 4 },
				{ key: 'worries.other', months: 1 },
				{ key: 'worries.debts', months: 3 }
			],
			rulesVersion: RULES_VERSION
		});
	});

	it('keeps rulesVersion and consistent factors on every result', () => {
		for (const [, base] of BASE_PROFILES) expectConsistent(estimate(base));
	});
});

describe('estimate: health without consent', () => {
	it.each(['no', 'discuss_with_consultant'])(
		'consent "%s" adds 0 months, ignores a stale limits answer and notes that the consultant discusses it',
		(consent) => {
			const result = estimate(readyForWork({ health_consent: consent, health_limits: 'strongly' }));
			expect(result.months).toBe(0);
			expect(result.category).toBe('1A');
			expect(result.factors).toEqual([{ key: `health_consent.${consent}`, months: 0 }]);
		}
	);

	it('counts the limits only with consent', () => {
		expect(estimate(readyForWork({ health_limits: 'somewhat' })).months).toBe(8);
		expect(estimate(readyForWork({ health_limits: 'strongly' })).months).toBe(24);
	});
});

describe('estimate: partial and stale answers', () => {
	it('scores an empty or partial set: missing items add nothing', () => {
		expect(estimate({})).toEqual({
			months: 0,
			category: '1A',
			route: 'direct_mediation',
			factors: [],
			rulesVersion: RULES_VERSION
		});
		expect(estimate({ dutch_level: 'a1' }).months).toBe(8);
		expect(estimate({ childcare_arranged: 'no' }).months).toBe(0); // hidden: no children under 5 given
	});

	it('ignores answers to questions that became hidden', () => {
		const stale = readyForWork({ children_under_5: 'no', childcare_arranged: 'no' });
		expect(estimate(stale).months).toBe(0);
		expect(estimate({ ...stale, children_under_5: 'yes' }).months).toBe(4);
		const never = readyForWork({ months_since_work: 'never', longest_job: 'lt6' });
		expect(estimate(never).factors).toEqual([{ key: 'months_since_work.never', months: 10 }]);
	});

	it('ignores values that are not options (the boundary validates them)', () => {
		expect(estimate({ dutch_level: 'c2', worries: ['lottery'] }).months).toBe(0);
	});
});

describe('category and route', () => {
	it.each([
		[0, false, '1A', 'direct_mediation'],
		[1, false, '1A', 'reintegration'],
		[3, false, '1A', 'reintegration'],
		[4, false, '1B', 'reintegration'],
		[12, false, '1B', 'reintegration'],
		[13, false, '1C', 'reintegration'],
		[24, false, '1C', 'reintegration'],
		[24, true, '1C', 'reintegration'],
		[25, false, '2A', 'participation'],
		[25, true, '2B', 'reintegration'],
		[48, false, '2A', 'participation'],
		[48, true, '2B', 'reintegration'],
		[49, false, '3A', 'participation'],
		[49, true, '3B', 'participation'],
		[93, true, '3B', 'participation']
	] as const)(
		'%i months (strong health limits: %s) → %s, %s',
		(months, strong, category, route) => {
			expect(categoryFor(months, strong)).toBe(category);
			expect(routeFor(months, categoryFor(months, strong))).toBe(route);
		}
	);
});
