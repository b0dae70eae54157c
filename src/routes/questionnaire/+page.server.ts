import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { CLIENT_ROLES } from '$lib/server/auth/roles';
import { formatDateTime } from '$lib/server/time';
import {
	describeAnswers,
	firstSectionHref,
	getOwnQuestionnaire,
	questionnaireTexts,
	resumeHref,
	sectionProgress
} from '$lib/server/diagnosis';

/** The person's own questionnaire: start, resume, or (once submitted) what they told and what next. */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, CLIENT_ROLES);
	const { locale } = event.locals;
	const own = await getOwnQuestionnaire(db(), user.id);
	const texts = questionnaireTexts(locale);
	const flags = {
		saved: event.url.searchParams.has('saved'),
		justSubmitted: event.url.searchParams.has('submitted'),
		locked: event.url.searchParams.has('locked')
	};
	if (!own) {
		return { texts, flags, status: 'none' as const, startHref: firstSectionHref() };
	}
	if (own.status === 'draft') {
		return {
			texts,
			flags,
			status: 'draft' as const,
			resumeHref: resumeHref(own.answers),
			updatedAt: formatDateTime(own.updatedAt, locale),
			sections: sectionProgress(own.answers, locale)
		};
	}
	return {
		texts,
		flags,
		status: 'submitted' as const,
		submittedAt: formatDateTime(own.submittedAt ?? own.updatedAt, locale),
		answers: describeAnswers(own.answers, locale, { includeHealth: true })
	};
};
