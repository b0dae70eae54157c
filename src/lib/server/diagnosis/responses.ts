/**
 * The applicant's side: a person's own questionnaire, saved per section, submitted once.
 * Locking is the database's job: every change takes the row lock and only touches a draft.
 */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { mergeAnswers, splitAnswers } from './answers';
import { estimate } from './estimate';
import { isComplete, QUESTIONNAIRE_VERSION } from './definition';
import { applySection, type PostedSection, type SaveMode, type SectionError } from './section-form';
import { diagnosisResult, questionnaireResponse, type DiagnosisResult } from './schema';
import type { Answers, Section } from './types';

/** Whose questionnaire: the signed-in person (never an id from the address bar). */
export interface Respondent {
	id: string;
	municipalityId: string;
}

export interface OwnQuestionnaire {
	id: string;
	status: 'draft' | 'submitted';
	/** All answers, health included: it is the person's own data. */
	answers: Answers;
	locale: string | null;
	startedAt: Date;
	updatedAt: Date;
	submittedAt: Date | null;
}

/** The person's questionnaire, or null when they have not saved anything yet. */
export async function getOwnQuestionnaire(
	db: Executor,
	userId: string
): Promise<OwnQuestionnaire | null> {
	const [row] = await db
		.select()
		.from(questionnaireResponse)
		.where(eq(questionnaireResponse.userId, userId))
		.limit(1);
	if (!row) return null;
	return {
		id: row.id,
		status: row.status,
		answers: mergeAnswers(row.answers, row.healthAnswers),
		locale: row.locale,
		startedAt: row.startedAt,
		updatedAt: row.updatedAt,
		submittedAt: row.submittedAt
	};
}

/**
 * Only where the person's questionnaire stands (for the timeline on /my): no answers are read, so
 * health answers never leave the table for this.
 */
export async function getQuestionnaireStep(
	db: Executor,
	userId: string
): Promise<{ status: OwnQuestionnaire['status']; submittedAt: Date | null } | null> {
	const [row] = await db
		.select({
			status: questionnaireResponse.status,
			submittedAt: questionnaireResponse.submittedAt
		})
		.from(questionnaireResponse)
		.where(eq(questionnaireResponse.userId, userId))
		.limit(1);
	return row ?? null;
}

/** When the person submitted the questionnaire; null while not (yet) submitted. For booking. */
export async function getQuestionnaireSubmittedAt(
	db: Executor,
	userId: string
): Promise<Date | null> {
	const step = await getQuestionnaireStep(db, userId);
	return step?.status === 'submitted' ? step.submittedAt : null;
}

export type SaveSectionResult =
	| { ok: true; answers: Answers; errors: Record<string, SectionError> }
	| { ok: false; reason: 'submitted' };

/**
 * Saves one section in one transaction: creates the draft on the first save, locks it, refuses a
 * submitted one, merges the valid answers in. Invalid answers come back as errors (the earlier
 * answer stays); the valid ones are saved anyway, so nothing the person entered well is lost.
 */
export async function saveSection(
	db: Executor,
	person: Respondent,
	section: Section,
	posted: PostedSection,
	mode: SaveMode
): Promise<SaveSectionResult> {
	return db.transaction(async (tx) => {
		await tx
			.insert(questionnaireResponse)
			.values({
				userId: person.id,
				municipalityId: person.municipalityId,
				definitionVersion: QUESTIONNAIRE_VERSION
			})
			.onConflictDoNothing({ target: questionnaireResponse.userId });
		const [row] = await tx
			.select()
			.from(questionnaireResponse)
			.where(eq(questionnaireResponse.userId, person.id))
			.for('update');
		if (row.status !== 'draft') return { ok: false, reason: 'submitted' } as const;
		const applied = applySection(
			mergeAnswers(row.answers, row.healthAnswers),
			section,
			posted,
			mode
		);
		await tx
			.update(questionnaireResponse)
			.set({
				...splitAnswers(applied.answers),
				definitionVersion: QUESTIONNAIRE_VERSION,
				updatedAt: new Date()
			})
			.where(eq(questionnaireResponse.id, row.id));
		return { ok: true, answers: applied.answers, errors: applied.errors } as const;
	});
}

export type SubmitResult =
	| { ok: true; result: DiagnosisResult }
	| { ok: false; reason: 'not_started' | 'submitted' | 'incomplete' };

/**
 * Submits the questionnaire and stores the estimate, in one transaction. The row lock and the
 * `status = 'draft'` check make a second (or simultaneous) submission a no-op: one result only.
 */
export async function submitQuestionnaire(
	db: Executor,
	person: Respondent,
	locale: string
): Promise<SubmitResult> {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select()
			.from(questionnaireResponse)
			.where(eq(questionnaireResponse.userId, person.id))
			.for('update');
		if (!row) return { ok: false, reason: 'not_started' } as const;
		if (row.status !== 'draft') return { ok: false, reason: 'submitted' } as const;
		const answers = mergeAnswers(row.answers, row.healthAnswers);
		if (!isComplete(answers)) return { ok: false, reason: 'incomplete' } as const;
		const now = new Date();
		await tx
			.update(questionnaireResponse)
			.set({ status: 'submitted', submittedAt: now, updatedAt: now, locale })
			.where(and(eq(questionnaireResponse.id, row.id), eq(questionnaireResponse.status, 'draft')));
		const scored = estimate(answers);
		const [result] = await tx
			.insert(diagnosisResult)
			.values({
				responseId: row.id,
				municipalityId: row.municipalityId,
				months: scored.months,
				category: scored.category,
				route: scored.route,
				factors: scored.factors,
				rulesVersion: scored.rulesVersion
			})
			.returning();
		return { ok: true, result } as const;
	});
}
