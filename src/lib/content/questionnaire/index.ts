/**
 * Texts of the diagnosis questionnaire in nl (source, B1), en, ar and ti (draft). Safe to import
 * from pages and components: nothing here touches the server. Keys follow the definition in
 * src/lib/server/diagnosis: `items.<item>.options.<option>`, `factors.<item>.<option>`, …
 * Placeholders and plurals use i18next's format (`{{months}}`, `units.months_one/_other`).
 */
import type { TFunction } from 'i18next';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/languages';
import { createTranslator } from '../../i18n/translator';
import { QUESTIONNAIRE_MESSAGES, type ItemText, type SectionText } from './messages';

export * from './messages';
export { checkQuestionnaireTranslations, type DefinitionShape } from './check';

const translators = new Map<Locale, TFunction>();

/** i18next translator over the questionnaire texts; a missing text falls back to Dutch. */
export function questionnaireTranslator(locale: Locale): TFunction {
	let t = translators.get(locale);
	if (!t) {
		t = createTranslator(
			locale,
			{ ...QUESTIONNAIRE_MESSAGES[locale] },
			{
				locale: DEFAULT_LOCALE,
				messages: { ...QUESTIONNAIRE_MESSAGES[DEFAULT_LOCALE] }
			}
		);
		translators.set(locale, t);
	}
	return t;
}

/** "1 maand", "12 maanden", "شهران", "3 ኣዋርሕ": the plural form the language needs. */
export function formatMonths(locale: Locale, months: number): string {
	return questionnaireTranslator(locale)('units.months', { count: months });
}

/** The sentence for one factor of an estimate (`factors.<item>.<option>`, months filled in). */
export function formatFactor(
	locale: Locale,
	factor: { key: string; months: number; params?: Record<string, string | number> }
): string {
	return questionnaireTranslator(locale)(`factors.${factor.key}`, {
		...factor.params,
		months: formatMonths(locale, factor.months)
	});
}

export function getItemText(locale: Locale, itemId: string): ItemText | undefined {
	return QUESTIONNAIRE_MESSAGES[locale].items[itemId];
}

export function getSectionText(locale: Locale, sectionId: string): SectionText | undefined {
	return QUESTIONNAIRE_MESSAGES[locale].sections[sectionId];
}
