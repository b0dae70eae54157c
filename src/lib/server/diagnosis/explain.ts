/**
 * Put an estimate and the rules into words, for the result page, the client file and the
 * "how it works" page. Pure: texts come from src/lib/content/questionnaire.
 */
import {
	checkQuestionnaireTranslations,
	formatFactor,
	formatMonths,
	getItemText,
	getQuestionnaireMessages,
	questionnaireTranslator
} from '../../content/questionnaire';
import type { Locale } from '../../i18n/languages';
import { getSections } from './definition';
import type { Estimate } from './estimate';
import { ITEM_RULES, listFactorKeys, producesFactor } from './rules';

export interface EstimateExplanation {
	/** "Geschatte tijd tot betaald werk: 14 maanden" */
	months: string;
	category: { code: string; name: string; months: string; description: string };
	route: { id: string; name: string; description: string };
	/** One sentence per factor, in questionnaire order. */
	factors: string[];
	advice: string;
	rulesVersion: string;
}

export function explainEstimate(result: Estimate, locale: Locale): EstimateExplanation {
	const messages = getQuestionnaireMessages(locale);
	const t = questionnaireTranslator(locale);
	return {
		months: t('result.months', { months: formatMonths(locale, result.months) }),
		category: { code: result.category, ...messages.categories[result.category] },
		route: { id: result.route, ...messages.routes[result.route] },
		factors: result.factors.map((factor) => formatFactor(locale, factor)),
		advice: messages.result.advice,
		rulesVersion: t('result.rulesVersion', { version: result.rulesVersion })
	};
}

export interface RuleDescription {
	itemId: string;
	/** The question as the person saw it. */
	question: string;
	/** Only the answers that add months (or are explained as adding nothing), best first. */
	answers: { option: string; label: string; months: number; text: string }[];
}

/** The rules for the "how it works" page, generated from rules.ts so the page can never drift. */
export function describeRules(locale: Locale): RuleDescription[] {
	return ITEM_RULES.map(({ item, options }) => {
		const text = getItemText(locale, item);
		return {
			itemId: item,
			question: text?.label ?? item,
			answers: options.filter(producesFactor).map(({ option, months }) => ({
				option,
				label: text?.options?.[option] ?? option,
				months,
				text: formatFactor(locale, { key: `${item}.${option}`, months })
			}))
		};
	}).filter((rule) => rule.answers.length > 0);
}

/** All translation problems for the current definition and rules; empty when complete. */
export function checkDiagnosisTranslations(): string[] {
	return checkQuestionnaireTranslations(getSections(), listFactorKeys());
}
