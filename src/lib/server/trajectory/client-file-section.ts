/**
 * The trajectory's sections of the client file: phase and route (with history and the consultant),
 * trajectory modules, job applications, participation (yearly conversation and work wish) and notes.
 * The same loaders feed /staff/clients/[id]/trajectory, where the forms post to.
 */
import { registerClientFileSection, type ClientFileContext } from '../client-file/sections';
import { listTrajectories } from './catalogue';
import {
	ASSIGNING_ROLES,
	getAssignmentHistory,
	getCurrentConsultant,
	listConsultants
} from './assignment';
import { listClientTrajectories, TRAJECTORY_ROLES } from './client-trajectories';
import { addMonths, todayIso } from './dates';
import { routeLimitOn } from './flags';
import { journeyProviders } from './journey-registry';
import './providers';
import {
	countApplicationsPerMonth,
	getAgreement,
	JOB_SEARCH_STAFF,
	listJobApplications
} from './job-applications';
import { listNotes, NOTE_ROLES } from './notes';
import { CONVERSATION_ROLES, getConversationSummary } from './participation';
import { getCurrentPhase, getPhaseHistory, stateOf } from './phases';
import { phaseChoicesFor } from './transitions';
import { getLatestWorkWish, PROPOSABLE_CATEGORIES } from './work-wish';

const has = (roles: readonly string[], role: string) => roles.includes(role);
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The latest category decision any provider knows of (the questionnaire capability). */
async function categoryDecision(db: ClientFileContext['db'], clientId: string) {
	for (const provider of journeyProviders()) {
		const decision = await provider.categoryDecision?.(db, clientId);
		if (decision) return { ...decision, decidedAt: decision.decidedAt.toISOString() };
	}
	return null;
}

async function loadRoute({ db, client, viewer }: ClientFileContext) {
	const [current, history, consultant, assignments, consultants, decision] = await Promise.all([
		getCurrentPhase(db, client.id),
		getPhaseHistory(db, client.id),
		getCurrentConsultant(db, client.id),
		getAssignmentHistory(db, client.id),
		listConsultants(db, client.municipalityId),
		categoryDecision(db, client.id)
	]);
	const state = stateOf(current);
	return {
		current: state
			? {
					...state,
					routeStartedOn: current?.routeStartedOn ?? null,
					effectiveOn: current?.effectiveOn ?? null,
					routeLimitOn:
						state.phase === 'route'
							? routeLimitOn(state.route, current?.routeStartedOn ?? null)
							: null
				}
			: null,
		history: history.map((h) => ({ ...h, createdAt: h.createdAt.toISOString() })),
		phaseChoices: phaseChoicesFor(state, viewer.role),
		decision,
		consultant: consultant ? { ...consultant, since: consultant.since.toISOString() } : null,
		assignments: assignments.map((a) => ({
			...a,
			startedAt: a.startedAt.toISOString(),
			endedAt: iso(a.endedAt)
		})),
		consultants: consultants.filter((c) => c.id !== consultant?.id),
		canAssign: has(ASSIGNING_ROLES, viewer.role),
		isMine: consultant?.id === viewer.id,
		today: todayIso()
	};
}

async function loadModules({ db, client, viewer }: ClientFileContext) {
	const canManage = has(TRAJECTORY_ROLES, viewer.role);
	const [items, catalogue] = await Promise.all([
		listClientTrajectories(db, client.id),
		canManage ? listTrajectories(db, client.municipalityId, { status: 'active' }) : []
	]);
	return {
		items,
		catalogue: catalogue.map((t) => ({
			id: t.id,
			name: t.name,
			provider: t.provider,
			type: t.type
		})),
		canManage,
		today: todayIso()
	};
}

async function loadJobApplications({ db, client, viewer }: ClientFileContext) {
	const [phase, items, perMonth, agreement] = await Promise.all([
		getCurrentPhase(db, client.id),
		listJobApplications(db, client.id, 50),
		countApplicationsPerMonth(db, client.id, 6),
		getAgreement(db, client.id)
	]);
	const onReintegration = phase?.phase === 'route' && phase.route !== 'participation';
	if (!onReintegration && items.length === 0) return null;
	return {
		items,
		perMonth,
		agreement,
		canManage: has(JOB_SEARCH_STAFF, viewer.role),
		today: todayIso()
	};
}

async function loadParticipation({ db, client, viewer }: ClientFileContext) {
	const [summary, wish, consultants] = await Promise.all([
		getConversationSummary(db, client.id),
		getLatestWorkWish(db, client.id),
		listConsultants(db, client.municipalityId)
	]);
	if (!summary.onParticipation && !wish) return null;
	return {
		...summary,
		wish: wish
			? {
					id: wish.id,
					status: wish.status,
					clientMessage: wish.clientMessage,
					createdAt: wish.createdAt.toISOString(),
					proposalReason: wish.proposalReason,
					proposedCategory: wish.proposedCategory,
					buddyId: wish.buddyId,
					buddyName: wish.buddyName,
					buddyReason: wish.buddyReason,
					settleReason: wish.settleReason
				}
			: null,
		buddies: consultants.filter((c) => c.role === 'work_consultant'),
		categories: PROPOSABLE_CATEGORIES,
		canRecord: has(CONVERSATION_ROLES, viewer.role),
		canPropose: has(['income_consultant', 'quality_officer'], viewer.role),
		isBuddy: !!wish && wish.buddyId === viewer.id,
		canSettle: viewer.role === 'quality_officer',
		nextDueAfterToday: addMonths(todayIso(), 12),
		today: todayIso()
	};
}

async function loadNotes({ db, client, viewer }: ClientFileContext) {
	const notes = await listNotes(db, client.id);
	return {
		notes: notes.map((n) => ({ ...n, createdAt: n.createdAt.toISOString() })),
		canWrite: has(NOTE_ROLES, viewer.role)
	};
}

const SECTIONS = [
	{ id: 'trajectory-route', order: 5, load: loadRoute },
	{ id: 'trajectory-modules', order: 30, load: loadModules },
	{ id: 'trajectory-job-applications', order: 40, load: loadJobApplications },
	{ id: 'trajectory-participation', order: 45, load: loadParticipation },
	{ id: 'trajectory-notes', order: 90, load: loadNotes }
] as const;

for (const section of SECTIONS) registerClientFileSection(section);

/** Only the trajectory's sections, for /staff/clients/[id]/trajectory. */
export async function loadTrajectorySections(context: ClientFileContext) {
	const loaded = await Promise.all(
		SECTIONS.map(async (s) => ({ id: s.id as string, data: (await s.load(context)) as unknown }))
	);
	return loaded.filter((s) => s.data !== null);
}
