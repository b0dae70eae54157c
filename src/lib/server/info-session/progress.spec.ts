import { describe, expect, it } from 'vitest';
import { MODULE_SLUGS, getModule, type ModuleSlug } from '../../content/info-session';
import {
	applyAnswer,
	checkAnswer,
	firstUnanswered,
	moduleProgress,
	sessionProgress,
	type ProgressState
} from './progress';

const quiz = (slug: ModuleSlug) => getModule('nl', slug)!.quiz;
const wrongOption = (slug: ModuleSlug, questionId: string) => {
	const q = quiz(slug).find((x) => x.id === questionId)!;
	return q.options.find((o) => o.id !== q.correct)!.id;
};

function answerAllRight(state: ProgressState, slug: ModuleSlug): ProgressState {
	return quiz(slug).reduce((s, q) => applyAnswer(s, slug, q.id, q.correct), state);
}

describe('information session progress', () => {
	it('goes from not started to in progress to done as questions are answered', () => {
		let state: ProgressState = {};
		expect(moduleProgress(state, 'rights').status).toBe('not_started');
		const [first, ...rest] = quiz('rights');
		state = applyAnswer(state, 'rights', first.id, first.correct);
		expect(moduleProgress(state, 'rights')).toMatchObject({ status: 'in_progress', answered: 1 });
		expect(firstUnanswered(state, 'rights')?.id).toBe(rest[0].id);
		for (const q of rest) state = applyAnswer(state, 'rights', q.id, wrongOption('rights', q.id));
		// Wrong answers count as answered: the quiz is a learning aid, a person can always go on.
		expect(moduleProgress(state, 'rights')).toMatchObject({
			status: 'done',
			answered: quiz('rights').length,
			rightFirstTime: 1
		});
		expect(firstUnanswered(state, 'rights')).toBeUndefined();
	});

	it('counts a second try and keeps the first answer; nothing changes after the right answer', () => {
		const q = quiz('duties')[2];
		const wrong = wrongOption('duties', q.id);
		let state = applyAnswer({}, 'duties', q.id, wrong);
		expect(state.duties?.[q.id]).toEqual({ attempts: 1, firstOption: wrong, lastOption: wrong });
		state = applyAnswer(state, 'duties', q.id, q.correct);
		expect(state.duties?.[q.id]).toEqual({
			attempts: 2,
			firstOption: wrong,
			lastOption: q.correct
		});
		const after = applyAnswer(state, 'duties', q.id, wrong);
		expect(after).toBe(state);
	});

	it('ignores unknown modules, questions and options', () => {
		const state = applyAnswer({}, 'rights', 'q1', 'b');
		expect(applyAnswer(state, 'no-such-module', 'q1', 'a')).toBe(state);
		expect(applyAnswer(state, 'rights', 'q99', 'a')).toBe(state);
		expect(applyAnswer(state, 'rights', 'q2', 'z')).toBe(state);
		expect(applyAnswer(state, '__proto__', 'q1', 'a')).toBe(state);
		expect(checkAnswer('rights', 'q1', 'z')).toBeUndefined();
	});

	it('continues at the first open module: its quiz when started, else its first screen', () => {
		expect(sessionProgress({}).next).toEqual({
			slug: 'how-it-works',
			path: '/info-session/how-it-works'
		});
		let state = answerAllRight({}, 'how-it-works');
		state = applyAnswer(state, 'rights', 'q1', 'a');
		const progress = sessionProgress(state);
		expect(progress).toMatchObject({ done: 1, total: MODULE_SLUGS.length, allDone: false });
		expect(progress.next).toEqual({ slug: 'rights', path: '/info-session/rights/quiz' });
		const all = MODULE_SLUGS.reduce(answerAllRight, {} as ProgressState);
		expect(sessionProgress(all)).toMatchObject({ done: 6, allDone: true, next: null });
	});
});
