import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireStaff } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { formatDateTime } from '$lib/server/time';
import { readFormData } from '$lib/server/forms/request';
import { parseForm } from '$lib/server/forms/parse';
import { renderMarkdown } from '$lib/server/assistant/markdown';
import { assistantRuntime } from '$lib/server/assistant/service';
import { isAssistantLocale } from '$lib/server/assistant/validate';
import {
	EDITOR_ROLES,
	canEditAnswers,
	checkAnswerInput,
	getAnswerForEdit,
	parsePhrasings,
	saveAnswer
} from '$lib/server/assistant/edit';

const ANSWER_FORM = {
	title: { type: 'text', max: 200 },
	answer: { type: 'text', max: 5000, multiline: true },
	nextStepLabel: { type: 'text', max: 120, required: false },
	nextStepHref: { type: 'text', max: 2000, required: false },
	phrasings: { type: 'text', max: 20000, multiline: true },
	intent: { type: 'choice', options: ['save', 'review'] }
} as const;

/** Every staff member can read an answer; quality officers and administrators can edit it. */
export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event);
	const { slug, locale } = event.params;
	if (!isAssistantLocale(locale)) error(404, 'not_found');
	const answer = await getAnswerForEdit(db(), slug, locale);
	if (!answer) error(404, 'not_found');
	const dutch = locale === 'nl' ? null : await getAnswerForEdit(db(), slug, 'nl');
	return {
		canEdit: canEditAnswers(staff.role),
		answer: {
			slug: answer.slug,
			locale: answer.locale,
			title: answer.title,
			answer: answer.answer,
			nextStepLabel: answer.nextStepLabel,
			nextStepHref: answer.nextStepHref,
			phrasings: answer.phrasings.join('\n'),
			status: answer.status,
			lastReviewed: answer.lastReviewed,
			reviewedByName: answer.reviewedByName,
			updatedAt: formatDateTime(answer.updatedAt, event.locals.locale),
			updatedByName: answer.updatedByName,
			sources: answer.sources,
			preview: renderMarkdown(answer.answer)
		},
		dutch: dutch ? { title: dutch.title, preview: renderMarkdown(dutch.answer) } : null
	};
};

export const actions: Actions = {
	default: async (event) => {
		const staff = requireStaff(event, EDITOR_ROLES);
		const { slug, locale } = event.params;
		if (!isAssistantLocale(locale)) error(404, 'not_found');
		const form = await readFormData(event.request);
		if (!form) return fail(400, { values: {}, errors: {}, message: 'form.unreadable' });
		const parsed = parseForm(form, ANSWER_FORM);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const input = {
			title: parsed.data.title,
			answer: parsed.data.answer,
			nextStepLabel: parsed.data.nextStepLabel,
			nextStepHref: parsed.data.nextStepHref,
			phrasings: parsePhrasings(parsed.data.phrasings)
		};
		const errors = checkAnswerInput(input, locale);
		if (Object.keys(errors).length > 0) return fail(400, { values: parsed.values, errors });
		const markReviewed = parsed.data.intent === 'review';
		const result = await saveAnswer(db(), staff, { slug, locale }, input, { markReviewed });
		if (!result.saved) error(404, 'not_found');
		// This instance rebuilds now; the others notice the new content version within seconds.
		if (result.changed)
			assistantRuntime()
				.rebuild()
				.catch((e) => console.error('assistant: rebuild after edit failed', e));
		return {
			saved: markReviewed
				? 'assistant.edit.savedReviewed'
				: result.changed
					? 'assistant.edit.saved'
					: 'assistant.edit.noChange'
		};
	}
};
