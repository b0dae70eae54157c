import type { RequestHandler } from './$types';
import { requireStaff } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { csvResponse, toCsv } from '$lib/server/trajectory/csv';
import { getTrajectoryOutcomes, todayIso } from '$lib/server/trajectory';

/** The catalogue with its outcome figures, as on /staff/catalogue (all trajectories). */
export const GET: RequestHandler = async (event) => {
	const staff = requireStaff(event);
	const t = event.locals.t;
	const rows = await getTrajectoryOutcomes(db(), staff.municipalityId);
	const header = [
		'trajectory.catalogue.name',
		'trajectory.catalogue.provider',
		'trajectory.catalogue.type',
		'trajectory.catalogue.targetGroup',
		'trajectory.catalogue.durationWeeks',
		'trajectory.catalogue.costEuro',
		'trajectory.catalogue.capacity',
		'trajectory.catalogue.status',
		'trajectory.catalogue.started',
		'trajectory.catalogue.ongoing',
		'trajectory.catalogue.completed',
		'trajectory.catalogue.droppedOut',
		'trajectory.catalogue.endedMatured',
		'trajectory.catalogue.work6',
		'trajectory.catalogue.shareWork6',
		'trajectory.catalogue.placements',
		'trajectory.catalogue.costPerPlacementEuro'
	].map((key) => t(key));
	const body = toCsv(
		header,
		rows.map((r) => [
			r.name,
			r.provider,
			t(`trajectory.type.${r.type}`),
			t(`trajectory.targetGroup.${r.targetGroup}`),
			r.durationWeeks,
			r.costCents / 100,
			r.capacity,
			t(`trajectory.catalogueStatus.${r.status}`),
			r.started,
			r.ongoing,
			r.completed,
			r.droppedOut,
			r.endedMatured,
			r.workWithin6Matured,
			r.shareWork6 === null ? null : Math.round(r.shareWork6 * 1000) / 1000,
			r.placements,
			r.costPerPlacementCents === null ? null : Math.round(r.costPerPlacementCents / 100)
		])
	);
	return csvResponse(`trajectory-outcomes-${todayIso()}.csv`, body);
};
