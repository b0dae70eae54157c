/**
 * The public "how it works" page: the rules in plain language (generated from rules.ts, so the
 * page cannot drift from the code), the categories and routes, and every item and option id for
 * people who score answer sets themselves with `npm run diagnosis:score`.
 */
import {
	getItemText,
	getQuestionnaireMessages,
	questionnaireTranslator
} from '../../content/questionnaire';
import type { Locale } from '../../i18n/languages';
import { getSections, QUESTIONNAIRE_VERSION } from './definition';
import { CATEGORIES, routeFor, type Category, type Route } from './estimate';
import { describeRules } from './explain';
import { RULES_VERSION } from './rules';

export function getHowItWorks(locale: Locale) {
	const messages = getQuestionnaireMessages(locale);
	return {
		texts: messages.howItWorks,
		rulesVersion: RULES_VERSION,
		rulesVersionText: questionnaireTranslator(locale)('howItWorks.rulesVersion', {
			version: RULES_VERSION
		}),
		questionnaireVersion: QUESTIONNAIRE_VERSION,
		rules: describeRules(locale),
		categories: CATEGORIES.map((code) => ({
			code,
			...messages.categories[code],
			routes: routesOf(code).map((route) => messages.routes[route].name)
		})),
		items: getSections().flatMap((section) =>
			section.items.map((item) => {
				const text = getItemText(locale, item.id);
				return {
					id: item.id,
					section: section.id,
					type: item.type,
					label: text?.label ?? item.id,
					optional: item.optional === true,
					options: (item.options ?? []).map((id) => ({ id, label: text?.options?.[id] ?? id })),
					showIf: item.showIf
						? {
								item: item.showIf.item,
								options:
									typeof item.showIf.equals === 'string'
										? [item.showIf.equals]
										: [...item.showIf.equals]
							}
						: null,
					bounds:
						item.type === 'number'
							? `${item.min ?? 0}–${item.max ?? ''}`
							: item.type === 'text'
								? `≤ ${item.maxLength ?? 500}`
								: null
				};
			})
		)
	};
}

/** A month count inside each category, to ask `routeFor` which route it proposes. */
const TYPICAL_MONTHS: Record<Category, number> = {
	'1A': 2,
	'1B': 8,
	'1C': 18,
	'2A': 36,
	'2B': 36,
	'3A': 60,
	'3B': 60
};

/** The routes the estimate proposes for a category; 1A is direct mediation only at 0 months. */
function routesOf(code: Category): Route[] {
	const usual = routeFor(TYPICAL_MONTHS[code], code);
	return code === '1A' ? [routeFor(0, code), usual] : [usual];
}
