/** Who may see what of a questionnaire, and who decides. One place, so pages and tests agree. */
import type { Role } from '../db/schema';
import type { SessionUser } from '../auth/session';

/** What the diagnosis code needs to know of a staff member. */
export type StaffMember = Pick<SessionUser, 'id' | 'role' | 'municipalityId'>;

/**
 * Roles that need health answers (special-category data) for their work: the consultants who
 * guide the person and the quality officer who settles disagreements. Not the account manager
 * (employers) and not the administrator (accounts).
 */
export const HEALTH_ROLES = [
	'work_consultant',
	'income_consultant',
	'quality_officer'
] as const satisfies readonly Role[];

/**
 * Roles that set a client's category and route: the work consultant after the intake, and the
 * quality officer, who decides when consultants disagree about moving a client between teams.
 */
export const DECIDING_ROLES = [
	'work_consultant',
	'quality_officer'
] as const satisfies readonly Role[];

export function canSeeHealthAnswers(role: Role): boolean {
	return (HEALTH_ROLES as readonly Role[]).includes(role);
}

export function canDecideCategory(role: Role): boolean {
	return (DECIDING_ROLES as readonly Role[]).includes(role);
}
