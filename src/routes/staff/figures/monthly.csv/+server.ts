import type { RequestHandler } from './$types';
import { requireStaff } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { csvResponse, toCsv } from '$lib/server/trajectory/csv';
import { FIGURE_ROLES, getMonthlyFigures, todayIso } from '$lib/server/trajectory';

/** The monthly figures table of /staff/figures (?months=12 or 24). */
export const GET: RequestHandler = async (event) => {
	const staff = requireStaff(event, FIGURE_ROLES);
	const t = event.locals.t;
	const months = event.url.searchParams.get('months') === '24' ? 24 : 12;
	const report = await getMonthlyFigures(db(), staff.municipalityId, { months });
	const header = [
		'month',
		'inflow',
		'outflowWork',
		'outflowOther',
		'caseloadEnd',
		'netChange',
		'netChangeYearToDate',
		'targetYearToDate',
		'returnedWithin12',
		'durabilityFinal'
	].map((key) => t(`figures.column.${key}`));
	const body = toCsv(
		header,
		report.months.map((m) => [
			m.month,
			m.inflow,
			m.outflowWork,
			m.outflowOther,
			m.caseloadEnd,
			m.netChange,
			m.netChangeYearToDate,
			m.targetYearToDate,
			m.returnedWithin12,
			t(m.durabilityFinal ? 'figures.yes' : 'figures.no')
		])
	);
	return csvResponse(`figures-monthly-${todayIso()}.csv`, body);
};
