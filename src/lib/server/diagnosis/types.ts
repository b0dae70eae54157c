/** Shapes shared by the questionnaire definition, validation and the estimate. */

export type ItemType = 'single' | 'multi' | 'text' | 'number';

/** Show an item only when an earlier item has (one of) the given option(s) as its answer. */
export interface ShowIf {
	item: string;
	equals: string | readonly string[];
}

export interface Item {
	/** Stable API: stored answers, translations and scoring rules refer to this id. */
	id: string;
	type: ItemType;
	/** Option ids, in display order (single and multi only). */
	options?: readonly string[];
	/** Options that cannot be combined with any other option (multi only), e.g. "none". */
	exclusive?: readonly string[];
	optional?: boolean;
	/** Special-category personal data (GDPR art. 9): ask consent first, restrict who sees it. */
	special?: 'health';
	showIf?: ShowIf;
	/** Bounds for number items (whole numbers). */
	min?: number;
	max?: number;
	/** Maximum length for text items, in characters. */
	maxLength?: number;
}

export interface Section {
	id: string;
	items: readonly Item[];
}

/** Answers by item id: an option id (single), option ids (multi), or text / a number as a string. */
export type Answers = Record<string, string | string[]>;

export type AnswerErrorKey =
	| 'unknown_item'
	| 'required'
	| 'invalid_type'
	| 'invalid_option'
	| 'duplicate_option'
	| 'exclusive_option'
	| 'too_long'
	| 'not_a_number'
	| 'out_of_range';

export type ValidationResult = { ok: true } | { ok: false; error: AnswerErrorKey };
