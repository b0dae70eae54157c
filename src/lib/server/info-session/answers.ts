import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { isModuleSlug } from '../../content/info-session';
import { infoSessionAnswer } from './schema';
import { checkAnswer, isRight, type ProgressState } from './progress';

/** Whose answers: an applicant or client (their rows carry their municipality). */
export interface Participant {
	id: string;
	municipalityId: string;
}

export type RecordAnswerResult = { ok: true; correct: boolean } | { ok: false; error: string };

/** Translation key shown when a posted module, question or option does not exist. */
export const UNKNOWN_ANSWER = 'infoSession.quiz.unknownAnswer';

/**
 * Records one answer attempt of a logged-in person. One statement, so two quick clicks cannot
 * lose an attempt: the first answer is inserted, later ones add to the count, and nothing changes
 * any more once the question has been answered right.
 */
export async function recordQuizAnswer(
	db: Executor,
	person: Participant,
	slug: string,
	questionId: string,
	optionId: string
): Promise<RecordAnswerResult> {
	const checked = checkAnswer(slug, questionId, optionId);
	if (!checked) return { ok: false, error: UNKNOWN_ANSWER };
	await db
		.insert(infoSessionAnswer)
		.values({
			userId: person.id,
			municipalityId: person.municipalityId,
			module: checked.slug,
			questionId,
			attempts: 1,
			firstOption: optionId,
			firstCorrect: checked.correct,
			lastOption: optionId,
			correct: checked.correct
		})
		.onConflictDoUpdate({
			target: [infoSessionAnswer.userId, infoSessionAnswer.module, infoSessionAnswer.questionId],
			set: {
				attempts: sql`${infoSessionAnswer.attempts} + 1`,
				lastOption: optionId,
				correct: checked.correct,
				lastAnsweredAt: sql`now()`
			},
			setWhere: eq(infoSessionAnswer.correct, false)
		});
	return { ok: true, correct: checked.correct };
}

/** A person's answers as a ProgressState (rows of modules or questions no longer in the content are left out). */
export async function getAccountProgress(db: Executor, userId: string): Promise<ProgressState> {
	const rows = await db
		.select({
			module: infoSessionAnswer.module,
			questionId: infoSessionAnswer.questionId,
			attempts: infoSessionAnswer.attempts,
			firstOption: infoSessionAnswer.firstOption,
			lastOption: infoSessionAnswer.lastOption
		})
		.from(infoSessionAnswer)
		.where(eq(infoSessionAnswer.userId, userId));
	const state: ProgressState = {};
	for (const row of rows) {
		if (!isModuleSlug(row.module) || !checkAnswer(row.module, row.questionId, row.firstOption)) {
			continue;
		}
		(state[row.module] ??= {})[row.questionId] = {
			attempts: row.attempts,
			firstOption: row.firstOption,
			lastOption: row.lastOption
		};
	}
	return state;
}

/**
 * Adds answers given elsewhere (the anonymous cookie) to an account. What the account already has
 * wins: a question answered in the account keeps its first answer and count. Returns how many
 * questions were added.
 */
export async function mergeProgressIntoAccount(
	db: Executor,
	person: Participant,
	state: ProgressState
): Promise<number> {
	const rows = Object.entries(state).flatMap(([slug, answers]) =>
		isModuleSlug(slug)
			? Object.entries(answers ?? {})
					.filter(([questionId, a]) => checkAnswer(slug, questionId, a.firstOption))
					.map(([questionId, a]) => ({
						userId: person.id,
						municipalityId: person.municipalityId,
						module: slug,
						questionId,
						attempts: a.attempts,
						firstOption: a.firstOption,
						firstCorrect: isRight(slug, questionId, a.firstOption),
						lastOption: a.lastOption,
						correct: isRight(slug, questionId, a.lastOption)
					}))
			: []
	);
	if (rows.length === 0) return 0;
	const inserted = await db
		.insert(infoSessionAnswer)
		.values(rows)
		.onConflictDoNothing()
		.returning({ questionId: infoSessionAnswer.questionId });
	return inserted.length;
}
