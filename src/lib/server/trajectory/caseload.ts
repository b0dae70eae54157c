/**
 * The caseload: a consultant's clients (or all, or the unassigned ones, of the municipality) with
 * phase, category, route, days in route, next appointment and attention flags. Filtering, sorting
 * and paging happen in SQL, and the per-client lookups (last conversation, applications last
 * month) run only for the rows of the page; see the README ("Trajectory and figures") for plans.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db';
import { queryRows } from '../db/sql';
import { addDays, daysBetween, monthStart, todayIso } from './dates';
import {
	CONVERSATION_INTERVAL_MONTHS,
	CONVERSATION_WARNING_DAYS,
	OWN_FLAGS,
	ROUTE_LIMIT_MONTHS,
	ROUTE_LIMIT_WARNING_DAYS,
	ownFlagsFor,
	type CaseloadFlag,
	type OwnFlag,
	type ProvidedFlag
} from './flags';
import { journeyProviders } from './journey-registry';
import type { Category, Phase, Route, Track } from './vocabulary';

export type CaseloadScope =
	{ kind: 'consultant'; consultantId: string } | { kind: 'all' } | { kind: 'unassigned' };

export const CASELOAD_SORTS = [
	'name',
	'phase',
	'category',
	'route',
	'days',
	'appointment'
] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];

export interface CaseloadQuery {
	municipalityId: string;
	scope: CaseloadScope;
	phase?: Phase;
	route?: Route;
	category?: Category;
	flag?: CaseloadFlag;
	search?: string;
	sort?: CaseloadSort;
	descending?: boolean;
	page?: number;
	pageSize?: number;
	today?: string;
}

export interface CaseloadRow {
	id: string;
	name: string;
	isStatusHolder: boolean;
	phase: Phase;
	route: Route | null;
	category: Category | null;
	track: Track | null;
	routeStartedOn: string | null;
	daysInRoute: number | null;
	consultantName: string | null;
	nextAppointment: string | null;
	flags: CaseloadFlag[];
}

export interface CaseloadPage {
	rows: CaseloadRow[];
	total: number;
	page: number;
	pageSize: number;
	/** Which flags can appear: other capabilities' flags only when they are present. */
	availableFlags: CaseloadFlag[];
	hasAppointments: boolean;
}

/** Upper bound of rows handled in memory when sorting or filtering on other capabilities' data. */
const IN_MEMORY_LIMIT = 5000;

const PHASE_ORDER = sql.raw(
	`array_position(array['application','info_session','questionnaire','intake','dream_job','decision','route','work','closed'], coalesce(cp.phase, 'application'))`
);

/**
 * The rows of the scope. Every join repeats the municipality, so the planner reads only this
 * municipality's rows (through the partial indexes) instead of the whole country's.
 */
function scopeSql(q: CaseloadQuery): SQL {
	const m = q.municipalityId;
	const phase = sql`left join client_phase cp on cp.client_id = u.id and cp.is_current
		and cp.municipality_id = ${m}`;
	if (q.scope.kind === 'consultant') {
		return sql`from consultant_assignment a
			join app_user u on u.id = a.client_id
			left join app_user c on c.id = a.consultant_id
			${phase}
			where a.consultant_id = ${q.scope.consultantId} and a.ended_at is null
			and a.municipality_id = ${m}`;
	}
	// A closed file (left without work) is no longer anyone's caseload, unless asked for.
	const open = q.phase === 'closed' ? sql`` : sql`and cp.phase is distinct from 'closed'`;
	return sql`from app_user u
		left join consultant_assignment a on a.client_id = u.id and a.ended_at is null
			and a.municipality_id = ${m}
		left join app_user c on c.id = a.consultant_id
		${phase}
		where u.municipality_id = ${m} and u.role in ('applicant', 'client') ${open}
		${q.scope.kind === 'unassigned' ? sql`and a.id is null` : sql``}`;
}

/** SQL for an own flag, over the aliases of scopeSql; the same rules as flags.ts. */
function ownFlagSql(flag: OwnFlag, today: string): SQL {
	const lastMonth = monthStart(today, -1);
	const thisMonth = monthStart(today);
	switch (flag) {
		case 'route_limit':
			return sql`(cp.phase = 'route' and cp.route = 'reintegration'
				and cp.route_started_on + make_interval(months => ${ROUTE_LIMIT_MONTHS})
					<= ${addDays(today, ROUTE_LIMIT_WARNING_DAYS)}::date)`;
		case 'conversation_due':
			return sql`(cp.phase = 'route' and cp.route = 'participation'
				and coalesce((select max(pc.held_on) from participation_conversation pc
					where pc.client_id = u.id), cp.route_started_on)
					+ make_interval(months => ${CONVERSATION_INTERVAL_MONTHS})
					<= ${addDays(today, CONVERSATION_WARNING_DAYS)}::date)`;
		case 'applications_below':
			return sql`(cp.phase = 'route' and cp.route = 'reintegration'
				and cp.route_started_on < ${lastMonth}::date and exists (
				select 1 from job_search_agreement ag where ag.client_id = u.id and ag.per_month > 0
				and ag.per_month > (select count(*) from job_application j where j.client_id = u.id
					and j.applied_on >= ${lastMonth}::date and j.applied_on < ${thisMonth}::date)))`;
	}
}

function orderSql(sort: CaseloadSort, descending: boolean): SQL {
	const dir = sql.raw(descending ? 'desc' : 'asc');
	const nulls = sql.raw('nulls last');
	switch (sort) {
		case 'phase':
			return sql`${PHASE_ORDER} ${dir}, u.name asc, u.id`;
		case 'category':
			return sql`cp.category ${dir} ${nulls}, u.name asc, u.id`;
		case 'route':
			return sql`cp.route ${dir} ${nulls}, u.name asc, u.id`;
		case 'days':
			// Most days in route first when descending: the earliest start.
			return sql`cp.route_started_on ${sql.raw(descending ? 'asc' : 'desc')} nulls last, u.name asc, u.id`;
		default:
			return sql`u.name ${dir}, u.id`;
	}
}

interface RawRow extends Record<string, unknown> {
	id: string;
	name: string;
	is_status_holder: boolean;
	phase: Phase;
	route: Route | null;
	category: Category | null;
	track: Track | null;
	route_started_on: string | Date | null;
	consultant_name: string | null;
	last_conversation_on: string | Date | null;
	applications_last_month: number | string | null;
	per_month: number | string | null;
	total: number | string;
}

function day(value: string | Date | null): string | null {
	if (value === null || value === undefined) return null;
	return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

/** The caseload query itself (exported for the benchmark's EXPLAIN). */
export function caseloadSql(
	q: CaseloadQuery,
	p: { today: string; where: SQL; order: SQL; limit: number; offset: number }
): SQL {
	const { today, where, order, limit, offset } = p;
	// A plain ORDER BY … LIMIT (a top-N sort), and the total counted apart, without sorting.
	return sql`with base as (
		select u.id, u.name, u.is_status_holder, coalesce(cp.phase, 'application') as phase,
			cp.route, cp.category, cp.track, cp.route_started_on, c.name as consultant_name,
			row_number() over (order by ${order}) as position
		from (select u.id as page_id ${scopeSql(q)}${where} order by ${order} limit ${limit} offset ${offset}) page
		join app_user u on u.id = page.page_id
		left join consultant_assignment a on a.client_id = u.id and a.ended_at is null
		left join app_user c on c.id = a.consultant_id
		left join client_phase cp on cp.client_id = u.id and cp.is_current
	)
	select base.*, (select count(*) ${scopeSql(q)}${where}) as total,
		(select max(pc.held_on) from participation_conversation pc
			where pc.client_id = base.id and base.route = 'participation') as last_conversation_on,
		(select count(*) from job_application j where j.client_id = base.id
			and base.route = 'reintegration'
			and j.applied_on >= ${monthStart(today, -1)}::date
			and j.applied_on < ${monthStart(today)}::date) as applications_last_month,
		ag.per_month
	from base
	left join job_search_agreement ag on ag.client_id = base.id
	order by base.position`;
}

export async function getCaseload(db: Executor, q: CaseloadQuery): Promise<CaseloadPage> {
	const today = q.today ?? todayIso();
	const pageSize = Math.min(Math.max(q.pageSize ?? 25, 1), 200);
	const page = Math.max(q.page ?? 1, 1);
	const sort = q.sort ?? 'name';
	const providers = journeyProviders();
	const flagProviders = providers.filter((p) => p.caseloadFlags);
	const appointmentProviders = providers.filter((p) => p.nextAppointments);
	const providedFlags: ProvidedFlag[] = flagProviders.length
		? ['questionnaire_review', 'intake_not_booked']
		: [];
	const ownFilter = q.flag && (OWN_FLAGS as readonly string[]).includes(q.flag);
	// Sorting or filtering on other capabilities' data happens in memory over the whole scope.
	const inMemory = sort === 'appointment' || (!!q.flag && !ownFilter);

	const conditions: SQL[] = [];
	if (q.phase) conditions.push(sql`coalesce(cp.phase, 'application') = ${q.phase}`);
	if (q.route) conditions.push(sql`cp.route = ${q.route}`);
	if (q.category) conditions.push(sql`cp.category = ${q.category}`);
	if (q.search) {
		conditions.push(sql`u.name ilike ${`%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
	}
	if (ownFilter) conditions.push(ownFlagSql(q.flag as OwnFlag, today));
	const where = conditions.length ? sql` and ${sql.join(conditions, sql` and `)}` : sql``;
	const limit = inMemory ? IN_MEMORY_LIMIT : pageSize;
	const offset = inMemory ? 0 : (page - 1) * pageSize;
	const order = orderSql(sort === 'appointment' ? 'name' : sort, !!q.descending);

	const rows = await queryRows<RawRow>(db, caseloadSql(q, { today, where, order, limit, offset }));
	let result: CaseloadRow[] = rows.map((r) => {
		const routeStartedOn = r.phase === 'route' ? day(r.route_started_on) : null;
		return {
			id: r.id,
			name: r.name,
			isStatusHolder: r.is_status_holder,
			phase: r.phase,
			route: r.route,
			category: r.category,
			track: r.track,
			routeStartedOn,
			daysInRoute: routeStartedOn ? daysBetween(routeStartedOn, today) : null,
			consultantName: r.consultant_name,
			nextAppointment: null,
			flags:
				r.phase === 'route'
					? ownFlagsFor(
							{
								route: r.route,
								routeStartedOn,
								lastConversationOn: day(r.last_conversation_on),
								applicationsLastMonth: Number(r.applications_last_month ?? 0),
								applicationsPerMonth: r.per_month === null ? null : Number(r.per_month)
							},
							today
						)
					: []
		};
	});
	let total = Number(rows[0]?.total ?? 0);
	await enrich(db, q.municipalityId, result, today);
	if (inMemory) {
		if (q.flag && !ownFilter) result = result.filter((r) => r.flags.includes(q.flag!));
		if (sort === 'appointment') {
			const sign = q.descending ? -1 : 1;
			result.sort((a, b) => {
				if (a.nextAppointment === b.nextAppointment) return a.name.localeCompare(b.name);
				if (!a.nextAppointment) return 1;
				if (!b.nextAppointment) return -1;
				return sign * a.nextAppointment.localeCompare(b.nextAppointment);
			});
		}
		total = result.length;
		result = result.slice((page - 1) * pageSize, page * pageSize);
	}
	return {
		rows: result,
		total,
		page,
		pageSize,
		availableFlags: [...OWN_FLAGS, ...providedFlags],
		hasAppointments: appointmentProviders.length > 0
	};
}

/** Adds next appointments and other capabilities' flags to the rows, asking each provider once. */
async function enrich(db: Executor, municipalityId: string, rows: CaseloadRow[], today: string) {
	if (rows.length === 0) return;
	const ids = rows.map((r) => r.id);
	const byId = new Map(rows.map((r) => [r.id, r]));
	for (const provider of journeyProviders()) {
		if (provider.nextAppointments) {
			for (const [id, at] of await provider.nextAppointments(db, ids)) {
				const row = byId.get(id);
				const iso = at.toISOString();
				if (row && (!row.nextAppointment || iso < row.nextAppointment)) row.nextAppointment = iso;
			}
		}
		if (provider.caseloadFlags) {
			const clients = rows.map((r) => ({ id: r.id, phase: r.phase }));
			for (const [id, flags] of await provider.caseloadFlags(db, municipalityId, clients, today)) {
				byId.get(id)?.flags.push(...flags);
			}
		}
	}
}
