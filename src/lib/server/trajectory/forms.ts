/**
 * Form specs of the trajectory's staff and client forms (for parseForm), plus the checks parseForm
 * has no type for: calendar dates and whole numbers. Errors are translation keys.
 */
import { parseForm, type FieldSpec, type ParseResult } from '../forms/parse';
import { isIsoDate } from './dates';
import {
	APPLICATION_METHODS,
	APPLICATION_RESULTS,
	CATEGORIES,
	DROPOUT_REASONS,
	OUTFLOW_OTHER_REASONS,
	PHASES,
	ROUTES,
	TARGET_GROUPS,
	TRACKS,
	TRAJECTORY_TYPES
} from './vocabulary';

const reason = { type: 'text', max: 500, min: 3 } as const;
const optionalDate = { type: 'text', required: false, max: 10 } as const;
const requiredDate = { type: 'text', max: 10 } as const;
const id = { type: 'text', max: 36, min: 36 } as const;

export const PHASE_FORM = {
	phase: { type: 'choice', options: PHASES },
	route: { type: 'choice', options: ROUTES, required: false },
	category: { type: 'choice', options: CATEGORIES, required: false },
	track: { type: 'choice', options: TRACKS, required: false },
	outflowReason: { type: 'choice', options: OUTFLOW_OTHER_REASONS, required: false },
	effectiveOn: optionalDate,
	reason
} as const;

export const CONSULTANT_FORM = { consultantId: id, reason } as const;

export const ASSIGN_TRAJECTORY_FORM = {
	trajectoryId: id,
	startsOn: requiredDate,
	plannedEndOn: optionalDate
} as const;

export const OUTCOME_FORM = {
	clientTrajectoryId: id,
	status: { type: 'choice', options: ['completed', 'dropped_out', 'cancelled'] },
	endedOn: requiredDate,
	dropoutReason: { type: 'choice', options: DROPOUT_REASONS, required: false },
	note: { type: 'text', required: false, max: 500 }
} as const;

export const JOB_APPLICATION_FORM = {
	appliedOn: requiredDate,
	employer: { type: 'text', max: 120 },
	position: { type: 'text', max: 120 },
	method: { type: 'choice', options: APPLICATION_METHODS },
	result: { type: 'choice', options: APPLICATION_RESULTS }
} as const;

export const APPLICATION_RESULT_FORM = {
	applicationId: id,
	result: { type: 'choice', options: APPLICATION_RESULTS }
} as const;

export const AGREEMENT_FORM = { perMonth: { type: 'text', max: 2 } } as const;

export const NOTE_FORM = { body: { type: 'text', max: 2000, multiline: true } } as const;

export const CONVERSATION_FORM = {
	heldOn: requiredDate,
	agreements: { type: 'text', max: 1000, multiline: true, required: false }
} as const;

export const WORK_WISH_FORM = {
	message: { type: 'text', max: 1000, multiline: true, required: false }
} as const;

export const PROPOSAL_FORM = {
	wishId: id,
	category: { type: 'choice', options: ['1A', '1B', '1C', '2B'] },
	buddyId: id,
	reason
} as const;

export const WISH_DECISION_FORM = {
	wishId: id,
	decision: { type: 'choice', options: ['accept', 'decline'] },
	reason
} as const;

export const DECLINE_REQUEST_FORM = { wishId: id, reason } as const;

export const TRAJECTORY_FORM = {
	name: { type: 'text', max: 120 },
	provider: { type: 'text', max: 120 },
	type: { type: 'choice', options: TRAJECTORY_TYPES },
	targetGroup: { type: 'choice', options: TARGET_GROUPS },
	durationWeeks: { type: 'text', max: 3 },
	cost: { type: 'text', max: 7 },
	capacity: { type: 'text', required: false, max: 4 },
	description: { type: 'text', required: false, max: 500, multiline: true }
} as const;

export const TARGET_FORM = { target: { type: 'text', max: 4 } } as const;

export function parseWholeNumber(value: string, min: number, max: number): number | null {
	if (!/^\d+$/.test(value)) return null;
	const n = Number(value);
	return n >= min && n <= max ? n : null;
}

/**
 * parseForm plus checks on date fields ('YYYY-MM-DD', as <input type="date"> sends) and whole
 * numbers; one result with per-field translation keys.
 */
export function parseTrajectoryForm<T extends Record<string, FieldSpec>>(
	form: FormData,
	spec: T,
	extra: {
		dates?: (keyof T & string)[];
		numbers?: Partial<Record<keyof T & string, [number, number]>>;
	} = {}
): ParseResult<T> {
	const parsed = parseForm(form, spec);
	const errors: Record<string, string> = parsed.ok
		? {}
		: { ...(parsed.errors as Record<string, string>) };
	for (const field of extra.dates ?? []) {
		const value = parsed.values[field];
		if (value && !errors[field] && !isIsoDate(value)) errors[field] = 'trajectory.errors.date';
	}
	for (const [field, [min, max]] of Object.entries(extra.numbers ?? {}) as [
		string,
		[number, number]
	][]) {
		const value = parsed.values[field];
		if (value && !errors[field] && parseWholeNumber(value, min, max) === null) {
			errors[field] = 'trajectory.errors.number';
		}
	}
	if (Object.keys(errors).length > 0) {
		return {
			ok: false,
			errors: errors as Partial<Record<keyof T & string, string>>,
			values: parsed.values
		};
	}
	return parsed;
}
