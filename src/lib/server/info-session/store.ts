import type { Cookies } from '@sveltejs/kit';
import type { Executor } from '../db';
import type { SessionUser } from '../auth/session';
import { CLIENT_ROLES } from '../auth/roles';
import {
	getAccountProgress,
	recordQuizAnswer,
	UNKNOWN_ANSWER,
	type Participant,
	type RecordAnswerResult
} from './answers';
import { readAnonymousProgress, recordAnonymousAnswer } from './cookie';
import { checkAnswer, type ProgressState } from './progress';

/**
 * Where a visitor's progress lives: applicants and clients in their account; everyone else
 * (not logged in, or staff previewing the session) in a cookie in their browser.
 */
export type ProgressOwner = { kind: 'account'; person: Participant } | { kind: 'browser' };

export function progressOwnerOf(user: SessionUser | null): ProgressOwner {
	if (user && (CLIENT_ROLES as readonly string[]).includes(user.role)) {
		return { kind: 'account', person: { id: user.id, municipalityId: user.municipalityId } };
	}
	return { kind: 'browser' };
}

export function loadProgress(
	db: Executor,
	owner: ProgressOwner,
	cookies: Pick<Cookies, 'get'>
): Promise<ProgressState> {
	if (owner.kind === 'account') return getAccountProgress(db, owner.person.id);
	return Promise.resolve(readAnonymousProgress(cookies));
}

export async function saveAnswer(
	db: Executor,
	owner: ProgressOwner,
	cookies: Pick<Cookies, 'get' | 'set'>,
	answer: { slug: string; questionId: string; optionId: string }
): Promise<RecordAnswerResult> {
	const { slug, questionId, optionId } = answer;
	if (owner.kind === 'account') {
		return recordQuizAnswer(db, owner.person, slug, questionId, optionId);
	}
	const checked = checkAnswer(slug, questionId, optionId);
	if (!checked) return { ok: false, error: UNKNOWN_ANSWER };
	recordAnonymousAnswer(cookies, slug, questionId, optionId);
	return { ok: true, correct: checked.correct };
}
