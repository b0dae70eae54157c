/** Answer-set factories for the diagnosis tests (not used by the app). */
import { getSections } from './definition';
import { ITEM_RULES } from './rules';
import type { Answers, Item } from './types';

const ALL_ITEMS: Item[] = getSections().flatMap((section) => section.items);
const RULE_ORDER = new Map(
	ITEM_RULES.map((rule) => [rule.item, rule.options.map((o) => o.option)])
);

/** Options of an item from best to worst: the rule order for scored items, else display order. */
export function optionsBestFirst(item: Item): readonly string[] {
	return RULE_ORDER.get(item.id) ?? item.options ?? [];
}

/** A complete, realistic answer set of someone ready for work; override what a test needs. */
export function readyForWork(overrides: Answers = {}): Answers {
	return {
		age_band: '27_49',
		household: 'alone',
		children_under_5: 'no',
		housing_stable: 'yes',
		education_level: 'upper_secondary',
		education_country: 'netherlands',
		months_since_work: 'lt6',
		sectors: 'Logistiek, orderpicker',
		longest_job: 'gt24',
		dream_job: 'Teamleider magazijn',
		dutch_level: 'b2_plus',
		other_languages: 'Engels',
		digital_email: 'yes',
		digital_forms: 'yes',
		digital_computer_work: 'yes',
		health_consent: 'yes',
		health_limits: 'no',
		hours_available: 'gte32',
		driving_licence: 'yes',
		own_transport: 'car',
		travel_time: '30_60',
		worries: ['none'],
		wants_work: 'yes',
		hours_wanted: '36',
		...overrides
	};
}

/** Every item answered with its best or its worst option (worst reveals every follow-up question). */
export function extremeAnswers(which: 'best' | 'worst'): Answers {
	const answers: Answers = {};
	for (const item of ALL_ITEMS) {
		if (item.type === 'text') answers[item.id] = 'tekst';
		else if (item.type === 'number') answers[item.id] = '24';
		else if (item.type === 'multi') {
			const options = (item.options ?? []).filter((o) => !item.exclusive?.includes(o));
			answers[item.id] = which === 'best' ? [] : options;
		} else {
			const options = optionsBestFirst(item);
			answers[item.id] = which === 'best' ? options[0] : options[options.length - 1];
		}
	}
	return answers;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so failures are reproducible. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * A random, valid answer set. Some items are left out (partial sets) and answers to items that
 * `showIf` hides are kept, as happens when someone changes an earlier answer.
 */
export function randomAnswers(random: () => number): Answers {
	const answers: Answers = {};
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
	for (const item of ALL_ITEMS) {
		if (random() < 0.1) continue;
		if (item.type === 'single') answers[item.id] = pick(item.options ?? []);
		else if (item.type === 'multi') {
			const options = (item.options ?? []).filter((o) => !item.exclusive?.includes(o));
			answers[item.id] = random() < 0.2 ? ['none'] : options.filter(() => random() < 0.3);
		} else if (item.type === 'number') answers[item.id] = String(Math.floor(random() * 41));
		else answers[item.id] = 'tekst';
	}
	return answers;
}
