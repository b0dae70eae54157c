/**
 * Outcome figures per catalogue trajectory: how many started, completed and dropped out, the share
 * that found work within six months of the end, and the cost per placement. "Work" is an outflow to
 * work recorded in the benefit periods, from the trajectory's start on.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { queryRows } from '../db/sql';
import { addMonths, todayIso } from './dates';
import type { TargetGroup, TrajectoryType } from './vocabulary';

/** The share into work is measured over trajectories that ended at least this long ago. */
export const WORK_WINDOW_MONTHS = 6;

export interface TrajectoryOutcome {
	id: string;
	name: string;
	provider: string;
	type: TrajectoryType;
	targetGroup: TargetGroup;
	status: 'active' | 'retired';
	durationWeeks: number;
	costCents: number;
	capacity: number | null;
	started: number;
	ongoing: number;
	completed: number;
	droppedOut: number;
	/** Ended at least six months ago: the base of the share into work. */
	endedMatured: number;
	workWithin6Matured: number;
	/** Share into work within six months, 0…1, or null when nothing has matured yet. */
	shareWork6: number | null;
	/** Ended trajectories followed by work within six months (all, matured or not). */
	placements: number;
	/** Started × price / placements, in cents; null without placements. */
	costPerPlacementCents: number | null;
}

export async function getTrajectoryOutcomes(
	db: Executor,
	municipalityId: string,
	today = todayIso()
): Promise<TrajectoryOutcome[]> {
	const maturedBefore = addMonths(today, -WORK_WINDOW_MONTHS);
	const rows = await queryRows<Record<string, unknown>>(
		db,
		// Per assignment first: was there an outflow to work between its start and six months
		// after its end (a join on the client's work outflows, not a lookup per row); then per
		// trajectory.
		sql`with assignment as (
				select ct.id, ct.trajectory_id, ct.status, ct.starts_on, ct.ended_on,
					coalesce(bool_or(bp.outflow_on <= ct.ended_on + make_interval(months => ${WORK_WINDOW_MONTHS})), false) as work6
				from client_trajectory ct
				left join benefit_period bp on bp.client_id = ct.client_id
					and bp.municipality_id = ${municipalityId} and bp.outflow_kind = 'work'
					and bp.outflow_on >= ct.starts_on and ct.status in ('completed', 'dropped_out')
				where ct.municipality_id = ${municipalityId}
				group by ct.id
			)
			select t.id, t.name, t.provider, t.type, t.target_group, t.status, t.duration_weeks,
				t.cost_cents, t.capacity,
				count(a.id) filter (where a.status <> 'cancelled' and a.starts_on <= ${today}::date) as started,
				count(a.id) filter (where a.status = 'ongoing' and a.starts_on <= ${today}::date) as ongoing,
				count(a.id) filter (where a.status = 'completed') as completed,
				count(a.id) filter (where a.status = 'dropped_out') as dropped_out,
				count(a.id) filter (where a.ended_on <= ${maturedBefore}::date) as ended_matured,
				count(a.id) filter (where a.ended_on <= ${maturedBefore}::date and a.work6) as work6_matured,
				count(a.id) filter (where a.work6) as placements
			from trajectory t
			left join assignment a on a.trajectory_id = t.id
			where t.municipality_id = ${municipalityId}
			group by t.id
			order by t.type, t.name`
	);
	return rows.map((r) => {
		const n = (key: string) => Number(r[key] ?? 0);
		const started = n('started');
		const placements = n('placements');
		const endedMatured = n('ended_matured');
		const costCents = n('cost_cents');
		return {
			id: String(r.id),
			name: String(r.name),
			provider: String(r.provider),
			type: r.type as TrajectoryType,
			targetGroup: r.target_group as TargetGroup,
			status: r.status as 'active' | 'retired',
			durationWeeks: n('duration_weeks'),
			costCents,
			capacity: r.capacity === null ? null : n('capacity'),
			started,
			ongoing: n('ongoing'),
			completed: n('completed'),
			droppedOut: n('dropped_out'),
			endedMatured,
			workWithin6Matured: n('work6_matured'),
			shareWork6: endedMatured > 0 ? n('work6_matured') / endedMatured : null,
			placements,
			costPerPlacementCents: placements > 0 ? Math.round((started * costCents) / placements) : null
		};
	});
}
