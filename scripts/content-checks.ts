import { checkDiagnosisTranslations } from '../src/lib/server/diagnosis/explain';

/**
 * Completeness checks of translated content, run by `npm run i18n:check`.
 * A capability with content in several languages adds its check here.
 */
export const contentChecks: [string, () => string[]][] = [
	['questionnaire', checkDiagnosisTranslations]
];
