/** Narrow an untrusted answer set (a JSON line, a stored draft) to `Answers`. */
import { getItem, hasAnswer, validateAnswer } from './definition';
import type { AnswerErrorKey, Answers } from './types';

export interface AnswerSetError {
	item: string;
	error: AnswerErrorKey;
}

export type ParsedAnswerSet =
	{ ok: true; answers: Answers } | { ok: false; errors: AnswerSetError[] };

/**
 * Accepts a plain object keyed by item id. Blank answers (and null) are dropped (not answered yet), so a
 * partial set is valid; completeness is `isComplete`'s job. A JSON number is accepted for a number
 * item. Answers to items that are hidden by `showIf` are kept: the estimate ignores them.
 */
export function parseAnswerSet(input: unknown): ParsedAnswerSet {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		return { ok: false, errors: [{ item: '', error: 'invalid_type' }] };
	}
	const answers: Answers = {};
	const errors: AnswerSetError[] = [];
	for (const [itemId, raw] of Object.entries(input)) {
		const value = getItem(itemId)?.type === 'number' && typeof raw === 'number' ? String(raw) : raw;
		const blank = typeof value === 'string' || Array.isArray(value) ? !hasAnswer(value) : false;
		if (value === null || blank) continue;
		const result = validateAnswer(itemId, value);
		if (!result.ok) errors.push({ item: itemId, error: result.error });
		else answers[itemId] = typeof value === 'string' ? value.trim() : (value as string[]);
	}
	return errors.length > 0 ? { ok: false, errors } : { ok: true, answers };
}
