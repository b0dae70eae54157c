import type { TFunction } from 'i18next';

/**
 * Languages an interpreter (tolk) can be asked for: the status holders' main languages
 * (Syria, Eritrea, Afghanistan, Turkey, Yemen, Somalia) and a few more. ISO 639 codes.
 */
export const INTERPRETER_LANGUAGES = [
	'ar',
	'ti',
	'prs',
	'ps',
	'fa',
	'kmr',
	'ckb',
	'so',
	'tr',
	'am',
	'uk',
	'en'
] as const;

export function isInterpreterLanguage(value: unknown): boolean {
	return typeof value === 'string' && (INTERPRETER_LANGUAGES as readonly string[]).includes(value);
}

export function interpreterLabel(t: TFunction, code: string): string {
	return isInterpreterLanguage(code) ? t(`booking.languages.${code}`) : code;
}
