/** Words for the decision form: the proposal, and the categories and routes to choose from. */
import { formatMonths, getQuestionnaireMessages } from '../../content/questionnaire';
import type { Locale } from '../../i18n/languages';
import type { Executor } from '../db';
import { getProposal } from './decisions';
import { CATEGORIES, ROUTES } from './estimate';

export function categoryName(locale: Locale, code: string): string {
	return getQuestionnaireMessages(locale).categories[code]?.name ?? code;
}

export function routeName(locale: Locale, id: string): string {
	return getQuestionnaireMessages(locale).routes[id]?.name ?? id;
}

export function decisionChoices(locale: Locale) {
	return {
		categories: CATEGORIES.map((code) => ({ value: code, label: categoryName(locale, code) })),
		routes: ROUTES.map((id) => ({ value: id, label: routeName(locale, id) }))
	};
}

export async function proposalInWords(db: Executor, clientId: string, locale: Locale) {
	const proposal = await getProposal(db, clientId);
	if (!proposal) return null;
	return {
		category: proposal.category,
		route: proposal.route,
		categoryName: categoryName(locale, proposal.category),
		routeName: routeName(locale, proposal.route),
		months: formatMonths(locale, proposal.months)
	};
}
