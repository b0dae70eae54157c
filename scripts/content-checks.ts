import { checkDiagnosisTranslations } from '../src/lib/server/diagnosis/explain';
import { checkInfoSessionContent } from '../src/lib/content/info-session';
import { checkAssistantContent } from '../src/lib/server/assistant/content-check';

/**
 * Completeness checks of translated content, run by `npm run i18n:check`.
 * A capability with content in several languages adds its check here.
 */
export const contentChecks: [string, () => string[]][] = [
	['questionnaire', checkDiagnosisTranslations],
	['info-session', checkInfoSessionContent],
	['assistant', () => checkAssistantContent()]
];
