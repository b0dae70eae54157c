/**
 * Tells booking when a person submitted the questionnaire: an intake can be booked from then
 * (within 7 days). Imported from src/lib/server/booking/eligibility-providers.ts.
 */
import { registerIntakeEligibility } from '../booking/eligibility';
import { getQuestionnaireSubmittedAt } from './responses';

registerIntakeEligibility(getQuestionnaireSubmittedAt);
