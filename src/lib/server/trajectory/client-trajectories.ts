import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { recordAudit } from '../audit/record';
import { addDays, todayIso } from './dates';
import { clientTrajectory, trajectory } from './schema';
import type { Actor, ClientRef } from './types';
import type { DropoutReason } from './vocabulary';

/** Who assigns trajectories and records their outcome: the work team (the income team has no budget). */
export const TRAJECTORY_ROLES = ['work_consultant', 'quality_officer'] as const;

function mayManage(actor: Actor): boolean {
	return (TRAJECTORY_ROLES as readonly string[]).includes(actor.role);
}

/**
 * A client's trajectories, newest first, with whether each was followed by work within three or
 * six months of its end (an outflow to work recorded in the benefit periods).
 */
export async function listClientTrajectories(db: Executor, clientId: string) {
	const workWithin = (months: number) =>
		sql<boolean>`exists (select 1 from benefit_period bp
			where bp.client_id = ${clientTrajectory.clientId} and bp.outflow_kind = 'work'
			and bp.outflow_on >= ${clientTrajectory.startsOn}
			and bp.outflow_on <= ${clientTrajectory.endedOn} + make_interval(months => ${months}))`;
	return db
		.select({
			id: clientTrajectory.id,
			trajectoryId: trajectory.id,
			name: trajectory.name,
			provider: trajectory.provider,
			type: trajectory.type,
			status: clientTrajectory.status,
			startsOn: clientTrajectory.startsOn,
			plannedEndOn: clientTrajectory.plannedEndOn,
			endedOn: clientTrajectory.endedOn,
			dropoutReason: clientTrajectory.dropoutReason,
			outcomeNote: clientTrajectory.outcomeNote,
			workWithin3: workWithin(3),
			workWithin6: workWithin(6)
		})
		.from(clientTrajectory)
		.innerJoin(trajectory, eq(trajectory.id, clientTrajectory.trajectoryId))
		.where(eq(clientTrajectory.clientId, clientId))
		.orderBy(desc(clientTrajectory.startsOn), desc(clientTrajectory.assignedAt));
}

export type AssignTrajectoryError =
	| 'not_allowed_for_role'
	| 'unknown_trajectory'
	| 'retired'
	| 'full'
	| 'already_assigned'
	| 'dates_invalid';

/**
 * Assigns a catalogue trajectory to a client. Capacity is checked under a lock on the trajectory
 * row, so two consultants cannot both take the last place; the same trajectory cannot be ongoing
 * twice for one client (partial unique index).
 */
export async function assignTrajectory(
	db: Executor,
	input: {
		client: ClientRef;
		trajectoryId: string;
		startsOn: string;
		plannedEndOn?: string;
		actor: Actor;
	}
): Promise<{ ok: true; id: string } | { ok: false; error: AssignTrajectoryError }> {
	if (!mayManage(input.actor)) return { ok: false, error: 'not_allowed_for_role' };
	const today = todayIso();
	if (input.startsOn < addDays(today, -366) || input.startsOn > addDays(today, 366)) {
		return { ok: false, error: 'dates_invalid' };
	}
	return db.transaction(async (tx) => {
		const [item] = await tx
			.select()
			.from(trajectory)
			.where(
				and(
					eq(trajectory.id, input.trajectoryId),
					eq(trajectory.municipalityId, input.client.municipalityId)
				)
			)
			.for('update');
		if (!item) return { ok: false as const, error: 'unknown_trajectory' as const };
		if (item.status !== 'active') return { ok: false as const, error: 'retired' as const };
		const plannedEndOn = input.plannedEndOn || addDays(input.startsOn, item.durationWeeks * 7);
		if (plannedEndOn < input.startsOn)
			return { ok: false as const, error: 'dates_invalid' as const };
		if (item.capacity !== null) {
			const [taken] = await tx
				.select({ n: sql<number>`count(*)`.mapWith(Number) })
				.from(clientTrajectory)
				.where(
					and(eq(clientTrajectory.trajectoryId, item.id), eq(clientTrajectory.status, 'ongoing'))
				);
			if (taken.n >= item.capacity) return { ok: false as const, error: 'full' as const };
		}
		const [row] = await tx
			.insert(clientTrajectory)
			.values({
				municipalityId: input.client.municipalityId,
				clientId: input.client.id,
				trajectoryId: item.id,
				startsOn: input.startsOn,
				plannedEndOn,
				assignedBy: input.actor.id
			})
			.onConflictDoNothing()
			.returning({ id: clientTrajectory.id });
		if (!row) return { ok: false as const, error: 'already_assigned' as const };
		await recordAudit(tx, {
			actorId: input.actor.id,
			action: 'trajectory.assign',
			subjectId: input.client.id,
			municipalityId: input.client.municipalityId,
			detail: { trajectory: item.id }
		});
		return { ok: true as const, id: row.id };
	});
}

export type OutcomeError =
	'not_allowed_for_role' | 'not_found' | 'dates_invalid' | 'reason_required';

export interface Outcome {
	status: 'completed' | 'dropped_out' | 'cancelled';
	endedOn: string;
	dropoutReason?: DropoutReason | null;
	note?: string;
}

/** Records how an ongoing trajectory ended. Only an ongoing one: a second answer changes nothing. */
export async function recordOutcome(
	db: Executor,
	input: { client: ClientRef; clientTrajectoryId: string; outcome: Outcome; actor: Actor }
): Promise<{ ok: true } | { ok: false; error: OutcomeError }> {
	if (!mayManage(input.actor)) return { ok: false, error: 'not_allowed_for_role' };
	const { outcome } = input;
	if (outcome.status === 'dropped_out' && !outcome.dropoutReason) {
		return { ok: false, error: 'reason_required' };
	}
	if (outcome.endedOn > todayIso()) return { ok: false, error: 'dates_invalid' };
	const rows = await db
		.update(clientTrajectory)
		.set({
			status: outcome.status,
			endedOn: outcome.status === 'cancelled' ? null : outcome.endedOn,
			dropoutReason: outcome.status === 'dropped_out' ? outcome.dropoutReason : null,
			outcomeNote: outcome.note ?? '',
			outcomeBy: input.actor.id,
			outcomeAt: new Date()
		})
		.where(
			and(
				eq(clientTrajectory.id, input.clientTrajectoryId),
				eq(clientTrajectory.clientId, input.client.id),
				eq(clientTrajectory.status, 'ongoing'),
				outcome.status === 'cancelled'
					? undefined
					: sql`${clientTrajectory.startsOn} <= ${outcome.endedOn}::date`
			)
		)
		.returning({ id: clientTrajectory.id });
	if (rows.length === 0) {
		const [exists] = await db
			.select({ startsOn: clientTrajectory.startsOn })
			.from(clientTrajectory)
			.where(
				and(
					eq(clientTrajectory.id, input.clientTrajectoryId),
					eq(clientTrajectory.clientId, input.client.id),
					eq(clientTrajectory.status, 'ongoing')
				)
			);
		return { ok: false, error: exists ? 'dates_invalid' : 'not_found' };
	}
	return { ok: true };
}
