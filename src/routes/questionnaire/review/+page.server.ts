import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { CLIENT_ROLES } from '$lib/server/auth/roles';
import {
	describeAnswers,
	firstSectionHref,
	getOwnQuestionnaire,
	QUESTIONNAIRE_PATH,
	questionnaireTexts,
	resumeHref,
	submitQuestionnaire
} from '$lib/server/diagnosis';

/** Every answer before sending, each with a link to change it. */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, CLIENT_ROLES);
	const own = await getOwnQuestionnaire(db(), user.id);
	if (!own) redirect(303, firstSectionHref());
	if (own.status === 'submitted') redirect(303, QUESTIONNAIRE_PATH);
	const resume = resumeHref(own.answers);
	const { locale } = event.locals;
	return {
		texts: questionnaireTexts(locale),
		answers: describeAnswers(own.answers, locale, { includeHealth: true }),
		complete: resume.endsWith('/review'),
		resumeHref: resume
	};
};

export const actions: Actions = {
	/** Sends the questionnaire; the estimate is stored in the same transaction. */
	default: async (event) => {
		const user = requireUser(event, CLIENT_ROLES);
		const submitted = await submitQuestionnaire(db(), user, event.locals.locale);
		if (submitted.ok) redirect(303, `${QUESTIONNAIRE_PATH}?submitted=1`);
		if (submitted.reason === 'submitted') redirect(303, `${QUESTIONNAIRE_PATH}?locked=1`);
		if (submitted.reason === 'not_started') redirect(303, firstSectionHref());
		return fail(400, { message: 'questionnaire.review.incomplete' });
	}
};
