/**
 * The client's timeline on /my: which steps of the chain are done (with dates), which is current
 * and what to do next. The recorded phase (set by staff) and the reports of other capabilities
 * (journey providers) are combined: a step is done when the phase has moved past it or when its
 * capability says so, and the current step is the first that is not done.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { isoDay } from './dates';
import { journeyProviders, type JourneyPerson, type StepReport } from './journey-registry';
import { clientPhase, clientTrajectory, trajectory } from './schema';
import type { Category, Phase, Route, Track } from './vocabulary';

export const JOURNEY_STEPS = [
	'application',
	'info_session',
	'questionnaire',
	'intake',
	'dream_job',
	'decision',
	'route',
	'work'
] as const satisfies readonly Phase[];
export type JourneyStep = (typeof JOURNEY_STEPS)[number];

export interface JourneyStepView {
	id: JourneyStep;
	state: 'done' | 'current' | 'upcoming';
	/** Done on, or (in progress) planned on. */
	on: string | null;
	inProgress: boolean;
}

export interface JourneyView {
	steps: JourneyStepView[];
	current: JourneyStep | null;
	closed: boolean;
	route: Route | null;
	category: Category | null;
	track: Track | null;
	/** "Focus op werk" day of a reintegration route: done on, planned on, or not yet. */
	focusDay: { state: 'done' | 'planned' | 'none'; on: string | null };
	/** The button for the current step, when its capability exists. */
	action: { href: string; label: string } | null;
}

export interface JourneyInput {
	history: { phase: Phase; effectiveOn: string }[];
	current: {
		phase: Phase;
		route: Route | null;
		category: Category | null;
		track: Track | null;
	} | null;
	registeredOn: string;
	reports: Partial<Record<JourneyStep, StepReport | null>>;
	focusDay: JourneyView['focusDay'];
	actions: Partial<Record<JourneyStep, string>>;
}

const ACTION_LABELS: Partial<Record<JourneyStep, string>> = {
	info_session: 'trajectory.journey.action.info_session',
	questionnaire: 'trajectory.journey.action.questionnaire',
	intake: 'trajectory.journey.action.intake'
};

/** Pure: the timeline from the recorded history and the providers' reports. */
export function buildJourney(input: JourneyInput): JourneyView {
	const closed = input.current?.phase === 'closed';
	const lastOpen = [...input.history].reverse().find((h) => h.phase !== 'closed');
	const storedPhase = closed
		? (lastOpen?.phase ?? 'application')
		: (input.current?.phase ?? 'application');
	const storedIndex = JOURNEY_STEPS.indexOf(storedPhase as JourneyStep);
	const indexOf = (phase: Phase) => JOURNEY_STEPS.indexOf(phase as JourneyStep);

	const steps: JourneyStepView[] = JOURNEY_STEPS.map((id, i) => {
		const report = input.reports[id] ?? null;
		// The day the phase moved past this step, from the recorded history.
		const passedOn =
			input.history.find((h) => h.phase !== 'closed' && indexOf(h.phase) > i)?.effectiveOn ?? null;
		if (id === 'application') {
			return {
				id,
				state: 'done',
				on: input.history[0]?.effectiveOn ?? input.registeredOn,
				inProgress: false
			};
		}
		const done = i < storedIndex || report?.status === 'done' || (closed && i <= storedIndex);
		if (done) {
			// Two sources may know the day (the capability, the recorded history): the earliest wins.
			const reported = report?.status === 'done' ? (report.on ?? null) : null;
			const on = [reported, passedOn].filter((d): d is string => !!d).sort()[0] ?? null;
			return { id, state: 'done', on, inProgress: false };
		}
		return {
			id,
			state: 'upcoming',
			on: report?.status === 'in_progress' ? (report.on ?? null) : null,
			inProgress: report?.status === 'in_progress'
		};
	});
	const currentStep = closed ? undefined : steps.find((s) => s.state !== 'done');
	if (currentStep) currentStep.state = 'current';
	const current = currentStep?.id ?? null;
	const href = current ? input.actions[current] : undefined;
	// A booked intake needs no booking button; the appointment is shown instead.
	const showAction = href && !(current === 'intake' && currentStep?.inProgress);
	return {
		steps,
		current,
		closed,
		route: input.current?.route ?? null,
		category: input.current?.category ?? null,
		track: input.current?.track ?? null,
		focusDay: input.focusDay,
		action: showAction && current ? { href, label: ACTION_LABELS[current] ?? '' } : null
	};
}

/** The timeline of one person, asking every registered provider about its step. */
export async function getJourney(db: Executor, person: JourneyPerson): Promise<JourneyView> {
	const providers = journeyProviders().filter((p) => p.step && p.reportStep);
	const [history, focus, reportList] = await Promise.all([
		db
			.select({
				phase: clientPhase.phase,
				route: clientPhase.route,
				category: clientPhase.category,
				track: clientPhase.track,
				effectiveOn: clientPhase.effectiveOn,
				isCurrent: clientPhase.isCurrent
			})
			.from(clientPhase)
			.where(eq(clientPhase.clientId, person.id))
			.orderBy(asc(clientPhase.createdAt)),
		db
			.select({
				status: clientTrajectory.status,
				startsOn: clientTrajectory.startsOn,
				endedOn: clientTrajectory.endedOn
			})
			.from(clientTrajectory)
			.innerJoin(trajectory, eq(trajectory.id, clientTrajectory.trajectoryId))
			.where(and(eq(clientTrajectory.clientId, person.id), eq(trajectory.type, 'focus_day')))
			.orderBy(asc(clientTrajectory.startsOn)),
		Promise.all(providers.map(async (p) => [p.step!, await p.reportStep!(db, person)] as const))
	]);
	const current = history.find((h) => h.isCurrent) ?? null;
	const completedFocus = focus.find((f) => f.status === 'completed');
	const plannedFocus = focus.find((f) => f.status === 'ongoing');
	return buildJourney({
		history,
		current,
		registeredOn: isoDay(person.createdAt),
		reports: Object.fromEntries(reportList),
		focusDay: completedFocus
			? { state: 'done', on: completedFocus.endedOn }
			: plannedFocus
				? { state: 'planned', on: plannedFocus.startsOn }
				: { state: 'none', on: null },
		actions: Object.fromEntries(
			journeyProviders()
				.filter((p) => p.step && p.actionHref)
				.map((p) => [p.step!, p.actionHref!])
		)
	});
}
