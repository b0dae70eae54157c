/**
 * Staff edit an answer per language and mark it reviewed (quality officers and administrators).
 * A save raises the content version, so every instance rebuilds its index within seconds. The
 * row keeps its file hash: the topic file only replaces the edit when the file itself changes
 * (see sync.ts).
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../db';
import { user, type Role } from '../db/schema-core';
import type { SessionUser } from '../auth/session';
import { recordAudit } from '../audit/record';
import { DISPLAY_TIME_ZONE } from '../time';
import { isSafeHref, linkTargets } from './markdown';
import { minimumPhrasings } from './validate';
import { assistantAnswer, assistantPhrasing, assistantTopic, type SourceLink } from './schema';
import { bumpContentVersion, replacePhrasings } from './sync';
import { dateTimeFormat } from '../../intl';

export const EDITOR_ROLES = ['quality_officer', 'administrator'] as const satisfies readonly Role[];

export function canEditAnswers(role: Role): boolean {
	return (EDITOR_ROLES as readonly Role[]).includes(role);
}

export interface AnswerInput {
	title: string;
	answer: string;
	nextStepLabel: string;
	nextStepHref: string;
	phrasings: string[];
}

export interface EditableAnswer extends AnswerInput {
	slug: string;
	group: string;
	locale: string;
	status: 'draft' | 'reviewed';
	lastReviewed: string | null;
	reviewedByName: string | null;
	updatedAt: Date;
	updatedByName: string | null;
	sources: SourceLink[];
}

const reviewer = alias(user, 'reviewer');
const editor = alias(user, 'editor');

export async function getAnswerForEdit(
	db: Executor,
	slug: string,
	locale: string
): Promise<EditableAnswer | null> {
	const [row] = await db
		.select({
			slug: assistantAnswer.topicSlug,
			group: assistantTopic.group,
			locale: assistantAnswer.locale,
			title: assistantAnswer.title,
			answer: assistantAnswer.answer,
			nextStepLabel: assistantAnswer.nextStepLabel,
			nextStepHref: assistantAnswer.nextStepHref,
			status: assistantAnswer.status,
			lastReviewed: assistantAnswer.lastReviewed,
			reviewedByName: reviewer.name,
			updatedAt: assistantAnswer.updatedAt,
			updatedByName: editor.name,
			sources: assistantAnswer.sources
		})
		.from(assistantAnswer)
		.innerJoin(assistantTopic, eq(assistantTopic.slug, assistantAnswer.topicSlug))
		.leftJoin(reviewer, eq(reviewer.id, assistantAnswer.reviewedBy))
		.leftJoin(editor, eq(editor.id, assistantAnswer.updatedBy))
		.where(and(eq(assistantAnswer.topicSlug, slug), eq(assistantAnswer.locale, locale)))
		.limit(1);
	if (!row) return null;
	const phrasings = await db
		.select({ text: assistantPhrasing.text })
		.from(assistantPhrasing)
		.where(and(eq(assistantPhrasing.topicSlug, slug), eq(assistantPhrasing.locale, locale)))
		.orderBy(asc(assistantPhrasing.position));
	return { ...row, phrasings: phrasings.map((p) => p.text) };
}

/** Splits the phrasings textarea: one per line, trimmed, blanks and duplicates dropped. */
export function parsePhrasings(text: string): string[] {
	return [
		...new Set(
			text
				.split('\n')
				.map((l) => l.trim())
				.filter(Boolean)
		)
	];
}

/** Field → translation key, for what parseForm cannot see. Empty when the input is fine. */
export function checkAnswerInput(input: AnswerInput, locale: string): Record<string, string> {
	const errors: Record<string, string> = {};
	if (linkTargets(input.answer).some((href) => !isSafeHref(href)))
		errors.answer = 'assistant.edit.errors.unsafeLink';
	if (!!input.nextStepLabel !== !!input.nextStepHref) {
		errors[input.nextStepLabel ? 'nextStepHref' : 'nextStepLabel'] =
			'assistant.edit.errors.nextStepPair';
	} else if (input.nextStepHref && !isSafeHref(input.nextStepHref)) {
		errors.nextStepHref = 'assistant.edit.errors.unsafeHref';
	}
	if (input.phrasings.length < minimumPhrasings(locale)) {
		errors.phrasings = 'assistant.edit.errors.fewPhrasings';
	}
	if (input.phrasings.some((p) => p.length > 300)) errors.phrasings = 'form.tooLong';
	return errors;
}

/** Today as a calendar date in the Netherlands (YYYY-MM-DD). */
export function todayInNetherlands(now = new Date()): string {
	return dateTimeFormat('en-CA', { timeZone: DISPLAY_TIME_ZONE }).format(now);
}

/**
 * Saves an edit. Any change of the text puts the answer back to draft unless it is marked reviewed
 * in the same save; marking reviewed records today's date and the reviewer. Returns false when the
 * answer does not exist.
 */
export async function saveAnswer(
	db: Executor,
	staff: Pick<SessionUser, 'id' | 'role' | 'municipalityId'>,
	target: { slug: string; locale: string },
	input: AnswerInput,
	options: { markReviewed: boolean }
): Promise<{ saved: boolean; changed: boolean }> {
	if (!canEditAnswers(staff.role)) throw new Error('not allowed to edit assistant answers');
	return db.transaction(async (tx) => {
		const where = and(
			eq(assistantAnswer.topicSlug, target.slug),
			eq(assistantAnswer.locale, target.locale)
		);
		const [current] = await tx.select().from(assistantAnswer).where(where).for('update');
		if (!current) return { saved: false, changed: false };
		const phrasings = await tx
			.select({ text: assistantPhrasing.text })
			.from(assistantPhrasing)
			.where(
				and(
					eq(assistantPhrasing.topicSlug, target.slug),
					eq(assistantPhrasing.locale, target.locale)
				)
			)
			.orderBy(asc(assistantPhrasing.position));
		const phrasingsChanged = phrasings.map((p) => p.text).join('\n') !== input.phrasings.join('\n');
		const changed =
			phrasingsChanged ||
			current.title !== input.title ||
			current.answer !== input.answer ||
			current.nextStepLabel !== input.nextStepLabel ||
			current.nextStepHref !== input.nextStepHref;
		if (!changed && !options.markReviewed) return { saved: true, changed: false };
		await tx
			.update(assistantAnswer)
			.set({
				title: input.title,
				answer: input.answer,
				nextStepLabel: input.nextStepLabel,
				nextStepHref: input.nextStepHref,
				status: options.markReviewed ? 'reviewed' : 'draft',
				lastReviewed: options.markReviewed ? todayInNetherlands() : current.lastReviewed,
				reviewedBy: options.markReviewed ? staff.id : current.reviewedBy,
				updatedBy: staff.id,
				updatedAt: sql`now()`
			})
			.where(where);
		if (phrasingsChanged) await replacePhrasings(tx, target.slug, target.locale, input.phrasings);
		if (changed) await bumpContentVersion(tx);
		await recordAudit(tx, {
			actorId: staff.id,
			action: options.markReviewed ? 'assistant.answer.review' : 'assistant.answer.edit',
			municipalityId: staff.municipalityId,
			detail: { topic: target.slug, locale: target.locale, changed }
		});
		return { saved: true, changed };
	});
}
