/**
 * The estimate of how many months a person needs before paid work is possible: a transparent sum
 * of the rules in rules.ts, starting at 0. It is advice for the intake conversation; the work
 * consultant decides the category.
 */
import { visibleItems } from './definition';
import { ITEM_RULES, producesFactor, RULES_VERSION } from './rules';
import type { Answers } from './types';

export type Category = '1A' | '1B' | '1C' | '2A' | '2B' | '3A' | '3B';
export type Route = 'direct_mediation' | 'reintegration' | 'participation';

export const CATEGORIES: readonly Category[] = ['1A', '1B', '1C', '2A', '2B', '3A', '3B'];
export const ROUTES: readonly Route[] = ['direct_mediation', 'reintegration', 'participation'];

/** One reason in the estimate; `key` is `<item>.<option>`, the translation key under `factors`. */
export interface Factor {
	key: string;
	months: number;
	params?: Record<string, string | number>;
}

export interface Estimate {
	months: number;
	category: Category;
	route: Route;
	/** In questionnaire order; their months add up to `months`. */
	factors: Factor[];
	rulesVersion: string;
}

/**
 * Score an answer set. Only visible items count (answers left behind when a person changed an
 * earlier answer are ignored) and a missing answer adds nothing, so a partial set still scores.
 */
export function estimate(answers: Answers): Estimate {
	const visible = new Set(visibleItems(answers).map((item) => item.id));
	const factors: Factor[] = [];
	for (const { item, options } of ITEM_RULES) {
		if (!visible.has(item)) continue;
		const chosen = answerValues(answers[item]);
		for (const rule of options) {
			if (chosen.includes(rule.option) && producesFactor(rule)) {
				factors.push({ key: `${item}.${rule.option}`, months: rule.months });
			}
		}
	}
	const months = factors.reduce((sum, factor) => sum + factor.months, 0);
	const strongHealthLimits = visible.has('health_limits') && answers.health_limits === 'strongly';
	const category = categoryFor(months, strongHealthLimits);
	return {
		months,
		category,
		route: routeFor(months, category),
		factors,
		rulesVersion: RULES_VERSION
	};
}

function answerValues(value: string | string[] | undefined): readonly string[] {
	if (value === undefined) return [];
	return Array.isArray(value) ? value : [value];
}

/**
 * 1A 0-3, 1B 4-12, 1C 13-24, 2A 25-48, 3A 49 and more. Strong health limits (answered with
 * consent) turn 2A into 2B (sheltered work / job agreement) and 3A into 3B (tailored services).
 */
export function categoryFor(months: number, strongHealthLimits: boolean): Category {
	if (months <= 3) return '1A';
	if (months <= 12) return '1B';
	if (months <= 24) return '1C';
	if (months <= 48) return strongHealthLimits ? '2B' : '2A';
	return strongHealthLimits ? '3B' : '3A';
}

/**
 * Under 1 month: direct mediation; up to 24 months: reintegration; more: participation. 2B is
 * guided by work consultants (its own reintegration route) although it is over 24 months.
 */
export function routeFor(months: number, category: Category): Route {
	if (category === '2B') return 'reintegration';
	if (months < 1) return 'direct_mediation';
	return months <= 24 ? 'reintegration' : 'participation';
}
