/**
 * Which phase changes and route assignments are allowed, and for whom. Pure, so the rules can be
 * read in one place and tested without a database; `changePhase` (phases.ts) applies them.
 */
import type { Role } from '../db/schema-core';
import type { Category, Phase, Route, Track } from './vocabulary';

export interface PhaseState {
	phase: Phase;
	route: Route | null;
	category: Category | null;
	track: Track | null;
}

export type TransitionError =
	| 'not_allowed_for_role'
	| 'not_a_next_phase'
	| 'route_required'
	| 'category_required'
	| 'category_route_mismatch'
	| 'track_only_in_reintegration'
	| 'needs_work_wish'
	| 'no_change';

export type TransitionCheck = { ok: true } | { ok: false; error: TransitionError };

/** The phases reachable from each phase. Early steps may be skipped (e.g. a group session). */
export const NEXT_PHASES: Record<Phase, readonly Phase[]> = {
	application: ['info_session', 'questionnaire', 'intake', 'closed'],
	info_session: ['questionnaire', 'intake', 'closed'],
	questionnaire: ['intake', 'closed'],
	intake: ['dream_job', 'decision', 'closed'],
	dream_job: ['decision', 'closed'],
	// The decision on the right to benefit: a route, or closed when refused or withdrawn.
	decision: ['route', 'closed'],
	// Within the route: another route, category or track; to work; or off benefit otherwise.
	route: ['route', 'work', 'closed'],
	// Back on benefit (the "revolving door"), or aftercare ends.
	work: ['route', 'closed'],
	// A new application.
	closed: ['application']
};

/** Routes that fit a category: under a month direct mediation, up to 24 months reintegration. */
export const ROUTES_FOR_CATEGORY: Record<Category, readonly Route[]> = {
	'1A': ['direct_mediation', 'reintegration'],
	'1B': ['reintegration'],
	'1C': ['reintegration'],
	'2A': ['participation'],
	// Sheltered work and the job-agreement register: reintegration by work consultants.
	'2B': ['reintegration'],
	'3A': ['participation'],
	'3B': ['participation']
};

const CASE_ROLES: readonly Role[] = ['work_consultant', 'income_consultant', 'quality_officer'];

const WORK_TEAM_ROUTES: readonly Route[] = ['direct_mediation', 'reintegration'];

export interface TransitionRequest {
	from: PhaseState | null;
	to: PhaseState;
	role: Role;
	/** Set when the move follows an accepted work wish (buddy or quality officer). */
	via?: 'work_wish';
}

/** Who may move a person into `to` (given where they are now). */
function allowedRoles(from: PhaseState | null, to: PhaseState, via?: 'work_wish'): readonly Role[] {
	if (to.phase === 'work') {
		// Account managers place directly mediated clients with employers.
		return [...CASE_ROLES, 'account_manager'];
	}
	if (to.phase !== 'route' || from?.phase !== 'route') return CASE_ROLES;
	// A change within the route phase.
	const fromRoute = from.route;
	const toRoute = to.route;
	if (fromRoute === 'participation' && toRoute !== 'participation') {
		// Back to the work team only through the work-wish proposal: the buddy accepts, or the
		// quality officer decides when income consultant and buddy disagree.
		return via === 'work_wish' ? ['work_consultant', 'quality_officer'] : ['quality_officer'];
	}
	if (toRoute === 'participation' && fromRoute !== 'participation') {
		// Handing over to participation (e.g. no work after two years) is the work team's call.
		return ['work_consultant', 'quality_officer'];
	}
	if (toRoute === 'participation') return ['income_consultant', 'quality_officer'];
	return ['work_consultant', 'quality_officer'];
}

function sameState(a: PhaseState, b: PhaseState): boolean {
	return (
		a.phase === b.phase && a.route === b.route && a.category === b.category && a.track === b.track
	);
}

export function checkTransition({ from, to, role, via }: TransitionRequest): TransitionCheck {
	const current = from?.phase ?? 'application';
	if (from && sameState(from, to)) return { ok: false, error: 'no_change' };
	if (!NEXT_PHASES[current].includes(to.phase) && !(from === null && to.phase === 'application')) {
		return { ok: false, error: 'not_a_next_phase' };
	}
	if (to.phase === 'route') {
		if (!to.route) return { ok: false, error: 'route_required' };
		if (!to.category) return { ok: false, error: 'category_required' };
		if (!ROUTES_FOR_CATEGORY[to.category].includes(to.route)) {
			return { ok: false, error: 'category_route_mismatch' };
		}
		if (to.track && to.route !== 'reintegration') {
			return { ok: false, error: 'track_only_in_reintegration' };
		}
	}
	const roles = allowedRoles(from, to, via);
	if (!roles.includes(role)) {
		const needsWish =
			from?.route === 'participation' &&
			to.phase === 'route' &&
			to.route !== 'participation' &&
			role === 'income_consultant';
		return { ok: false, error: needsWish ? 'needs_work_wish' : 'not_allowed_for_role' };
	}
	return { ok: true };
}

/** The phases a staff member may choose as the next one (for the form's select). */
export function phaseChoicesFor(from: PhaseState | null, role: Role): Phase[] {
	const current = from?.phase ?? 'application';
	return NEXT_PHASES[current].filter((phase) => {
		if (phase === 'route') return CASE_ROLES.includes(role);
		return allowedRoles(from, { phase, route: null, category: null, track: null }).includes(role);
	});
}

/** Whether a route belongs to the work team (work consultants) rather than the income team. */
export function isWorkTeamRoute(route: Route | null): boolean {
	return route !== null && WORK_TEAM_ROUTES.includes(route);
}
