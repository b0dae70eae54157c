/**
 * Answers and estimates put into words for a page: the applicant's review and summary, and the
 * client file. Pure; texts come from src/lib/content/questionnaire.
 */
import { getItemText, getSectionText } from '../../content/questionnaire';
import type { Locale } from '../../i18n/languages';
import { getSections, hasAnswer, visibleItems } from './definition';
import { isHealthItem } from './answers';
import type { Estimate } from './estimate';
import { explainEstimate } from './explain';
import type { Answers, Item } from './types';

export interface AnsweredItem {
	id: string;
	question: string;
	/** The answer in words (option labels, or the text as typed); null when not answered. */
	answer: string | null;
	/** Typed by the person (may be in another language than the page). */
	freeText: boolean;
	optional: boolean;
}

export interface AnsweredSection {
	id: string;
	title: string;
	items: AnsweredItem[];
}

/**
 * The visible questions with their answers, by section. `includeHealth: false` leaves the health
 * items out entirely (for roles that may not see them).
 */
export function describeAnswers(
	answers: Answers,
	locale: Locale,
	options: { includeHealth: boolean }
): AnsweredSection[] {
	const visible = new Set(visibleItems(answers).map((item) => item.id));
	return getSections()
		.map((section) => ({
			id: section.id,
			title: getSectionText(locale, section.id)?.title ?? section.id,
			items: section.items
				.filter((item) => visible.has(item.id))
				.filter((item) => options.includeHealth || !isHealthItem(item.id))
				.map((item) => describeItem(item, answers[item.id], locale))
		}))
		.filter((section) => section.items.length > 0);
}

function describeItem(item: Item, value: string | string[] | undefined, locale: Locale) {
	const text = getItemText(locale, item.id);
	const label = (option: string) => text?.options?.[option] ?? option;
	let answer: string | null = null;
	if (value !== undefined && hasAnswer(value)) {
		if (Array.isArray(value)) answer = value.map(label).join(', ');
		else answer = item.type === 'single' ? label(value) : value;
	}
	return {
		id: item.id,
		question: text?.label ?? item.id,
		answer,
		freeText: item.type === 'text',
		optional: item.optional === true
	};
}

export interface EstimateView {
	months: string;
	category: { code: string; name: string; months: string; description: string };
	route: { id: string; name: string; description: string };
	factors: string[];
	/** Some factors come from health answers that this viewer may not see. */
	healthHidden: boolean;
	rulesVersion: string;
}

/** The estimate in words; health factors are left out for viewers without the role. */
export function describeEstimate(
	result: Pick<Estimate, 'months' | 'category' | 'route' | 'factors' | 'rulesVersion'>,
	locale: Locale,
	options: { includeHealth: boolean }
): EstimateView {
	const factors = options.includeHealth
		? result.factors
		: result.factors.filter((factor) => !isHealthItem(factor.key.split('.')[0]));
	const explained = explainEstimate({ ...result, factors }, locale);
	return {
		months: explained.months,
		category: explained.category,
		route: explained.route,
		factors: explained.factors,
		healthHidden: factors.length < result.factors.length,
		rulesVersion: explained.rulesVersion
	};
}
