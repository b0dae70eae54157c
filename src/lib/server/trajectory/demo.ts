/**
 * Demo data: the catalogue and a year of in- and outflow for each municipality (synthetic clients,
 * so the caseload and figures pages show trends), and the demo people on their routes:
 * klant@ on reintegration (1C), statushouder@ on the status-holder route with a language course,
 * participatie@ on participation with the yearly conversation due soon, aanvrager@ just applied.
 * The days fit the other capabilities' demo data (information session, questionnaire submitted
 * and category decided a few weeks ago), so the timeline and the client file tell one story.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db';
import { municipality, type User } from '../db/schema-core';
import { registerDemoSeeder, type DemoPeople } from '../demo/seed';
import { seedCatalogue } from './catalogue-seed';
import { addDays, todayIso } from './dates';
import { DEFAULT_YEARLY_TARGET } from './figures';
import {
	benefitPeriod,
	caseloadTarget,
	clientNote,
	clientPhase,
	clientTrajectory,
	consultantAssignment,
	jobApplication,
	jobSearchAgreement,
	participationConversation,
	trajectory
} from './schema';
import { seedSyntheticClients } from './synthetic';
import type { Phase } from './vocabulary';

/** People on benefit per municipality in the demo (roughly the real order of size). */
const DEMO_CASELOAD: Record<string, number> = {
	'leidschendam-voorburg': 1000,
	voorschoten: 320,
	wassenaar: 280
};

registerDemoSeeder(async (db, people) => {
	const today = todayIso();
	const places = await db.select().from(municipality);
	for (const place of places) {
		await seedCatalogue(db, place.id);
		await db
			.insert(caseloadTarget)
			.values({ municipalityId: place.id, yearlyNetReduction: DEFAULT_YEARLY_TARGET })
			.onConflictDoNothing();
		const staffHere = Object.values(people).filter((p) => p.municipalityId === place.id);
		await seedSyntheticClients(db, {
			municipalityId: place.id,
			slug: place.slug,
			caseload: DEMO_CASELOAD[place.slug] ?? 300,
			today,
			workConsultantIds: staffHere.filter((p) => p.role === 'work_consultant').map((p) => p.id),
			incomeConsultantIds: staffHere.filter((p) => p.role === 'income_consultant').map((p) => p.id)
		});
	}
	await seedDemoPeople(db, people, today);
});

type Step = { phase: Phase; daysAgo: number; extra?: Partial<typeof clientPhase.$inferInsert> };

async function recordHistory(db: Executor, person: User, by: User, steps: Step[], today: string) {
	await db.insert(clientPhase).values(
		steps.map((step, i) => ({
			municipalityId: person.municipalityId,
			clientId: person.id,
			phase: step.phase,
			effectiveOn: addDays(today, -step.daysAgo),
			isCurrent: i === steps.length - 1,
			changedBy: i === 0 ? null : by.id,
			reason: i === 0 ? '' : 'Demo',
			createdAt: new Date(Date.now() - step.daysAgo * 86_400_000 + i * 1000),
			...step.extra
		}))
	);
}

async function trajectoryIds(db: Executor, municipalityId: string, names: string[]) {
	const rows = await db
		.select({ id: trajectory.id, name: trajectory.name })
		.from(trajectory)
		.where(and(eq(trajectory.municipalityId, municipalityId), inArray(trajectory.name, names)));
	return Object.fromEntries(rows.map((r) => [r.name, r.id]));
}

const EARLY: Phase[] = [
	'application',
	'info_session',
	'questionnaire',
	'intake',
	'dream_job',
	'decision'
];

/** The early steps (application … decision) on the given numbers of days ago. */
function earlySteps(days: number[]): Step[] {
	return EARLY.map((phase, i) => ({ phase, daysAgo: days[i] }));
}

async function seedDemoPeople(db: Executor, people: DemoPeople, today: string) {
	const consultant = people.workConsultant;
	const income = people.incomeConsultant;
	const day = (daysAgo: number) => addDays(today, -daysAgo);

	// klant@: information session 60 days ago, questionnaire filled in at the intake 21 days ago,
	// category 1C decided 14 days ago; on reintegration since.
	const client = people.client;
	const reintegration = {
		route: 'reintegration' as const,
		category: '1C' as const,
		track: 'general' as const,
		routeStartedOn: day(13)
	};
	await recordHistory(
		db,
		client,
		consultant,
		[
			...earlySteps([66, 60, 25, 21, 20, 14]),
			{ phase: 'route', daysAgo: 13, extra: reintegration }
		],
		today
	);
	// statushouder@: category 1C decided 5 days ago; the status-holder route with a language course.
	const holder = people.statusHolder;
	await recordHistory(
		db,
		holder,
		consultant,
		[
			...earlySteps([40, 30, 14, 12, 11, 5]),
			{
				phase: 'route',
				daysAgo: 4,
				extra: { ...reintegration, track: 'status_holder', routeStartedOn: day(4) }
			}
		],
		today
	);
	// participatie@: participation (2A) for three years; the yearly conversation is due soon.
	const participant = people.participation;
	await recordHistory(
		db,
		participant,
		income,
		[
			...earlySteps([1180, 1170, 1160, 1150, 1149, 1110]),
			{
				phase: 'route',
				daysAgo: 1100,
				extra: { route: 'participation', category: '2A', routeStartedOn: day(1100) }
			}
		],
		today
	);
	// aanvrager@: just applied.
	await recordHistory(
		db,
		people.applicant,
		consultant,
		[{ phase: 'application', daysAgo: 0 }],
		today
	);

	const periods: [User, number][] = [
		[client, 13],
		[holder, 4],
		[participant, 1100]
	];
	await db.insert(benefitPeriod).values(
		periods.map(([person, days]) => ({
			municipalityId: person.municipalityId,
			clientId: person.id,
			startedOn: day(days)
		}))
	);
	const assignments: [User, User, number, string][] = [
		[client, consultant, 21, 'Intake'],
		[holder, consultant, 12, 'Intake'],
		[participant, income, 1100, 'Participatie']
	];
	await db.insert(consultantAssignment).values(
		assignments.map(([person, by, days, reason]) => ({
			municipalityId: person.municipalityId,
			clientId: person.id,
			consultantId: by.id,
			startedAt: new Date(`${day(days)}T09:00:00Z`),
			reason
		}))
	);

	const ids = await trajectoryIds(db, client.municipalityId, [
		'Focus op werk-dag',
		'Sollicitatietraining',
		'Werkfit coaching',
		'Nederlands op de werkvloer (A2-B1)',
		'Vrijwilligerswerk-match'
	]);
	const row = (name: string, person: User, start: number, end: number, by: User = consultant) => ({
		municipalityId: person.municipalityId,
		clientId: person.id,
		trajectoryId: ids[name],
		startsOn: day(start),
		plannedEndOn: day(end),
		assignedBy: by.id
	});
	const done = (name: string, person: User, start: number, end: number, by?: User) => ({
		...row(name, person, start, end, by),
		status: 'completed' as const,
		endedOn: day(end),
		outcomeBy: (by ?? consultant).id,
		outcomeAt: new Date(`${day(end)}T16:00:00Z`)
	});
	await db
		.insert(clientTrajectory)
		.values([
			done('Focus op werk-dag', client, 6, 6),
			row('Werkfit coaching', client, 2, -110),
			row('Sollicitatietraining', client, -10, -38),
			row('Focus op werk-dag', holder, -3, -3),
			row('Nederlands op de werkvloer (A2-B1)', holder, -7, -189),
			done('Vrijwilligerswerk-match', participant, 700, 644, income)
		]);

	await db.insert(jobSearchAgreement).values([
		{
			clientId: client.id,
			municipalityId: client.municipalityId,
			perMonth: 4,
			setBy: consultant.id
		},
		{
			clientId: holder.id,
			municipalityId: holder.municipalityId,
			perMonth: 2,
			setBy: consultant.id
		}
	]);
	const applications: [
		User,
		number,
		string,
		string,
		'online' | 'email' | 'in_person',
		'rejected' | 'interview' | 'waiting'
	][] = [
		[client, 12, 'Albert Heijn Voorburg', 'Vakkenvuller', 'online', 'rejected'],
		[client, 9, 'Bol.com distributie', 'Orderpicker', 'online', 'interview'],
		[client, 3, 'Gemeente Den Haag', 'Medewerker parkeerbeheer', 'email', 'waiting'],
		[holder, 2, 'Thuiszorg Haaglanden', 'Helpende zorg', 'in_person', 'waiting']
	];
	await db.insert(jobApplication).values(
		applications.map(([person, daysAgo, employer, position, method, result]) => ({
			municipalityId: person.municipalityId,
			clientId: person.id,
			appliedOn: day(daysAgo),
			employer,
			position,
			method,
			result,
			enteredBy: person.id
		}))
	);
	await db.insert(clientNote).values({
		municipalityId: client.municipalityId,
		clientId: client.id,
		authorId: consultant.id,
		body: 'Gemotiveerd; zoekt werk in de logistiek. Coaching ingezet voor ritme en sollicitatiegesprekken.',
		createdAt: new Date(`${day(6)}T15:00:00Z`)
	});
	await db.insert(participationConversation).values([
		{
			municipalityId: participant.municipalityId,
			clientId: participant.id,
			consultantId: income.id,
			heldOn: day(715),
			agreements: 'Kennismaking. Afgesproken: contact met de vrijwilligerscentrale.'
		},
		{
			municipalityId: participant.municipalityId,
			clientId: participant.id,
			consultantId: income.id,
			heldOn: day(350),
			agreements:
				'Vrijwilligerswerk bij de voedselbank, twee ochtenden per week. Volgend gesprek over een jaar.'
		}
	]);
}
