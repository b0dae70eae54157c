/** The questionnaire texts per language, typed against the Dutch source. */
import type { Locale } from '../../i18n/languages';
import ar from './ar.json';
import en from './en.json';
import nl from './nl.json';
import ti from './ti.json';

type Source = typeof nl;

export interface SectionText {
	title: string;
	intro: string;
}
export interface ItemText {
	label: string;
	help?: string;
	options?: Record<string, string>;
}
export interface NamedText {
	name: string;
	description: string;
}

export interface QuestionnaireMessages {
	meta: Source['meta'];
	questionnaire: Source['questionnaire'];
	sections: Record<string, SectionText>;
	items: Record<string, ItemText>;
	consent: Source['consent'];
	/** By validation error key (`required`, `invalid_option`, …). */
	errors: Record<string, string>;
	/** `months_<plural form>` for each plural form the language has (Intl.PluralRules). */
	units: Record<string, string>;
	/** By item, then option: the reason shown for one factor of the estimate. */
	factors: Record<string, Record<string, string>>;
	categories: Record<string, NamedText & { months: string }>;
	routes: Record<string, NamedText>;
	result: Source['result'];
	howItWorks: Source['howItWorks'];
}

// Typed assignment: a language file missing a fixed key, or a new language, fails the type check.
export const QUESTIONNAIRE_MESSAGES: Record<Locale, QuestionnaireMessages> = { nl, en, ar, ti };

export function getQuestionnaireMessages(locale: Locale): QuestionnaireMessages {
	return QUESTIONNAIRE_MESSAGES[locale];
}
