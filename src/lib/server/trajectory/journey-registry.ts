/**
 * The journey registry: how other capabilities tell the trajectory what they know about a person,
 * without the trajectory reading their tables. A capability (or an adapter in ./providers/)
 * registers one provider; every part is optional:
 *
 * - `step` + `reportStep`: the status of its step in the chain (done with a date, or in progress),
 *   shown on the client's timeline on /my; `actionHref` is where the person does that step.
 * - `upcomingAppointments`: the person's next appointments, for /my.
 * - `nextAppointments`: the next appointment of many clients at once, for the caseload.
 * - `caseloadFlags`: attention flags for many clients at once (e.g. questionnaire awaiting review).
 * - `categoryDecision`: the consultant's latest category decision (questionnaire), so the route
 *   form starts from it instead of asking twice.
 */
import type { Executor } from '../db';
import type { ProvidedFlag } from './flags';
import type { Category, Route } from './vocabulary';

/** The steps other capabilities report on. */
export type ProvidedStep = 'info_session' | 'questionnaire' | 'intake';

export interface JourneyPerson {
	id: string;
	municipalityId: string;
	role: string;
	createdAt: Date;
}

/** Done (with the day it was done) or in progress (with a planned day, e.g. a booked intake). */
export interface StepReport {
	status: 'done' | 'in_progress';
	/** 'YYYY-MM-DD' in the Netherlands, when known. */
	on?: string | null;
}

export interface UpcomingAppointment {
	id: string;
	startsAt: Date;
	endsAt?: Date | null;
	/** Already in the person's language (the provider translates its own words). */
	title: string;
	location?: string | null;
	/** An .ics download ("add to calendar"). */
	calendarHref?: string | null;
	/** Where to change or cancel it. */
	detailsHref?: string | null;
}

export interface JourneyProvider {
	id: string;
	step?: ProvidedStep;
	actionHref?: string;
	reportStep?(db: Executor, person: JourneyPerson): Promise<StepReport | null>;
	upcomingAppointments?(
		db: Executor,
		person: JourneyPerson,
		locale: string
	): Promise<UpcomingAppointment[]>;
	nextAppointments?(db: Executor, clientIds: string[]): Promise<Map<string, Date>>;
	caseloadFlags?(
		db: Executor,
		municipalityId: string,
		clients: { id: string; phase: string }[],
		today: string
	): Promise<Map<string, ProvidedFlag[]>>;
	categoryDecision?(
		db: Executor,
		clientId: string
	): Promise<{ category: Category; route: Route; decidedAt: Date } | null>;
}

const providers: JourneyProvider[] = [];

export function registerJourneyProvider(provider: JourneyProvider): void {
	if (providers.some((p) => p.id === provider.id)) return;
	providers.push(provider);
}

export function journeyProviders(): readonly JourneyProvider[] {
	return providers;
}

/** Only for tests: start from an empty registry. */
export function clearJourneyProviders(): void {
	providers.length = 0;
}
