import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Role } from '../db/schema';
import { STAFF_ROLES } from './roles';
import type { SessionUser } from './session';

type GuardEvent = Pick<RequestEvent, 'locals' | 'url'>;

/**
 * The one guard every load and action calls. Not logged in: to the login page, with the way back.
 * Logged in without the role: 403, never data.
 */
export function requireUser(event: GuardEvent, roles?: readonly Role[]): SessionUser {
	const user = event.locals.user;
	if (!user) {
		const back = event.url.pathname + event.url.search;
		redirect(303, `/login?redirectTo=${encodeURIComponent(back)}`);
	}
	if (roles && !roles.includes(user.role)) error(403, 'forbidden');
	return user;
}

export function requireStaff(event: GuardEvent, roles: readonly Role[] = STAFF_ROLES): SessionUser {
	return requireUser(event, roles);
}

/** For staff actions on a person's data: the person must belong to the staff member's municipality. */
export function requireSameMunicipality(staff: SessionUser, municipalityId: string): void {
	// 404 rather than 403: do not reveal that a client of another municipality exists.
	if (staff.municipalityId !== municipalityId) error(404, 'not_found');
}

/** A redirect target is only followed when it stays on this site. */
export function safeRedirectTarget(target: string | null | undefined, fallback: string): string {
	if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
		return fallback;
	}
	return target;
}
