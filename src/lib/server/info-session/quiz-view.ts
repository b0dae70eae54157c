import { MODULE_SLUGS, getModule, type InfoModule, type Locale } from '../../content/info-session';
import { firstUnanswered, moduleProgress, sessionProgress, type ProgressState } from './progress';

interface ModuleHeading {
	slug: string;
	title: string;
	number: number;
	total: number;
}

export interface QuestionView {
	kind: 'question';
	module: ModuleHeading;
	question: { id: string; text: string; options: { id: string; text: string }[] };
	number: number;
	total: number;
	/** Only after an answer: the right answer is never sent before the person has chosen. */
	feedback: {
		correct: boolean;
		chosen: string;
		yourAnswer: string;
		rightAnswer: string;
		explanation: string;
	} | null;
	/** The next question, or the module's result after the last one. */
	nextHref: string;
	isLast: boolean;
}

export interface ResultView {
	kind: 'result';
	module: ModuleHeading;
	rightFirstTime: number;
	total: number;
	keyPoints: string[];
	/** The next module that is not done yet; null when all are. */
	nextModule: { slug: string; title: string } | null;
}

/**
 * What the quiz page shows: the requested question (with feedback once answered), else the first
 * open question, else the module's result. Undefined for a question id the module does not have.
 */
export function quizView(
	mod: InfoModule,
	state: ProgressState,
	locale: Locale,
	requested: string | null
): QuestionView | ResultView | undefined {
	const index = MODULE_SLUGS.indexOf(mod.slug);
	const heading = {
		slug: mod.slug,
		title: mod.title,
		number: index + 1,
		total: MODULE_SLUGS.length
	};
	const questionId = requested || firstUnanswered(state, mod.slug)?.id;
	if (!questionId) {
		const progress = sessionProgress(state);
		const after = [...MODULE_SLUGS.slice(index + 1), ...MODULE_SLUGS.slice(0, index)];
		const open = after.find(
			(slug) => progress.modules.find((m) => m.slug === slug)?.status !== 'done'
		);
		const next = open ? getModule(locale, open) : undefined;
		return {
			kind: 'result',
			module: heading,
			rightFirstTime: moduleProgress(state, mod.slug).rightFirstTime,
			total: mod.quiz.length,
			keyPoints: mod.keyPoints,
			nextModule: next ? { slug: next.slug, title: next.title } : null
		};
	}
	const position = mod.quiz.findIndex((q) => q.id === questionId);
	if (position < 0) return undefined;
	const question = mod.quiz[position];
	const answer = state[mod.slug]?.[question.id];
	const textOf = (id: string) => question.options.find((o) => o.id === id)?.text ?? '';
	const isLast = position === mod.quiz.length - 1;
	return {
		kind: 'question',
		module: heading,
		question: { id: question.id, text: question.question, options: question.options },
		number: position + 1,
		total: mod.quiz.length,
		feedback: answer
			? {
					correct: answer.lastOption === question.correct,
					chosen: answer.lastOption,
					yourAnswer: textOf(answer.lastOption),
					rightAnswer: textOf(question.correct),
					explanation: question.explanation
				}
			: null,
		nextHref: isLast
			? `/info-session/${mod.slug}/quiz`
			: `/info-session/${mod.slug}/quiz?question=${mod.quiz[position + 1].id}`,
		isLast
	};
}
