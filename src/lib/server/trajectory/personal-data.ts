import { asc, eq } from 'drizzle-orm';
import { registerPersonalDataSource } from '../privacy/export';
import { clientPhase, clientTrajectory, jobApplication, trajectory, workWish } from './schema';

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
	}
});
