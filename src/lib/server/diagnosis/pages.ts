/**
 * What the applicant's pages show, built from the definition and the texts: a section with its
 * questions, the progress per section, where to resume. Pure and serialisable.
 */
import {
	getItemText,
	getQuestionnaireMessages,
	getSectionText,
	questionnaireTranslator
} from '../../content/questionnaire';
import type { Locale } from '../../i18n/languages';
import {
	firstUnanswered,
	getSectionOfItem,
	getSections,
	hasAnswer,
	visibleItems
} from './definition';
import type { SectionError } from './section-form';
import type { Answers, Section } from './types';

export const QUESTIONNAIRE_PATH = '/questionnaire';

export function findSection(sectionId: string): Section | undefined {
	return getSections().find((section) => section.id === sectionId);
}

export function sectionHref(sectionId: string, itemId?: string): string {
	return `${QUESTIONNAIRE_PATH}/${sectionId}${itemId ? `#item-${itemId}` : ''}`;
}

export function firstSectionHref(): string {
	return sectionHref(getSections()[0].id);
}

/** The first unanswered question (its section, anchored on it), or the review page when done. */
export function resumeHref(answers: Answers): string {
	const item = firstUnanswered(answers);
	if (!item) return `${QUESTIONNAIRE_PATH}/review`;
	return sectionHref(getSectionOfItem(item.id)!.id, item.id);
}

export interface QuestionView {
	id: string;
	type: 'single' | 'multi' | 'text' | 'number';
	label: string;
	help: string | null;
	optional: boolean;
	options: { id: string; label: string }[];
	/** Shown only when this item (in the same section) has one of these answers. */
	showIf: { item: string; equals: string[] } | null;
	/** For a `showIf` on an item in another section: whether it holds for the saved answers. */
	visibleNow: boolean;
	min: number | null;
	max: number | null;
	maxLength: number | null;
}

export function getSectionPage(sectionId: string, locale: Locale, answers: Answers) {
	const sections = getSections();
	const index = sections.findIndex((section) => section.id === sectionId);
	if (index < 0) return null;
	const section = sections[index];
	const text = getSectionText(locale, section.id);
	const visible = new Set(visibleItems(answers).map((item) => item.id));
	const questions: QuestionView[] = section.items.map((item) => {
		const itemText = getItemText(locale, item.id);
		return {
			id: item.id,
			type: item.type,
			label: itemText?.label ?? item.id,
			help: itemText?.help ?? null,
			optional: item.optional === true,
			options: (item.options ?? []).map((id) => ({ id, label: itemText?.options?.[id] ?? id })),
			showIf: item.showIf
				? {
						item: item.showIf.item,
						equals:
							typeof item.showIf.equals === 'string'
								? [item.showIf.equals]
								: [...item.showIf.equals]
					}
				: null,
			visibleNow: visible.has(item.id),
			min: item.min ?? null,
			max: item.max ?? null,
			maxLength: item.type === 'text' ? (item.maxLength ?? 500) : null
		};
	});
	const values: Answers = {};
	for (const item of section.items) {
		if (answers[item.id] !== undefined) values[item.id] = answers[item.id];
	}
	return {
		id: section.id,
		number: index + 1,
		total: sections.length,
		title: text?.title ?? section.id,
		intro: text?.intro ?? '',
		questions,
		values,
		previousHref: index > 0 ? sectionHref(sections[index - 1].id) : null,
		nextHref:
			index < sections.length - 1
				? sectionHref(sections[index + 1].id)
				: `${QUESTIONNAIRE_PATH}/review`,
		consent: section.id === 'health' ? getQuestionnaireMessages(locale).consent.health : null
	};
}

export type SectionStatus = 'done' | 'started' | 'todo';

/** Per section: done (every visible required question answered), started, or not yet. */
export function sectionProgress(answers: Answers, locale: Locale) {
	const visible = visibleItems(answers);
	return getSections().map((section) => {
		const items = visible.filter((item) => section.items.some((i) => i.id === item.id));
		const answered = items.filter((item) => hasAnswer(answers[item.id]));
		const open = items.filter((item) => !item.optional && !hasAnswer(answers[item.id]));
		const status: SectionStatus =
			open.length === 0 ? 'done' : answered.length > 0 ? 'started' : 'todo';
		return {
			id: section.id,
			title: getSectionText(locale, section.id)?.title ?? section.id,
			href: sectionHref(section.id),
			status
		};
	});
}

/** Error messages in the person's language, by item id. `follow_up` is a page text (`t`). */
export function sectionErrorMessages(
	errors: Record<string, SectionError>,
	locale: Locale,
	followUpText: string
): Record<string, string> {
	const t = questionnaireTranslator(locale);
	const messages: Record<string, string> = {};
	for (const [itemId, { error, params }] of Object.entries(errors)) {
		messages[itemId] = error === 'follow_up' ? followUpText : t(`errors.${error}`, params ?? {});
	}
	return messages;
}

/** The questionnaire's own words for buttons and headings (src/lib/content/questionnaire). */
export function questionnaireTexts(locale: Locale, progress?: { current: number; total: number }) {
	const t = questionnaireTranslator(locale);
	return {
		title: t('questionnaire.title'),
		progress: progress ? t('questionnaire.progress', progress) : '',
		next: t('questionnaire.next'),
		previous: t('questionnaire.previous'),
		save: t('questionnaire.save'),
		optional: t('questionnaire.optional'),
		checkTitle: t('questionnaire.checkTitle'),
		change: t('questionnaire.change'),
		notAnswered: t('questionnaire.notAnswered'),
		submit: t('questionnaire.submit')
	};
}
