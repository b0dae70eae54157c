/**
 * Validation of a question at the boundary (API and page alike): text only, cleaned of control
 * and bidi-override characters, not empty, at most MAX_QUESTION_LENGTH characters.
 */
import { cleanText } from '../forms/parse';
import { LOCALES } from './content';

export const MAX_QUESTION_LENGTH = 500;
/** The languages the assistant has content in (the portal's four). */
export const ASSISTANT_LOCALES = LOCALES;
export type AssistantLocale = (typeof LOCALES)[number];

export type QuestionError = 'empty' | 'tooLong' | 'notText';

export function isAssistantLocale(value: unknown): value is AssistantLocale {
	return typeof value === 'string' && (ASSISTANT_LOCALES as readonly string[]).includes(value);
}

export function validateQuestion(
	raw: unknown
): { ok: true; question: string } | { ok: false; error: QuestionError } {
	if (typeof raw !== 'string') return { ok: false, error: raw == null ? 'empty' : 'notText' };
	const question = cleanText(raw);
	if (!question) return { ok: false, error: 'empty' };
	if ([...question].length > MAX_QUESTION_LENGTH) return { ok: false, error: 'tooLong' };
	return { ok: true, question };
}

/** The fewest phrasings a topic needs per language (content check and staff edits alike). */
export function minimumPhrasings(locale: string): number {
	return locale === 'ti' ? 3 : 5;
}
