import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { CLIENT_ROLES } from '$lib/server/auth/roles';
import { readFormData } from '$lib/server/forms/request';
import {
	findSection,
	getOwnQuestionnaire,
	getSectionPage,
	QUESTIONNAIRE_PATH,
	questionnaireTexts,
	readSectionForm,
	saveSection,
	sectionErrorMessages
} from '$lib/server/diagnosis';

/** One section of the questionnaire, with the person's saved answers. Read-only once submitted. */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, CLIENT_ROLES);
	const own = await getOwnQuestionnaire(db(), user.id);
	if (own?.status === 'submitted') redirect(303, QUESTIONNAIRE_PATH);
	const section = getSectionPage(event.params.section, event.locals.locale, own?.answers ?? {});
	if (!section) error(404, 'not_found');
	const progress = { current: section.number, total: section.total };
	return { section, texts: questionnaireTexts(event.locals.locale, progress) };
};

type Intent = 'next' | 'previous' | 'later';
const INTENTS: readonly Intent[] = ['next', 'previous', 'later'];

export const actions: Actions = {
	/** Saves the section (one transaction), then goes where the person asked. */
	default: async (event) => {
		const user = requireUser(event, CLIENT_ROLES);
		const section = findSection(event.params.section);
		if (!section) error(404, 'not_found');
		const form = await readFormData(event.request);
		if (!form) return fail(400, { values: {}, errors: {}, message: 'form.unreadable' });
		const asked = form.get('intent');
		// Enter in a text field submits without a button value: that is "next", the first button.
		const intent: Intent = INTENTS.find((i) => i === asked) ?? 'next';
		const posted = readSectionForm(form, section);
		const mode = intent === 'next' ? 'complete' : 'partial';
		const saved = await saveSection(db(), user, section, posted, mode);
		if (!saved.ok) redirect(303, `${QUESTIONNAIRE_PATH}?locked=1`);
		if (Object.keys(saved.errors).length > 0) {
			const { locale, t } = event.locals;
			const errors = sectionErrorMessages(
				saved.errors,
				locale,
				t('questionnaire.section.followUp')
			);
			return fail(400, { values: posted.values, errors, message: undefined });
		}
		const page = getSectionPage(section.id, event.locals.locale, saved.answers)!;
		if (intent === 'later') redirect(303, `${QUESTIONNAIRE_PATH}?saved=1`);
		if (intent === 'previous') redirect(303, page.previousHref ?? QUESTIONNAIRE_PATH);
		redirect(303, page.nextHref);
	}
};
