/** Completeness check of the questionnaire texts against the Dutch source and the definition. */
import { checkTranslations, flatten, type MessageTree } from '../../i18n/check';
import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '../../i18n/languages';
import { QUESTIONNAIRE_MESSAGES } from './messages';

/** The part of the definition the check needs (pass `getSections()` from the diagnosis module). */
export type DefinitionShape = readonly {
	id: string;
	items: readonly { id: string; options?: readonly string[] }[];
}[];

/**
 * Returns one line per problem, empty when all is well:
 * - every key of nl.json is present and non-empty in the other languages with the same
 *   `{{placeholders}}`, and no language has keys nl.json lacks (the portal's `checkTranslations`);
 * - every language has the `units.months_*` plural forms its Intl.PluralRules uses (these differ
 *   per language, so `units` is left out of the comparison with Dutch);
 * - every section (title, intro), item (label) and option of the definition, and every factor key
 *   (`<item>.<option>`, from the scoring rules), has a text in every language;
 * - no language has texts for sections or items the definition lacks.
 */
export function checkQuestionnaireTranslations(
	sections: DefinitionShape,
	factorKeys: readonly string[] = []
): string[] {
	const withoutUnits = (locale: Locale): MessageTree => {
		const { units: _units, ...rest } = QUESTIONNAIRE_MESSAGES[locale];
		return rest as unknown as MessageTree;
	};
	const problems = checkTranslations(
		{ locale: DEFAULT_LOCALE, messages: withoutUnits(DEFAULT_LOCALE) },
		LOCALE_CODES.filter((l) => l !== DEFAULT_LOCALE).map((locale) => ({
			locale,
			messages: withoutUnits(locale)
		}))
	);
	const sectionIds = new Set(sections.map((section) => section.id));
	const itemIds = new Set(sections.flatMap((section) => section.items.map((item) => item.id)));
	const required = [
		...sections.flatMap((section) => [
			`sections.${section.id}.title`,
			`sections.${section.id}.intro`,
			...section.items.flatMap((item) => [
				`items.${item.id}.label`,
				...(item.options ?? []).map((option) => `items.${item.id}.options.${option}`)
			])
		]),
		...factorKeys.map((key) => `factors.${key}`)
	];
	for (const locale of LOCALE_CODES) {
		const messages = QUESTIONNAIRE_MESSAGES[locale];
		const texts = flatten(messages as unknown as MessageTree);
		for (const form of new Intl.PluralRules(locale).resolvedOptions().pluralCategories) {
			if (!texts.get(`units.months_${form}`)?.trim()) {
				problems.push(`${locale}: missing units.months_${form}`);
			}
		}
		for (const key of required) {
			if (!texts.get(key)?.trim()) problems.push(`${locale}: no text for ${key}`);
		}
		for (const id of Object.keys(messages.sections)) {
			if (!sectionIds.has(id)) problems.push(`${locale}: sections.${id} is not in the definition`);
		}
		for (const id of Object.keys(messages.items)) {
			if (!itemIds.has(id)) problems.push(`${locale}: items.${id} is not in the definition`);
		}
	}
	return problems;
}
