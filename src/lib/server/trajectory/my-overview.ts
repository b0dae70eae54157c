/**
 * Everything /my shows of a person's route: the timeline, their consultant, upcoming appointments
 * (from the journey providers), obligations, trajectory modules, job applications this month and,
 * on participation, the yearly conversation and the work wish.
 */
import type { Executor } from '../db';
import { getCurrentConsultant } from './assignment';
import { listClientTrajectories } from './client-trajectories';
import { todayIso } from './dates';
import { countApplicationsPerMonth, getAgreement } from './job-applications';
import { getJourney, type JourneyView } from './journey';
import { journeyProviders, type JourneyPerson, type UpcomingAppointment } from './journey-registry';
import { getConversationSummary } from './participation';
import { getLatestWorkWish } from './work-wish';

export type Obligation =
	'report_changes' | 'appointments' | 'job_applications' | 'documents' | 'yearly_conversation';

/** The duties shown to the person, in a few lines, by where they are. */
export function obligationsFor(journey: JourneyView): Obligation[] {
	if (journey.closed) return ['report_changes'];
	if (journey.current === 'route' && journey.route === 'participation') {
		return ['report_changes', 'appointments', 'yearly_conversation'];
	}
	if (journey.current === 'route' || journey.current === 'work') {
		return journey.current === 'work'
			? ['report_changes', 'appointments']
			: ['report_changes', 'job_applications', 'appointments'];
	}
	return ['report_changes', 'documents', 'appointments'];
}

async function upcomingAppointments(
	db: Executor,
	person: JourneyPerson,
	locale: string
): Promise<UpcomingAppointment[]> {
	const lists = await Promise.all(
		journeyProviders()
			.filter((p) => p.upcomingAppointments)
			.map((p) => p.upcomingAppointments!(db, person, locale))
	);
	return lists
		.flat()
		.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
		.slice(0, 5);
}

export async function getMyOverview(db: Executor, person: JourneyPerson, locale: string) {
	const today = todayIso();
	const [journey, consultant, appointments, modules, wish] = await Promise.all([
		getJourney(db, person),
		getCurrentConsultant(db, person.id),
		upcomingAppointments(db, person, locale),
		listClientTrajectories(db, person.id),
		getLatestWorkWish(db, person.id)
	]);
	const onRoute = journey.current === 'route';
	const seeksWork = onRoute && journey.route !== 'participation';
	const onParticipation = onRoute && journey.route === 'participation';
	const [perMonth, agreement, conversation] = await Promise.all([
		seeksWork ? countApplicationsPerMonth(db, person.id, 1, today) : Promise.resolve([]),
		seeksWork ? getAgreement(db, person.id) : Promise.resolve(null),
		onParticipation ? getConversationSummary(db, person.id) : Promise.resolve(null)
	]);
	return {
		today,
		journey,
		obligations: obligationsFor(journey),
		consultant: consultant
			? { name: consultant.name, email: consultant.email, role: consultant.role }
			: null,
		appointments: appointments.map((a) => ({
			...a,
			startsAt: a.startsAt.toISOString(),
			endsAt: a.endsAt ? a.endsAt.toISOString() : null
		})),
		hasAppointmentProvider: journeyProviders().some((p) => p.upcomingAppointments),
		modules: modules
			.filter((m) => m.status !== 'cancelled')
			.map(({ workWithin3: _3, workWithin6: _6, outcomeNote: _n, ...m }) => m),
		jobSearch: seeksWork ? { thisMonth: perMonth[0]?.count ?? 0, agreement } : null,
		participation: onParticipation
			? {
					dueOn: conversation?.dueOn ?? null,
					last: conversation?.conversations[0] ?? null,
					wish: wish
						? {
								status: wish.status,
								createdAt: wish.createdAt.toISOString(),
								reason: wish.status === 'declined' ? (wish.settleReason ?? '') : ''
							}
						: null
				}
			: null
	};
}

export type MyOverview = Awaited<ReturnType<typeof getMyOverview>>;
