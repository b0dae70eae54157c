import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../db';
import { trajectory, type Trajectory } from './schema';
import type { TargetGroup, TrajectoryType } from './vocabulary';

/** Who maintains the catalogue (adds trajectories, retires them). */
export const CATALOGUE_EDITORS = ['quality_officer', 'administrator'] as const;

export interface CatalogueFilter {
	type?: TrajectoryType;
	targetGroup?: TargetGroup;
	status?: 'active' | 'retired';
}

export async function listTrajectories(
	db: Executor,
	municipalityId: string,
	filter: CatalogueFilter = {}
): Promise<Trajectory[]> {
	const conditions: SQL[] = [eq(trajectory.municipalityId, municipalityId)];
	if (filter.type) conditions.push(eq(trajectory.type, filter.type));
	if (filter.targetGroup) conditions.push(eq(trajectory.targetGroup, filter.targetGroup));
	if (filter.status) conditions.push(eq(trajectory.status, filter.status));
	return db
		.select()
		.from(trajectory)
		.where(and(...conditions))
		.orderBy(asc(trajectory.type), asc(trajectory.name));
}

export interface NewTrajectory {
	name: string;
	provider: string;
	type: TrajectoryType;
	targetGroup: TargetGroup;
	description?: string;
	durationWeeks: number;
	costCents: number;
	capacity: number | null;
}

export async function createTrajectory(
	db: Executor,
	municipalityId: string,
	input: NewTrajectory
): Promise<{ ok: true; trajectory: Trajectory } | { ok: false; error: 'name_taken' }> {
	const [row] = await db
		.insert(trajectory)
		.values({ ...input, description: input.description ?? '', municipalityId })
		.onConflictDoNothing()
		.returning();
	return row ? { ok: true, trajectory: row } : { ok: false, error: 'name_taken' };
}

/** Retire a trajectory (no new assignments) or bring it back. Ongoing ones run on. */
export async function setTrajectoryStatus(
	db: Executor,
	municipalityId: string,
	id: string,
	status: 'active' | 'retired'
): Promise<boolean> {
	const rows = await db
		.update(trajectory)
		.set({ status, updatedAt: new Date() })
		.where(and(eq(trajectory.id, id), eq(trajectory.municipalityId, municipalityId)))
		.returning({ id: trajectory.id });
	return rows.length > 0;
}
