import type { PageServerLoad } from './$types';
import { formatMonths } from '$lib/content/questionnaire';
import { getHowItWorks } from '$lib/server/diagnosis';

/** Public: anyone may read how the estimate is made, before or without an account. */
export const load: PageServerLoad = ({ locals }) => {
	const page = getHowItWorks(locals.locale);
	return {
		...page,
		rules: page.rules.map((rule) => ({
			...rule,
			answers: rule.answers.map((answer) => ({
				...answer,
				added: answer.months > 0 ? `+${formatMonths(locals.locale, answer.months)}` : null
			}))
		}))
	};
};
