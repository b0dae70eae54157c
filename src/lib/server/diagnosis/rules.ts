/**
 * The scoring rules of the estimate, as data. Every row is one rule a person can read on the
 * "how it works" page: "this answer adds N months". Options are listed from best to worst (the
 * months never go down along a list), which is what the monotonicity tests check.
 *
 * Items without rules (age, household, country of education, free text, hours wanted) never change
 * the estimate: they help the consultant choose a specific route, but the estimate depends only on
 * what stands between a person and work, not on who they are.
 */
export const RULES_VERSION = '2026-11-28.1';

export interface OptionRule {
	option: string;
	months: number;
	/** Also report this option as a factor when it adds 0 months (to explain what was not counted). */
	note?: boolean;
}

export interface ItemRule {
	item: string;
	/** Options from best to worst. For a multi item every chosen option adds its months. */
	options: readonly OptionRule[];
}

/** Shorthand: [option, months] pairs, best first. */
function rule(item: string, ...pairs: [string, number, 'note'?][]): ItemRule {
	return {
		item,
		options: pairs.map(([option, months, note]) => ({
			option,
			months,
			...(note && { note: true })
		}))
	};
}

export const ITEM_RULES: readonly ItemRule[] = [
	// Gate only: "yes" makes the childcare question appear.
	rule('children_under_5', ['no', 0], ['yes', 0]),
	rule('childcare_arranged', ['yes', 0], ['partly', 2], ['no', 4]),
	rule('housing_stable', ['yes', 0], ['temporary', 2], ['no', 6]),
	rule(
		'education_level',
		['higher', 0],
		['upper_secondary', 0],
		['lower_secondary', 3],
		['primary', 6],
		['none', 8]
	),
	// Gate only: abroad / both make the diploma question appear. Where someone studied adds nothing.
	rule('education_country', ['netherlands', 0], ['abroad', 0], ['both', 0]),
	rule('diploma_evaluated', ['yes', 0], ['no_diploma', 0], ['in_progress', 1], ['no', 2]),
	rule(
		'months_since_work',
		['lt6', 0],
		['6_12', 2],
		['12_24', 4],
		['24_60', 6],
		['gt60', 8],
		// At least gt60 plus the worst longest_job: "never" hides that question.
		['never', 10]
	),
	rule('longest_job', ['gt24', 0], ['12_24', 0], ['6_12', 1], ['lt6', 2]),
	rule('dutch_level', ['b2_plus', 0], ['b1', 0], ['a2', 4], ['a1', 8], ['none', 12]),
	rule('digital_email', ['yes', 0], ['with_help', 1], ['no', 2]),
	rule('digital_forms', ['yes', 0], ['with_help', 1], ['no', 2]),
	rule('digital_computer_work', ['yes', 0], ['a_little', 1], ['no', 2]),
	// Health is never guessed: without consent it adds 0 and the consultant discusses it.
	rule('health_consent', ['discuss_with_consultant', 0, 'note'], ['no', 0, 'note'], ['yes', 0]),
	rule('health_limits', ['no', 0], ['somewhat', 8], ['strongly', 24]),
	rule('hours_available', ['gte32', 0], ['24_31', 0], ['12_23', 2], ['lt12', 4]),
	rule('driving_licence', ['yes', 0], ['no', 1]),
	rule(
		'own_transport',
		['car', 0],
		['bicycle_or_scooter', 0],
		['public_transport', 1],
		['none', 2]
	),
	rule('travel_time', ['gt60', 0], ['30_60', 0], ['15_30', 1], ['lt15', 2]),
	rule(
		'worries',
		['none', 0],
		['other', 1],
		['housing', 2],
		['care_duties', 2],
		['health_family', 2],
		['debts', 3]
	),
	rule('wants_work', ['yes', 0], ['not_sure', 2], ['no', 4])
];

/** A rule produces a factor when it adds months, or when it is a note (0 months, explained). */
export function producesFactor(rule: OptionRule): boolean {
	return rule.months > 0 || rule.note === true;
}

/** Every factor key the estimate can produce: `<item>.<option>` (the translation key under `factors`). */
export function listFactorKeys(): string[] {
	return ITEM_RULES.flatMap(({ item, options }) =>
		options.filter(producesFactor).map(({ option }) => `${item}.${option}`)
	);
}
