/**
 * Progress through the information session as plain data, the same whether it is kept in the
 * database (logged in) or in a cookie (anonymous). Pure functions: no database, no cookies.
 */
import {
	MODULE_SLUGS,
	getModule,
	isModuleSlug,
	type ModuleSlug,
	type QuizQuestion
} from '../../content/info-session';

/** One quiz question as a person answered it. */
export interface AnswerRecord {
	/** How many answers were given; answers after the right one are not counted. */
	attempts: number;
	firstOption: string;
	lastOption: string;
}

/** Answers per module slug, per question id. */
export type ProgressState = Partial<Record<ModuleSlug, Record<string, AnswerRecord>>>;

export type ModuleStatus = 'not_started' | 'in_progress' | 'done';

export interface ModuleProgress {
	slug: ModuleSlug;
	status: ModuleStatus;
	answered: number;
	total: number;
	/** Questions whose first answer was right. */
	rightFirstTime: number;
}

export interface SessionProgress {
	modules: ModuleProgress[];
	done: number;
	total: number;
	allDone: boolean;
	/** Where "continue where you left off" goes; null when every module is done. */
	next: { slug: ModuleSlug; path: string } | null;
}

/**
 * Ids, correct answers and option ids are the same in every language (checked by the content
 * checker), so the Dutch source is the reference for checking answers.
 */
function questionsOf(slug: ModuleSlug): QuizQuestion[] {
	return getModule('nl', slug)?.quiz ?? [];
}

export function findQuestion(slug: string, questionId: string): QuizQuestion | undefined {
	if (!isModuleSlug(slug)) return undefined;
	return questionsOf(slug).find((q) => q.id === questionId);
}

/** The question and whether the option is right; undefined for ids that do not exist. */
export function checkAnswer(
	slug: string,
	questionId: string,
	optionId: string
): { slug: ModuleSlug; question: QuizQuestion; correct: boolean } | undefined {
	const question = findQuestion(slug, questionId);
	if (!question || !isModuleSlug(slug)) return undefined;
	if (!question.options.some((o) => o.id === optionId)) return undefined;
	return { slug, question, correct: question.correct === optionId };
}

export function isRight(slug: ModuleSlug, questionId: string, optionId: string): boolean {
	return findQuestion(slug, questionId)?.correct === optionId;
}

/**
 * The state after one more answer. Once a question has been answered right, later answers change
 * nothing (the first answer and the count stay as they were). Unknown ids leave the state as is.
 */
export function applyAnswer(
	state: ProgressState,
	slug: string,
	questionId: string,
	optionId: string
): ProgressState {
	const checked = checkAnswer(slug, questionId, optionId);
	if (!checked) return state;
	const answers = { ...(state[checked.slug] ?? {}) };
	const previous = answers[questionId];
	if (previous && isRight(checked.slug, questionId, previous.lastOption)) return state;
	answers[questionId] = previous
		? { ...previous, attempts: previous.attempts + 1, lastOption: optionId }
		: { attempts: 1, firstOption: optionId, lastOption: optionId };
	return { ...state, [checked.slug]: answers };
}

export function moduleProgress(state: ProgressState, slug: ModuleSlug): ModuleProgress {
	const questions = questionsOf(slug);
	const answers = state[slug] ?? {};
	const answered = questions.filter((q) => answers[q.id]);
	const rightFirstTime = answered.filter((q) => answers[q.id].firstOption === q.correct).length;
	const status: ModuleStatus =
		answered.length === 0
			? 'not_started'
			: answered.length === questions.length
				? 'done'
				: 'in_progress';
	return { slug, status, answered: answered.length, total: questions.length, rightFirstTime };
}

/** The first question of a module not yet answered, or undefined when all are. */
export function firstUnanswered(state: ProgressState, slug: ModuleSlug): QuizQuestion | undefined {
	const answers = state[slug] ?? {};
	return questionsOf(slug).find((q) => !answers[q.id]);
}

export function sessionProgress(state: ProgressState): SessionProgress {
	const modules = MODULE_SLUGS.map((slug) => moduleProgress(state, slug));
	const done = modules.filter((m) => m.status === 'done').length;
	const open = modules.find((m) => m.status !== 'done');
	let next: SessionProgress['next'] = null;
	if (open) {
		// A module whose quiz was started continues at its quiz; otherwise at its first screen.
		const path =
			open.status === 'in_progress'
				? `/info-session/${open.slug}/quiz`
				: `/info-session/${open.slug}`;
		next = { slug: open.slug, path };
	}
	return { modules, done, total: modules.length, allDone: done === modules.length, next };
}
