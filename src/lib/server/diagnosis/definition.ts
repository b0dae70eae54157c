/**
 * The pre-intake diagnosis questionnaire as data. Item and option ids are a stable API: stored
 * answers, translations (src/lib/content/questionnaire) and the scoring rules (rules.ts) use them.
 * Change the wording in the translations; change ids or items only with a new version.
 */
import type { AnswerErrorKey, Answers, Item, Section, ValidationResult } from './types';

export const QUESTIONNAIRE_VERSION = '2026-11-28.1';

const YES_NO = ['yes', 'no'] as const;
const YES_WITH_HELP_NO = ['yes', 'with_help', 'no'] as const;
/** Everyone who has had a paid job at some time. */
const HAS_WORKED = ['lt6', '6_12', '12_24', '24_60', 'gt60'] as const;

const SECTIONS: readonly Section[] = [
	{
		id: 'situation',
		items: [
			{ id: 'age_band', type: 'single', options: ['lt27', '27_49', '50_plus'] },
			{
				id: 'household',
				type: 'single',
				options: ['alone', 'single_parent', 'partner', 'partner_children', 'with_others']
			},
			{ id: 'children_under_5', type: 'single', options: YES_NO },
			{
				id: 'childcare_arranged',
				type: 'single',
				options: ['yes', 'partly', 'no'],
				showIf: { item: 'children_under_5', equals: 'yes' }
			},
			{ id: 'housing_stable', type: 'single', options: ['yes', 'temporary', 'no'] }
		]
	},
	{
		id: 'education',
		items: [
			{
				id: 'education_level',
				type: 'single',
				options: ['none', 'primary', 'lower_secondary', 'upper_secondary', 'higher']
			},
			{
				id: 'education_country',
				type: 'single',
				options: ['netherlands', 'abroad', 'both'],
				showIf: {
					item: 'education_level',
					equals: ['primary', 'lower_secondary', 'upper_secondary', 'higher']
				}
			},
			{
				id: 'diploma_evaluated',
				type: 'single',
				options: ['yes', 'in_progress', 'no', 'no_diploma'],
				showIf: { item: 'education_country', equals: ['abroad', 'both'] }
			}
		]
	},
	{
		id: 'work',
		items: [
			{ id: 'months_since_work', type: 'single', options: [...HAS_WORKED, 'never'] },
			{
				id: 'sectors',
				type: 'text',
				optional: true,
				maxLength: 500,
				showIf: { item: 'months_since_work', equals: HAS_WORKED }
			},
			{
				id: 'longest_job',
				type: 'single',
				options: ['lt6', '6_12', '12_24', 'gt24'],
				showIf: { item: 'months_since_work', equals: HAS_WORKED }
			},
			{ id: 'dream_job', type: 'text', optional: true, maxLength: 500 }
		]
	},
	{
		id: 'language',
		items: [
			{ id: 'dutch_level', type: 'single', options: ['none', 'a1', 'a2', 'b1', 'b2_plus'] },
			{ id: 'other_languages', type: 'text', optional: true, maxLength: 300 }
		]
	},
	{
		id: 'digital',
		items: [
			{ id: 'digital_email', type: 'single', options: YES_WITH_HELP_NO },
			{ id: 'digital_forms', type: 'single', options: YES_WITH_HELP_NO },
			{ id: 'digital_computer_work', type: 'single', options: ['yes', 'a_little', 'no'] }
		]
	},
	{
		id: 'health',
		items: [
			// Consent comes first: health is special-category data and nobody has to share it.
			{
				id: 'health_consent',
				type: 'single',
				special: 'health',
				options: ['yes', 'no', 'discuss_with_consultant']
			},
			{
				id: 'health_limits',
				type: 'single',
				special: 'health',
				options: ['no', 'somewhat', 'strongly'],
				showIf: { item: 'health_consent', equals: 'yes' }
			}
		]
	},
	{
		id: 'practical',
		items: [
			{ id: 'hours_available', type: 'single', options: ['gte32', '24_31', '12_23', 'lt12'] },
			{ id: 'driving_licence', type: 'single', options: YES_NO },
			{
				id: 'own_transport',
				type: 'single',
				options: ['car', 'bicycle_or_scooter', 'public_transport', 'none']
			},
			{ id: 'travel_time', type: 'single', options: ['lt15', '15_30', '30_60', 'gt60'] },
			{
				id: 'worries',
				type: 'multi',
				optional: true,
				options: ['debts', 'housing', 'care_duties', 'health_family', 'other', 'none'],
				exclusive: ['none']
			}
		]
	},
	{
		id: 'motivation',
		items: [
			{ id: 'wants_work', type: 'single', options: ['yes', 'not_sure', 'no'] },
			{ id: 'hours_wanted', type: 'number', min: 0, max: 60 },
			{ id: 'help_needed', type: 'text', optional: true, maxLength: 1000 }
		]
	}
];

const ITEMS_BY_ID = new Map<string, Item>(
	SECTIONS.flatMap((section) => section.items.map((item) => [item.id, item] as const))
);
const SECTION_BY_ITEM = new Map<string, Section>(
	SECTIONS.flatMap((section) => section.items.map((item) => [item.id, section] as const))
);

export function getSections(): readonly Section[] {
	return SECTIONS;
}

export function getItem(id: string): Item | undefined {
	return ITEMS_BY_ID.get(id);
}

export function getSectionOfItem(itemId: string): Section | undefined {
	return SECTION_BY_ITEM.get(itemId);
}

/** An answer counts when it is a non-blank string or a non-empty list. */
export function hasAnswer(value: string | string[] | undefined): boolean {
	if (value === undefined) return false;
	return Array.isArray(value) ? value.length > 0 : value.trim() !== '';
}

/**
 * Items to show for these answers, in order. An item with `showIf` is visible when the item it
 * depends on is itself visible and answered with (one of) the listed option(s); answers to items
 * that became hidden are kept but ignored.
 */
export function visibleItems(answers: Answers): Item[] {
	const visible: Item[] = [];
	const visibleIds = new Set<string>();
	for (const item of ITEMS_BY_ID.values()) {
		if (item.showIf && !showIfHolds(item.showIf.item, item.showIf.equals, answers, visibleIds)) {
			continue;
		}
		visible.push(item);
		visibleIds.add(item.id);
	}
	return visible;
}

function showIfHolds(
	dependsOn: string,
	equals: string | readonly string[],
	answers: Answers,
	visibleIds: ReadonlySet<string>
): boolean {
	if (!visibleIds.has(dependsOn)) return false;
	const wanted: readonly string[] = typeof equals === 'string' ? [equals] : equals;
	const given = answers[dependsOn];
	const values = Array.isArray(given) ? given : given === undefined ? [] : [given];
	return values.some((value) => wanted.includes(value));
}

/** The first visible, required item without an answer; undefined when the questionnaire is complete. */
export function firstUnanswered(answers: Answers): Item | undefined {
	return visibleItems(answers).find((item) => !item.optional && !hasAnswer(answers[item.id]));
}

export function isComplete(answers: Answers): boolean {
	return firstUnanswered(answers) === undefined;
}

/**
 * Check one answer against its item. Blank counts as "no answer": fine for an optional item,
 * `required` otherwise. Returns an error key that the translations have under `errors.*`.
 */
export function validateAnswer(itemId: string, value: unknown): ValidationResult {
	const item = ITEMS_BY_ID.get(itemId);
	if (!item) return fail('unknown_item');
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
		return item.optional ? OK : fail('required');
	}
	switch (item.type) {
		case 'single':
			if (typeof value !== 'string') return fail('invalid_type');
			return item.options?.includes(value) ? OK : fail('invalid_option');
		case 'multi':
			return validateMulti(item, value);
		case 'text':
			if (typeof value !== 'string') return fail('invalid_type');
			return value.trim().length <= (item.maxLength ?? 500) ? OK : fail('too_long');
		case 'number': {
			if (typeof value !== 'string') return fail('invalid_type');
			if (!/^\d{1,4}$/.test(value.trim())) return fail('not_a_number');
			const n = Number(value);
			const inRange = n >= (item.min ?? 0) && n <= (item.max ?? Number.MAX_SAFE_INTEGER);
			return inRange ? OK : fail('out_of_range');
		}
	}
}

function validateMulti(item: Item, value: unknown): ValidationResult {
	if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
		return fail('invalid_type');
	}
	if (value.length === 0) return item.optional ? OK : fail('required');
	if (!value.every((v) => item.options?.includes(v))) return fail('invalid_option');
	if (new Set(value).size !== value.length) return fail('duplicate_option');
	const exclusive = value.some((v) => item.exclusive?.includes(v));
	return exclusive && value.length > 1 ? fail('exclusive_option') : OK;
}

const OK: ValidationResult = { ok: true };
function fail(error: AnswerErrorKey): ValidationResult {
	return { ok: false, error };
}
