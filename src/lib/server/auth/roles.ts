import type { Role } from '../db/schema';

export const CLIENT_ROLES = ['applicant', 'client'] as const satisfies readonly Role[];
export const STAFF_ROLES = [
	'work_consultant',
	'income_consultant',
	'account_manager',
	'quality_officer',
	'administrator'
] as const satisfies readonly Role[];
export const ALL_ROLES: readonly Role[] = [...CLIENT_ROLES, ...STAFF_ROLES];

export type StaffRole = (typeof STAFF_ROLES)[number];

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ALL_ROLES as readonly string[]).includes(value);
}

export function isStaffRole(role: Role): role is StaffRole {
	return (STAFF_ROLES as readonly string[]).includes(role);
}

/** Where a person lands after logging in. */
export function homePathFor(role: Role): '/my' | '/staff' {
	return isStaffRole(role) ? '/staff' : '/my';
}

/** Staff always need a second factor; clients only when they turned it on. */
export function needsSecondFactor(user: { role: Role; twoFactorEnabled: boolean }): boolean {
	return isStaffRole(user.role) || user.twoFactorEnabled;
}
