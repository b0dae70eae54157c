/**
 * Attention flags in the caseload, as pure rules with their thresholds in one place. The caseload
 * query computes the same due dates in SQL (caseload.ts) from these constants, so a filter on a
 * flag and the badge on a row always agree.
 */
import { addDays, addMonths, monthStart } from './dates';
import type { Route } from './vocabulary';

/** A development route lasts at most two years; then the client goes to participation. */
export const ROUTE_LIMIT_MONTHS = 24;
/** Flag the limit this many days ahead. */
export const ROUTE_LIMIT_WARNING_DAYS = 60;
/** Participation clients: a conversation at least once a year (the first within a year). */
export const CONVERSATION_INTERVAL_MONTHS = 12;
export const CONVERSATION_WARNING_DAYS = 30;
/** An intake should be booked within a week of submitting the questionnaire. */
export const INTAKE_BOOKING_DAYS = 7;

export type OwnFlag = 'route_limit' | 'conversation_due' | 'applications_below';
/** Flags that come from other capabilities, through their journey providers. */
export type ProvidedFlag = 'questionnaire_review' | 'intake_not_booked';
export type CaseloadFlag = OwnFlag | ProvidedFlag;

export const OWN_FLAGS: readonly OwnFlag[] = [
	'route_limit',
	'conversation_due',
	'applications_below'
];
export const PROVIDED_FLAGS: readonly ProvidedFlag[] = [
	'questionnaire_review',
	'intake_not_booked'
];

/** The day the two-year limit of a reintegration route is reached, or null for other routes. */
export function routeLimitOn(route: Route | null, routeStartedOn: string | null): string | null {
	if (route !== 'reintegration' || !routeStartedOn) return null;
	return addMonths(routeStartedOn, ROUTE_LIMIT_MONTHS);
}

export function isRouteLimitNear(limitOn: string | null, today: string): boolean {
	return limitOn !== null && limitOn <= addDays(today, ROUTE_LIMIT_WARNING_DAYS);
}

/**
 * When the next yearly conversation of a participation client is due: a year after the last one,
 * or a year after the participation route began when there has not been one.
 */
export function conversationDueOn(
	route: Route | null,
	routeStartedOn: string | null,
	lastHeldOn: string | null
): string | null {
	if (route !== 'participation') return null;
	const from = lastHeldOn ?? routeStartedOn;
	return from ? addMonths(from, CONVERSATION_INTERVAL_MONTHS) : null;
}

export function isConversationDue(dueOn: string | null, today: string): boolean {
	return dueOn !== null && dueOn <= addDays(today, CONVERSATION_WARNING_DAYS);
}

/**
 * Job applications below the agreement: counted over the last full calendar month, so a client is
 * not flagged on the 2nd of the month (and only when the route already ran that whole month).
 */
export function isBelowAgreement(lastMonthCount: number, perMonth: number | null): boolean {
	return perMonth !== null && perMonth > 0 && lastMonthCount < perMonth;
}

/** An intake not booked within a week of submitting the questionnaire. */
export function isIntakeOverdue(
	submittedOn: string | null,
	intakeBooked: boolean,
	today: string
): boolean {
	return !intakeBooked && submittedOn !== null && addDays(submittedOn, INTAKE_BOOKING_DAYS) < today;
}

export interface FlagInput {
	route: Route | null;
	routeStartedOn: string | null;
	lastConversationOn: string | null;
	applicationsLastMonth: number;
	applicationsPerMonth: number | null;
}

/** This capability's own flags for one client. */
export function ownFlagsFor(input: FlagInput, today: string): OwnFlag[] {
	const flags: OwnFlag[] = [];
	if (isRouteLimitNear(routeLimitOn(input.route, input.routeStartedOn), today)) {
		flags.push('route_limit');
	}
	const due = conversationDueOn(input.route, input.routeStartedOn, input.lastConversationOn);
	if (isConversationDue(due, today)) flags.push('conversation_due');
	if (
		input.route === 'reintegration' &&
		input.routeStartedOn !== null &&
		input.routeStartedOn < monthStart(today, -1) &&
		isBelowAgreement(input.applicationsLastMonth, input.applicationsPerMonth)
	) {
		flags.push('applications_below');
	}
	return flags;
}
