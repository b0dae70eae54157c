import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import { registerPersonalDataSource } from '../privacy/export';
import {
	clientNote,
	clientPhase,
	clientTrajectory,
	consultantAssignment,
	jobApplication,
	jobSearchAgreement,
	participationConversation,
	trajectory,
	workWish
} from './schema';

/**
 * A person's route, trajectory modules, job applications and work wishes, for their own data
 * export (/my/data). Consultants' internal notes are left out here: they are given on request
 * after review (AVG art. 15 allows protecting others' rights), as the README's privacy notes say.
 */
registerPersonalDataSource({
	id: 'trajectory',
	order: 40,
	async load(db, personId) {
		const phases = await db
			.select({
				phase: clientPhase.phase,
				route: clientPhase.route,
				category: clientPhase.category,
				from: clientPhase.effectiveOn,
				reason: clientPhase.reason
			})
			.from(clientPhase)
			.where(eq(clientPhase.clientId, personId))
			.orderBy(asc(clientPhase.createdAt));
		const modules = await db
			.select({
				name: trajectory.name,
				provider: trajectory.provider,
				status: clientTrajectory.status,
				startsOn: clientTrajectory.startsOn,
				plannedEndOn: clientTrajectory.plannedEndOn,
				endedOn: clientTrajectory.endedOn
			})
			.from(clientTrajectory)
			.innerJoin(trajectory, eq(trajectory.id, clientTrajectory.trajectoryId))
			.where(eq(clientTrajectory.clientId, personId))
			.orderBy(asc(clientTrajectory.startsOn));
		const jobApplications = await db
			.select({
				appliedOn: jobApplication.appliedOn,
				employer: jobApplication.employer,
				position: jobApplication.position,
				method: jobApplication.method,
				result: jobApplication.result
			})
			.from(jobApplication)
			.where(eq(jobApplication.clientId, personId))
			.orderBy(asc(jobApplication.appliedOn));
		const workWishes = await db
			.select({
				status: workWish.status,
				message: workWish.clientMessage,
				createdAt: workWish.createdAt
			})
			.from(workWish)
			.where(eq(workWish.clientId, personId))
			.orderBy(asc(workWish.createdAt));
		if (phases.length + modules.length + jobApplications.length + workWishes.length === 0)
			return null;
		return { phases, modules, jobApplications, workWishes };
	},
	/**
	 * Retention: what the figures and the catalogue's outcomes need is kept as coded facts with
	 * their dates (phases, routes, categories, trajectory assignments and outcomes, benefit periods);
	 * their free text (reasons, outcome notes) is emptied. Job applications, agreements, notes,
	 * yearly conversations and work wishes are erased. The current consultant assignment ends.
	 */
	personColumns: [
		'client_phase.client_id',
		'consultant_assignment.client_id',
		'client_trajectory.client_id',
		'job_application.client_id',
		'job_search_agreement.client_id',
		'client_note.client_id',
		'participation_conversation.client_id',
		'work_wish.client_id',
		'benefit_period.client_id'
	],
	async forget(db, personId) {
		const count = (rows: unknown[]) => rows.length;
		const phases = await db
			.update(clientPhase)
			.set({ reason: '' })
			.where(and(eq(clientPhase.clientId, personId), ne(clientPhase.reason, '')))
			.returning({ id: clientPhase.id });
		const notes = await db
			.update(clientTrajectory)
			.set({ outcomeNote: '' })
			.where(and(eq(clientTrajectory.clientId, personId), ne(clientTrajectory.outcomeNote, '')))
			.returning({ id: clientTrajectory.id });
		const assignmentReasons = await db
			.update(consultantAssignment)
			.set({ reason: '' })
			.where(and(eq(consultantAssignment.clientId, personId), ne(consultantAssignment.reason, '')))
			.returning({ id: consultantAssignment.id });
		const assignmentsEnded = await db
			.update(consultantAssignment)
			.set({ endedAt: new Date() })
			.where(and(eq(consultantAssignment.clientId, personId), isNull(consultantAssignment.endedAt)))
			.returning({ id: consultantAssignment.id });
		const applications = await db
			.delete(jobApplication)
			.where(eq(jobApplication.clientId, personId))
			.returning({ id: jobApplication.id });
		const clientNotes = await db
			.delete(clientNote)
			.where(eq(clientNote.clientId, personId))
			.returning({ id: clientNote.id });
		const agreements = await db
			.delete(jobSearchAgreement)
			.where(eq(jobSearchAgreement.clientId, personId))
			.returning({ id: jobSearchAgreement.clientId });
		const conversations = await db
			.delete(participationConversation)
			.where(eq(participationConversation.clientId, personId))
			.returning({ id: participationConversation.id });
		const wishes = await db
			.delete(workWish)
			.where(eq(workWish.clientId, personId))
			.returning({ id: workWish.id });
		return {
			'client_phase.reason': count(phases),
			'client_trajectory.outcome_note': count(notes),
			'consultant_assignment.reason': count(assignmentReasons),
			'consultant_assignment.ended': count(assignmentsEnded),
			job_application: count(applications),
			client_note: count(clientNotes),
			job_search_agreement: count(agreements),
			participation_conversation: count(conversations),
			work_wish: count(wishes)
		};
	}
});
