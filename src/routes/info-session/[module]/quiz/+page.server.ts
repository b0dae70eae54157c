import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db';
import { getModule } from '$lib/content/info-session';
import { parseForm } from '$lib/server/forms/parse';
import { readFormData } from '$lib/server/forms/request';
import { loadProgress, progressOwnerOf, saveAnswer } from '$lib/server/info-session/store';
import { quizView } from '$lib/server/info-session/quiz-view';

const ANSWER_FORM = {
	question: { type: 'text', max: 20 },
	option: { type: 'text', max: 20 }
} as const;

/** One question at a time (?question=q2); without it, the first open question or the result. */
export const load: PageServerLoad = async ({ params, url, locals, cookies, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
	const mod = getModule(locals.locale, params.module);
	if (!mod) error(404, 'not_found');
	const state = await loadProgress(db(), progressOwnerOf(locals.user), cookies);
	const view = quizView(mod, state, locals.locale, url.searchParams.get('question'));
	if (!view) error(404, 'not_found');
	return view;
};

export const actions: Actions = {
	default: async ({ params, request, locals, cookies }) => {
		if (!getModule(locals.locale, params.module)) error(404, 'not_found');
		const form = await readFormData(request);
		if (!form) return fail(400, { errors: {}, message: 'form.unreadable' });
		const parsed = parseForm(form, ANSWER_FORM);
		if (!parsed.ok) {
			const errors = parsed.errors.option ? { option: 'infoSession.quiz.chooseOne' } : {};
			const message = parsed.errors.question ? 'infoSession.quiz.unknownAnswer' : undefined;
			return fail(400, { errors, message });
		}
		const { question, option } = parsed.data;
		const result = await saveAnswer(db(), progressOwnerOf(locals.user), cookies, {
			slug: params.module,
			questionId: question,
			optionId: option
		});
		if (!result.ok) return fail(400, { errors: {}, message: result.error });
		redirect(303, `/info-session/${params.module}/quiz?question=${encodeURIComponent(question)}`);
	}
};
