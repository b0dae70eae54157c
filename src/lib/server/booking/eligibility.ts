import type { Executor } from '../db';

/**
 * When did this person submit the pre-intake questionnaire? The questionnaire capability answers;
 * booking only asks. Until a provider registers, the answer is "not submitted", so no intake can
 * be booked by mistake (a consultant can still book one for the person).
 *
 * A provider registers once, at import time, from its own file, e.g.
 * `src/lib/server/diagnosis/intake-eligibility.ts`:
 *
 *     registerIntakeEligibility(async (db, userId) => { … return submittedAt ?? null; });
 *
 * and adds one import line to `./eligibility-providers.ts`.
 */
export type QuestionnaireSubmittedAt = (db: Executor, userId: string) => Promise<Date | null>;

const notSubmitted: QuestionnaireSubmittedAt = async () => null;
let provider: QuestionnaireSubmittedAt = notSubmitted;

export function registerIntakeEligibility(fn: QuestionnaireSubmittedAt): void {
	provider = fn;
}

/** Tests: back to the default ("not submitted"). */
export function resetIntakeEligibility(): void {
	provider = notSubmitted;
}

export function getQuestionnaireSubmittedAt(db: Executor, userId: string): Promise<Date | null> {
	return provider(db, userId);
}
