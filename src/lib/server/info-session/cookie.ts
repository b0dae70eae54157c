/**
 * Progress of someone who is not logged in, kept in a cookie until they register or log in
 * (then carried over into their account, see carry-over.ts).
 *
 * Not signed: the cookie only holds the person's own quiz answers to public content, and anyone
 * can produce any of those by clicking through. It is validated instead, on every read: only known
 * module slugs, question ids and option ids, small counts, and a bounded size. Anything else is
 * dropped, so a tampered cookie can never reach the database as anything but valid answers.
 */
import type { Cookies } from '@sveltejs/kit';
import { config } from '../config';
import { applyAnswer, checkAnswer, type AnswerRecord, type ProgressState } from './progress';

export const INFO_SESSION_COOKIE = 'info_session';
/** The whole session fits in about 600 characters; anything much longer is not ours. */
export const MAX_COOKIE_LENGTH = 2048;
const MAX_ATTEMPTS = 99;
const FORMAT_VERSION = 1;

/** Stored form: { v: 1, m: { [module]: { [questionId]: [attempts, firstOption, lastOption] } } } */
type StoredAnswer = [number, string, string];

function toBase64Url(text: string): string {
	return Buffer.from(text, 'utf8').toString('base64url');
}

function fromBase64Url(text: string): string {
	return Buffer.from(text, 'base64url').toString('utf8');
}

export function serialiseProgress(state: ProgressState): string {
	const modules: Record<string, Record<string, StoredAnswer>> = {};
	for (const [slug, answers] of Object.entries(state)) {
		if (!answers) continue;
		modules[slug] = {};
		for (const [questionId, a] of Object.entries(answers)) {
			modules[slug][questionId] = [a.attempts, a.firstOption, a.lastOption];
		}
	}
	return toBase64Url(JSON.stringify({ v: FORMAT_VERSION, m: modules }));
}

function validAnswer(slug: string, questionId: string, value: unknown): AnswerRecord | undefined {
	if (!Array.isArray(value) || value.length !== 3) return undefined;
	const [attempts, firstOption, lastOption] = value as unknown[];
	if (!Number.isInteger(attempts) || (attempts as number) < 1) return undefined;
	if (typeof firstOption !== 'string' || typeof lastOption !== 'string') return undefined;
	if (!checkAnswer(slug, questionId, firstOption) || !checkAnswer(slug, questionId, lastOption)) {
		return undefined;
	}
	// One attempt means the first answer is the last one.
	if (attempts === 1 && firstOption !== lastOption) return undefined;
	return { attempts: Math.min(attempts as number, MAX_ATTEMPTS), firstOption, lastOption };
}

/** Reads the cookie's value; anything malformed, oversized or unknown is ignored. */
export function parseProgressCookie(raw: string | undefined): ProgressState {
	if (!raw || raw.length > MAX_COOKIE_LENGTH || !/^[A-Za-z0-9_-]+$/.test(raw)) return {};
	let parsed: unknown;
	try {
		parsed = JSON.parse(fromBase64Url(raw));
	} catch {
		return {};
	}
	if (typeof parsed !== 'object' || parsed === null) return {};
	const { v, m } = parsed as { v?: unknown; m?: unknown };
	if (v !== FORMAT_VERSION || typeof m !== 'object' || m === null || Array.isArray(m)) return {};
	const state: Record<string, Record<string, AnswerRecord>> = {};
	for (const [slug, answers] of Object.entries(m as Record<string, unknown>)) {
		if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) continue;
		for (const [questionId, value] of Object.entries(answers as Record<string, unknown>)) {
			const answer = validAnswer(slug, questionId, value);
			if (answer) (state[slug] ??= {})[questionId] = answer;
		}
	}
	return state as ProgressState;
}

function cookieOptions() {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: config().production,
		maxAge: 60 * 60 * 24 * 90
	};
}

export function readAnonymousProgress(cookies: Pick<Cookies, 'get'>): ProgressState {
	return parseProgressCookie(cookies.get(INFO_SESSION_COOKIE));
}

/** Records one answer in the cookie (ids already checked by the caller; unknown ones change nothing). */
export function recordAnonymousAnswer(
	cookies: Pick<Cookies, 'get' | 'set'>,
	slug: string,
	questionId: string,
	optionId: string
): void {
	const next = applyAnswer(readAnonymousProgress(cookies), slug, questionId, optionId);
	cookies.set(INFO_SESSION_COOKIE, serialiseProgress(next), cookieOptions());
}

export function clearAnonymousProgress(cookies: Pick<Cookies, 'delete'>): void {
	const { maxAge: _maxAge, ...options } = cookieOptions();
	void _maxAge;
	cookies.delete(INFO_SESSION_COOKIE, options);
}
