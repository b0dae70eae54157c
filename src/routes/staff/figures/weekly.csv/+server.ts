import type { RequestHandler } from './$types';
import { requireStaff } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { csvResponse, toCsv } from '$lib/server/trajectory/csv';
import { FIGURE_ROLES, getWeeklyPlacements, todayIso } from '$lib/server/trajectory';

/** Placements per week (the last 26 weeks), as on /staff/figures. */
export const GET: RequestHandler = async (event) => {
	const staff = requireStaff(event, FIGURE_ROLES);
	const t = event.locals.t;
	const weeks = await getWeeklyPlacements(db(), staff.municipalityId, { weeks: 26 });
	const body = toCsv(
		[t('figures.column.week'), t('figures.column.placements')],
		weeks.map((w) => [w.week, w.placements])
	);
	return csvResponse(`figures-placements-${todayIso()}.csv`, body);
};
