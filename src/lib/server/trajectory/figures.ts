/**
 * Policy figures of one municipality, computed from the benefit periods: inflow, outflow (to work,
 * other), caseload at month end, net change against the yearly target, placements per week and
 * outflow durability (share of outflow to work back on benefit within twelve months).
 */
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { queryRows } from '../db/sql';
import { addMonths, monthStart, todayIso, weekStart, addDays } from './dates';
import { caseloadTarget } from './schema';

export const DEFAULT_YEARLY_TARGET = 40;
export const DURABILITY_MONTHS = 12;
export const FIGURE_ROLES = ['quality_officer', 'administrator'] as const;

export interface MonthFigures {
	/** 'YYYY-MM' */
	month: string;
	inflow: number;
	outflowWork: number;
	outflowOther: number;
	caseloadEnd: number;
	netChange: number;
	/** Change of the caseload since the last day of the previous year. */
	netChangeYearToDate: number;
	/** The target so far this year (negative: a reduction), pro rata per month. */
	targetYearToDate: number;
	/** Outflow to work this month that came back on benefit within twelve months (so far). */
	returnedWithin12: number;
	/** Whether twelve months have passed since this month, so the durability is final. */
	durabilityFinal: boolean;
}

export interface FiguresReport {
	months: MonthFigures[];
	yearlyTarget: number;
	/** Over the latest twelve months whose durability is final. */
	durability: {
		outflowWork: number;
		returned: number;
		share: number | null;
		from: string;
		to: string;
	};
}

export async function getYearlyTarget(db: Executor, municipalityId: string): Promise<number> {
	const [row] = await db
		.select({ target: caseloadTarget.yearlyNetReduction })
		.from(caseloadTarget)
		.where(eq(caseloadTarget.municipalityId, municipalityId));
	return row?.target ?? DEFAULT_YEARLY_TARGET;
}

export async function setYearlyTarget(
	db: Executor,
	input: { municipalityId: string; target: number; actorId: string }
): Promise<void> {
	const values = {
		municipalityId: input.municipalityId,
		yearlyNetReduction: input.target,
		updatedBy: input.actorId,
		updatedAt: new Date()
	};
	await db
		.insert(caseloadTarget)
		.values(values)
		.onConflictDoUpdate({
			target: caseloadTarget.municipalityId,
			set: {
				yearlyNetReduction: values.yearlyNetReduction,
				updatedBy: values.updatedBy,
				updatedAt: values.updatedAt
			}
		});
}

type Row = Record<string, unknown>;
const num = (value: unknown) => Number(value ?? 0);

/** Monthly figures for the last `months` months, this month included (so far). */
export async function getMonthlyFigures(
	db: Executor,
	municipalityId: string,
	options: { months?: number; today?: string } = {}
): Promise<FiguresReport> {
	const today = options.today ?? todayIso();
	const months = options.months ?? 12;
	const shownFrom = monthStart(today, -(months - 1));
	// Computed from the January of the first shown year, so year-to-date figures are right.
	const from = `${shownFrom.slice(0, 4)}-01-01`;
	const thisMonth = monthStart(today);
	const [rows, opening, yearlyTarget, durability] = await Promise.all([
		queryRows<Row>(
			db,
			sql`with months as (
					select to_char(m, 'YYYY-MM') as month
					from generate_series(${from}::date, ${thisMonth}::date, interval '1 month') as m
				),
				inflow as (
					select to_char(started_on, 'YYYY-MM') as month, count(*) as n
					from benefit_period
					where municipality_id = ${municipalityId} and started_on >= ${from}::date
						and started_on <= ${today}::date
					group by 1
				),
				outflow as (
					select to_char(outflow_on, 'YYYY-MM') as month,
						count(*) filter (where outflow_kind = 'work') as work,
						count(*) filter (where outflow_kind = 'other') as other,
						count(*) filter (where outflow_kind = 'work' and outflow_on >= ${shownFrom}::date and exists (
							select 1 from benefit_period r where r.client_id = bp.client_id
							and r.started_on >= bp.outflow_on
							and r.started_on <= bp.outflow_on + make_interval(months => ${DURABILITY_MONTHS})
						)) as returned
					from benefit_period bp
					where municipality_id = ${municipalityId} and outflow_on >= ${from}::date
						and outflow_on <= ${today}::date
					group by 1
				)
				select months.month, coalesce(inflow.n, 0) as inflow, coalesce(outflow.work, 0) as work,
					coalesce(outflow.other, 0) as other, coalesce(outflow.returned, 0) as returned
				from months
				left join inflow using (month)
				left join outflow using (month)
				order by months.month`
		),
		queryRows<Row>(
			db,
			sql`select
				(select count(*) from benefit_period
					where municipality_id = ${municipalityId} and started_on < ${from}::date) -
				(select count(*) from benefit_period
					where municipality_id = ${municipalityId} and outflow_on < ${from}::date) as n`
		),
		getYearlyTarget(db, municipalityId),
		getDurability(db, municipalityId, today)
	]);
	let caseload = num(opening[0]?.n);
	let yearStartCaseload = caseload;
	const all: MonthFigures[] = rows.map((r) => {
		const month = String(r.month);
		if (month.endsWith('-01')) yearStartCaseload = caseload;
		const inflow = num(r.inflow);
		const outflowWork = num(r.work);
		const outflowOther = num(r.other);
		const netChange = inflow - outflowWork - outflowOther;
		caseload += netChange;
		const monthNumber = Number(month.slice(5, 7));
		return {
			month,
			inflow,
			outflowWork,
			outflowOther,
			caseloadEnd: caseload,
			netChange,
			netChangeYearToDate: caseload - yearStartCaseload,
			targetYearToDate: -Math.round((yearlyTarget * monthNumber) / 12),
			returnedWithin12: num(r.returned),
			durabilityFinal: addMonths(`${month}-01`, DURABILITY_MONTHS + 1) <= today
		};
	});
	return {
		months: all.filter((m) => m.month >= shownFrom.slice(0, 7)),
		yearlyTarget,
		durability
	};
}

/** Durability over outflow to work in the twelve months that ended a year ago. */
async function getDurability(db: Executor, municipalityId: string, today: string) {
	const to = addDays(monthStart(today, -DURABILITY_MONTHS), -1);
	const from = monthStart(today, -2 * DURABILITY_MONTHS);
	const [row] = await queryRows<Row>(
		db,
		sql`select count(*) as outflow,
				count(*) filter (where exists (
					select 1 from benefit_period r where r.client_id = bp.client_id
					and r.started_on >= bp.outflow_on
					and r.started_on <= bp.outflow_on + make_interval(months => ${DURABILITY_MONTHS})
				)) as returned
			from benefit_period bp
			where bp.municipality_id = ${municipalityId} and bp.outflow_kind = 'work'
				and bp.outflow_on between ${from}::date and ${to}::date`
	);
	const outflowWork = num(row?.outflow);
	const returned = num(row?.returned);
	return { outflowWork, returned, share: outflowWork ? returned / outflowWork : null, from, to };
}

/** Placements (outflow to work) per ISO week, for the last `weeks` weeks, oldest first. */
export async function getWeeklyPlacements(
	db: Executor,
	municipalityId: string,
	options: { weeks?: number; today?: string } = {}
): Promise<{ week: string; placements: number }[]> {
	const today = options.today ?? todayIso();
	const weeks = options.weeks ?? 26;
	const first = addDays(weekStart(today), -7 * (weeks - 1));
	const rows = await queryRows<Row>(
		db,
		sql`select to_char(date_trunc('week', outflow_on), 'YYYY-MM-DD') as week, count(*) as n
			from benefit_period
			where municipality_id = ${municipalityId} and outflow_kind = 'work'
				and outflow_on >= ${first}::date and outflow_on <= ${today}::date
			group by 1`
	);
	const byWeek = new Map(rows.map((r) => [String(r.week), num(r.n)]));
	return Array.from({ length: weeks }, (_, i) => {
		const week = addDays(first, 7 * i);
		return { week, placements: byWeek.get(week) ?? 0 };
	});
}
