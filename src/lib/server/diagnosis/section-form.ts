/**
 * One section of the questionnaire as posted by its form: read the fields (untrusted strings),
 * validate each with the definition's `validateAnswer`, and merge what is valid into the answers
 * so far. Invalid values are reported with the value as entered, so the page can show it again.
 */
import { cleanText } from '../forms/parse';
import { hasAnswer, validateAnswer, visibleItems } from './definition';
import { minimiseHealthAnswers } from './answers';
import type { AnswerErrorKey, Answers, Item, Section } from './types';

/** `follow_up`: a question appeared because of an answer on this page, and is still open. */
export type SectionErrorKey = AnswerErrorKey | 'follow_up';

export interface SectionError {
	error: SectionErrorKey;
	/** For `out_of_range` and `too_long`. */
	params?: Record<string, number>;
}

export interface PostedSection {
	/** Item ids the page showed; only these are read, so a question the page hid keeps its answer. */
	shown: ReadonlySet<string>;
	/** The values as entered (cleaned of control characters), to show again. */
	values: Answers;
}

/** 'complete' (Next): every shown, required question needs an answer. 'partial': save what is there. */
export type SaveMode = 'complete' | 'partial';

const MAX_ECHO = 5000;
// Eastern Arabic and Persian digits, as an Arabic keyboard types them: read as 0-9.
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

function westernDigits(text: string): string {
	return text.replace(ARABIC_DIGITS, (d) => String(d.charCodeAt(0) & 0xf));
}

function cleanValue(item: Item, raw: string): string {
	const multiline = item.type === 'text' && (item.maxLength ?? 500) > 300;
	const cleaned = cleanText(raw, multiline).slice(0, MAX_ECHO);
	return item.type === 'number' ? westernDigits(cleaned) : cleaned;
}

/** Reads the fields of one section from form data. Unknown fields are ignored. */
export function readSectionForm(form: FormData, section: Section): PostedSection {
	const ids = new Set(section.items.map((item) => item.id));
	const shown = new Set(
		form.getAll('shown').filter((id): id is string => typeof id === 'string' && ids.has(id))
	);
	const values: Answers = {};
	for (const item of section.items) {
		const raw = form.getAll(item.id).filter((v): v is string => typeof v === 'string');
		if (item.type === 'multi') {
			const chosen = raw.map((v) => cleanText(v).slice(0, 100)).filter(Boolean);
			if (chosen.length > 0) values[item.id] = chosen;
		} else if (raw.length > 0) {
			const value = cleanValue(item, raw[0]);
			if (value !== '') values[item.id] = value;
		}
	}
	return { shown, values };
}

export interface AppliedSection {
	/** The answers so far with the valid new answers in; invalid ones keep their earlier answer. */
	answers: Answers;
	errors: Record<string, SectionError>;
}

/** Merges a posted section into the answers so far. Pure: the caller saves and shows errors. */
export function applySection(
	stored: Answers,
	section: Section,
	posted: PostedSection,
	mode: SaveMode
): AppliedSection {
	const answers: Answers = { ...stored };
	const errors: Record<string, SectionError> = {};
	for (const item of section.items) {
		if (!posted.shown.has(item.id)) continue;
		const value = posted.values[item.id];
		if (value === undefined || !hasAnswer(value)) {
			delete answers[item.id];
			continue;
		}
		const check = validateAnswer(item.id, value);
		if (check.ok) answers[item.id] = value;
		else errors[item.id] = { error: check.error, params: paramsFor(item) };
	}
	if (mode === 'complete') {
		const inSection = new Set(section.items.map((item) => item.id));
		for (const item of visibleItems(answers)) {
			if (!inSection.has(item.id) || item.optional || errors[item.id]) continue;
			if (hasAnswer(answers[item.id])) continue;
			errors[item.id] = { error: posted.shown.has(item.id) ? 'required' : 'follow_up' };
		}
	}
	return { answers: minimiseHealthAnswers(answers), errors };
}

function paramsFor(item: Item): Record<string, number> | undefined {
	if (item.type === 'number') return { min: item.min ?? 0, max: item.max ?? 0 };
	if (item.type === 'text') return { max: item.maxLength ?? 500 };
	return undefined;
}

/** The item ids of a section that are visible for these answers, in order. */
export function visibleInSection(section: Section, answers: Answers): string[] {
	const inSection = new Set(section.items.map((item) => item.id));
	return visibleItems(answers)
		.filter((item) => inSection.has(item.id))
		.map((item) => item.id);
}

/** A section posted with every question shown and these answers (demo data, tests). */
export function postedFromAnswers(section: Section, answers: Answers): PostedSection {
	const values: Answers = {};
	for (const item of section.items) {
		if (answers[item.id] !== undefined) values[item.id] = answers[item.id];
	}
	return { shown: new Set(section.items.map((item) => item.id)), values };
}
