/**
 * Answer sets as stored: health answers (special-category data) apart from the rest, and only
 * what is still needed (a health answer whose question is hidden is dropped, not kept).
 */
import { getSections, validateAnswer, visibleItems } from './definition';
import type { Answers } from './types';

/** Items with `special: 'health'`: only roles that need them see these answers. */
export const HEALTH_ITEM_IDS: ReadonlySet<string> = new Set(
	getSections().flatMap((section) =>
		section.items.filter((item) => item.special === 'health').map((item) => item.id)
	)
);

export function isHealthItem(itemId: string): boolean {
	return HEALTH_ITEM_IDS.has(itemId);
}

/** Splits an answer set into the two stored columns. */
export function splitAnswers(answers: Answers): { answers: Answers; healthAnswers: Answers } {
	const general: Answers = {};
	const health: Answers = {};
	for (const [itemId, value] of Object.entries(answers)) {
		(isHealthItem(itemId) ? health : general)[itemId] = value;
	}
	return { answers: general, healthAnswers: health };
}

/**
 * Reads a stored column leniently: answers that no longer fit the definition (an item or option
 * that was removed in a newer version) are left out rather than failing the whole set.
 */
export function readStoredAnswers(stored: unknown): Answers {
	if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
	const answers: Answers = {};
	for (const [itemId, value] of Object.entries(stored)) {
		if (validateAnswer(itemId, value).ok && (typeof value === 'string' || Array.isArray(value))) {
			answers[itemId] = value;
		}
	}
	return answers;
}

export function mergeAnswers(general: unknown, health: unknown): Answers {
	return { ...readStoredAnswers(general), ...readStoredAnswers(health) };
}

/**
 * Drops health answers whose question is no longer shown (consent withdrawn): data minimisation.
 * Other hidden answers are kept, so someone who flips an answer back finds what they entered.
 */
export function minimiseHealthAnswers(answers: Answers): Answers {
	const visible = new Set(visibleItems(answers).map((item) => item.id));
	const kept: Answers = {};
	for (const [itemId, value] of Object.entries(answers)) {
		if (isHealthItem(itemId) && !visible.has(itemId)) continue;
		kept[itemId] = value;
	}
	return kept;
}
