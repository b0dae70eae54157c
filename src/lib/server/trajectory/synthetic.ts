/**
 * Synthetic clients for one municipality, generated set-based in SQL (INSERT … SELECT over
 * generate_series, never row by row), so the demo gets a year of in- and outflow history and the
 * scale seed can fill a national-sized database in minutes. Deterministic: "random" values are
 * hashes of the row number, so the same options give the same data on PGlite and PostgreSQL.
 *
 * The model: people on benefit today (some started within the history window: inflow), people who
 * left within the window (outflow; to work ~55%, of whom ~22% come back within a year), and a few
 * applicants in the early steps. Routes and categories follow the study's distribution (about 40%
 * reintegration, 60% participation); trajectories, job applications and yearly conversations follow
 * from the route. Synthetic accounts cannot log in (their password hash is not a hash).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db';
import { queryRows } from '../db/sql';
import { daysBetween, monthStart, todayIso } from './dates';
import { EMPLOYERS, FIRST_NAMES, LAST_NAMES, POSITIONS } from './synthetic-names';
import {
	APPLICATION_METHODS,
	APPLICATION_RESULTS,
	DROPOUT_REASONS,
	OUTFLOW_OTHER_REASONS
} from './vocabulary';

export interface SyntheticOptions {
	municipalityId: string;
	/** Used in the synthetic e-mail addresses; unique per municipality. */
	slug: string;
	/** People on benefit today, roughly. */
	caseload: number;
	/** Applicants in the early steps (no benefit yet). */
	applicants?: number;
	today?: string;
	historyMonths?: number;
	/** Existing consultants to fill first; more are created when needed. */
	workConsultantIds?: string[];
	incomeConsultantIds?: string[];
	clientsPerWorkConsultant?: number;
	clientsPerIncomeConsultant?: number;
	/** Share of the caseload leaving per month. */
	monthlyOutflowRate?: number;
	/** New people on benefit within the history window, relative to the number who left. */
	inflowRatio?: number;
}

export interface SyntheticResult {
	people: number;
	workConsultantIds: string[];
	incomeConsultantIds: string[];
}

/** A password hash that no password matches: synthetic people cannot log in. */
export const NO_LOGIN_HASH = '!synthetic-account-without-login';

const TABLE = 'synthetic_client';

/** A deterministic number in [0, 1) per row and salt. */
function r(salt: string, extra = ''): string {
	const suffix = extra ? ` || '-' || ${extra}` : '';
	return `(abs(hashtext(s.n::text${suffix} || '${salt}'))::float8 / 2147483648.0)`;
}

function textArray(values: readonly string[]): string {
	for (const v of values) if (v.includes("'")) throw new Error(`quote in ${v}`);
	return `array[${values.map((v) => `'${v}'`).join(',')}]`;
}

/** Picks from a literal array with a deterministic index. */
function pick(values: readonly string[], salt: string, extra = ''): string {
	return `(${textArray(values)})[1 + floor(${r(salt, extra)} * ${values.length})::int]`;
}

function uuidArray(ids: string[]): string {
	return `{${ids.join(',')}}`;
}

export async function seedSyntheticClients(
	db: Executor,
	options: SyntheticOptions
): Promise<SyntheticResult> {
	const today = options.today ?? todayIso();
	const historyMonths = options.historyMonths ?? 25;
	const windowStart = monthStart(today, -(historyMonths - 1));
	const windowDays = daysBetween(windowStart, today);
	const leavers = Math.round(
		options.caseload * (options.monthlyOutflowRate ?? 0.03) * historyMonths
	);
	const stayers = options.caseload;
	const recentStayers = Math.round(leavers * (options.inflowRatio ?? 0.5));
	const applicants = options.applicants ?? 0;
	const total = stayers + leavers + applicants;
	const m = options.municipalityId;

	return db.transaction(async (tx) => {
		const run = (query: SQL) => tx.execute(query);
		await run(sql.raw(`drop table if exists ${TABLE}`));
		await run(
			sql.raw(`create temp table ${TABLE} (
				n integer primary key,
				id uuid not null default gen_random_uuid(),
				kind text not null,
				status_holder boolean not null,
				locale text not null,
				name text not null,
				created_on date,
				started_on date,
				outflow_on date,
				outflow_kind text,
				return_on date,
				early_phase text,
				category text,
				route text,
				track text,
				route_started_on date,
				on_benefit boolean not null default false,
				team text
			)`)
		);
		// Who they are, and their benefit period.
		await run(
			sql.raw(`insert into ${TABLE} (n, kind, status_holder, locale, name)
				select s.n,
					case when s.n <= ${stayers} then 'stayer'
						when s.n <= ${stayers + leavers} then 'leaver' else 'applicant' end,
					${r('sh')} < 0.18,
					'nl',
					${pick(FIRST_NAMES, 'fn')} || ' ' || ${pick(LAST_NAMES, 'ln')}
				from generate_series(1, ${total}) as s(n)`)
		);
		const T = `'${today}'::date`;
		const W = `'${windowStart}'::date`;
		await run(
			sql.raw(`update ${TABLE} s set
				locale = case when not s.status_holder then 'nl'
					when ${r('loc')} < 0.6 then 'ar' when ${r('loc')} < 0.9 then 'ti' else 'en' end,
				started_on = case
					when s.kind = 'stayer' and s.n <= ${recentStayers} then ${W} + floor(${r('s')} * ${windowDays})::int
					when s.kind = 'stayer' then ${W} - (30 + floor(power(${r('s')}, 1.5) * 3600))::int
					when s.kind = 'leaver' then ${W} + floor(${r('o')} * ${windowDays})::int
						- (45 + floor(power(${r('d')}, 2) * 2400))::int
				end,
				outflow_on = case when s.kind = 'leaver' then ${W} + floor(${r('o')} * ${windowDays})::int end,
				outflow_kind = case when s.kind = 'leaver' then
					case when ${r('k')} < 0.55 then 'work' else 'other' end end,
				early_phase = case when s.kind = 'applicant' then
					(array['application','info_session','questionnaire','intake'])[1 + floor(${r('ep')} * 4)::int] end`)
		);
		await run(
			sql.raw(`update ${TABLE} s set
				return_on = case when s.outflow_kind = 'work' and ${r('ret')} < 0.22
					and s.outflow_on + 30 + floor(${r('rd')} * 330)::int <= ${T}
					then s.outflow_on + 30 + floor(${r('rd')} * 330)::int end,
				created_on = coalesce(s.started_on - 35, ${T} - floor(${r('ap')} * 30)::int),
				category = case when s.kind = 'applicant' then null
					when s.outflow_kind = 'work' then
						case when ${r('c')} < 0.3 then '1A' when ${r('c')} < 0.7 then '1B' else '1C' end
					when s.status_holder and ${r('c')} < 0.7 then '1C'
					when ${r('c')} < 0.06 then '1A' when ${r('c')} < 0.18 then '1B'
					when ${r('c')} < 0.38 then '1C' when ${r('c')} < 0.41 then '2B'
					when ${r('c')} < 0.65 then '2A' when ${r('c')} < 0.80 then '3A' else '3B' end`)
		);
		await run(
			sql.raw(`update ${TABLE} s set
				route = case when s.category is null then null
					when s.category = '1A' and ${r('dm')} < 0.3 then 'direct_mediation'
					when s.category in ('1A','1B','1C','2B') then 'reintegration'
					else 'participation' end,
				on_benefit = s.kind = 'stayer' or s.return_on is not null`)
		);
		await run(
			sql.raw(`update ${TABLE} s set
				track = case when s.route <> 'reintegration' then null
					when s.category = '2B' then 'sheltered'
					when s.status_holder then 'status_holder'
					when ${r('t')} < 0.10 then 'young' when ${r('t')} < 0.22 then 'over_50'
					else 'general' end,
				team = case when not s.on_benefit then null
					when s.route = 'participation' then 'income' else 'work' end,
				route_started_on = case
					when s.kind = 'applicant' then null
					when s.return_on is not null then s.return_on
					when s.kind = 'leaver' then least(s.started_on + 30, s.outflow_on)
					when s.route = 'participation' then least(s.started_on + 30, ${T})
					when ${r('lim')} < 0.04 then ${T} - (700 + floor(${r('lim2')} * 200))::int
					when s.started_on >= ${T} - 700 then least(s.started_on + 30, ${T})
					else ${T} - floor(${r('rs')} * 680)::int end`)
		);

		// Accounts.
		await run(sql`insert into app_user (id, municipality_id, email, name, password_hash, role,
				preferred_locale, is_status_holder, created_at, updated_at)
			select s.id, ${m}::uuid, ${options.slug}::text || '.' || s.n || '@synthetisch.example.org', s.name,
				${NO_LOGIN_HASH}, (case when s.kind = 'applicant' then 'applicant' else 'client' end)::role,
				s.locale, s.status_holder, s.created_on::timestamptz + interval '10 hours', now()
			from ${sql.raw(TABLE)} s`);

		// Phase history: application, early phase, route, work or closed, back on a route.
		await run(sql`insert into client_phase (municipality_id, client_id, phase, effective_on,
				is_current, reason, created_at)
			select ${m}::uuid, s.id, 'application', s.created_on,
				s.kind = 'applicant' and s.early_phase = 'application', '',
				s.created_on::timestamptz + interval '10 hours'
			from ${sql.raw(TABLE)} s`);
		await run(sql`insert into client_phase (municipality_id, client_id, phase, effective_on,
				is_current, reason, created_at)
			select ${m}::uuid, s.id, s.early_phase, least(s.created_on + 3, ${today}::date), true, '',
				least(s.created_on + 3, ${today}::date)::timestamptz + interval '11 hours'
			from ${sql.raw(TABLE)} s where s.kind = 'applicant' and s.early_phase <> 'application'`);
		await run(sql`insert into client_phase (municipality_id, client_id, phase, route, category,
				track, route_started_on, effective_on, is_current, reason, created_at)
			select ${m}::uuid, s.id, 'route', s.route, s.category, s.track,
				case when s.return_on is null then s.route_started_on else least(s.started_on + 30, s.outflow_on) end,
				case when s.return_on is null then s.route_started_on else least(s.started_on + 30, s.outflow_on) end,
				s.kind = 'stayer', '',
				(case when s.return_on is null then s.route_started_on else least(s.started_on + 30, s.outflow_on) end)::timestamptz + interval '12 hours'
			from ${sql.raw(TABLE)} s where s.kind <> 'applicant'`);
		await run(sql`insert into client_phase (municipality_id, client_id, phase, route, category,
				track, route_started_on, effective_on, is_current, reason, created_at)
			select ${m}::uuid, s.id, case when s.outflow_kind = 'work' then 'work' else 'closed' end,
				s.route, s.category, s.track, least(s.started_on + 30, s.outflow_on), s.outflow_on,
				s.return_on is null, '', s.outflow_on::timestamptz + interval '13 hours'
			from ${sql.raw(TABLE)} s where s.kind = 'leaver'`);
		await run(sql`insert into client_phase (municipality_id, client_id, phase, route, category,
				track, route_started_on, effective_on, is_current, reason, created_at)
			select ${m}::uuid, s.id, 'route', s.route, s.category, s.track, s.return_on, s.return_on, true, '',
				s.return_on::timestamptz + interval '14 hours'
			from ${sql.raw(TABLE)} s where s.return_on is not null`);

		// Benefit periods: inflow and outflow for the figures.
		await run(
			sql.raw(`insert into benefit_period (municipality_id, client_id, started_on, outflow_on,
					outflow_kind, outflow_reason, created_at)
				select '${m}'::uuid, s.id, s.started_on, s.outflow_on, s.outflow_kind,
					case when s.outflow_kind = 'other' then ${pick(OUTFLOW_OTHER_REASONS, 'or')} else '' end,
					s.started_on::timestamptz
				from ${TABLE} s where s.kind <> 'applicant'
				union all
				select '${m}'::uuid, s.id, s.return_on, null, null, '', s.return_on::timestamptz
				from ${TABLE} s where s.return_on is not null`)
		);

		const consultants = await assignConsultants(tx, options, today);
		await seedTrajectories(tx, m, today);
		await seedJobSearch(tx, m, today);
		await seedConversations(tx, m, today);
		await run(sql.raw(`drop table ${TABLE}`));
		return { people: total, ...consultants };
	});
}

/** Consultants: 90 reintegration clients per work consultant, more per income consultant. */
async function assignConsultants(db: Executor, options: SyntheticOptions, today: string) {
	const [counts] = await queryRows<{ work: number | string; income: number | string }>(
		db,
		sql.raw(`select count(*) filter (where team = 'work') as work,
			count(*) filter (where team = 'income') as income from ${TABLE}`)
	);
	const perWork = options.clientsPerWorkConsultant ?? 90;
	const perIncome = options.clientsPerIncomeConsultant ?? 280;
	const work = await ensureConsultants(
		db,
		options,
		'work_consultant',
		options.workConsultantIds ?? [],
		Math.ceil(Number(counts.work) / perWork)
	);
	const income = await ensureConsultants(
		db,
		options,
		'income_consultant',
		options.incomeConsultantIds ?? [],
		Math.ceil(Number(counts.income) / perIncome)
	);
	for (const [team, ids, per] of [
		['work', work, perWork],
		['income', income, perIncome]
	] as const) {
		if (ids.length === 0) continue;
		await db.execute(
			sql`insert into consultant_assignment (municipality_id, client_id, consultant_id, started_at, reason)
				select ${options.municipalityId}::uuid, s.id,
					(${uuidArray(ids)}::uuid[])[1 + ((s.rn - 1) / ${per}::int)::int],
					least(s.route_started_on, ${today}::date)::timestamptz + interval '12 hours', ''
				from (select id, route_started_on, row_number() over (order by n) as rn
					from ${sql.raw(TABLE)} where team = ${team}) s`
		);
	}
	return { workConsultantIds: work, incomeConsultantIds: income };
}

async function ensureConsultants(
	db: Executor,
	options: SyntheticOptions,
	role: 'work_consultant' | 'income_consultant',
	existing: string[],
	needed: number
): Promise<string[]> {
	const missing = needed - existing.length;
	if (missing <= 0) return existing;
	const label = role === 'work_consultant' ? 'consulent-werk' : 'consulent-inkomen';
	const created = await queryRows<{ id: string }>(
		db,
		sql`insert into app_user (municipality_id, email, name, password_hash, role, preferred_locale)
			select ${options.municipalityId}::uuid,
				${options.slug}::text || '.' || ${label}::text || '.' || (g.k + ${existing.length}::int) || '@synthetisch.example.org',
				${role === 'work_consultant' ? 'Consulent werk ' : 'Consulent inkomen '}::text || (g.k + ${existing.length}::int),
				${NO_LOGIN_HASH}, ${role}::role, 'nl'
			from generate_series(1, ${missing}) as g(k)
			order by g.k
			returning id`
	);
	return [...existing, ...created.map((c) => c.id)];
}

/**
 * Trajectories: a "Focus op werk" day and a module for current reintegration clients; for people
 * who left, a module that ended before they left. Effective trajectories (a fixed order by a hash
 * of the name) are picked more often for people who went to work, so outcome figures differ.
 */
async function seedTrajectories(db: Executor, municipalityId: string, today: string) {
	const catalogue = await queryRows<{
		id: string;
		type: string;
		target_group: string;
		status: string;
	}>(
		db,
		sql`select id, type, target_group, status from trajectory where municipality_id = ${municipalityId}
			order by status, md5(name)`
	);
	const focus = catalogue.find((t) => t.type === 'focus_day');
	const modules = catalogue.filter(
		(t) =>
			!['focus_day', 'participation_activity'].includes(t.type) &&
			t.target_group !== 'status_holders'
	);
	const active = modules.filter((t) => t.status === 'active');
	const participation = catalogue.filter(
		(t) => t.type === 'participation_activity' && t.status === 'active'
	);
	const statusHolder = catalogue.filter(
		(t) => t.target_group === 'status_holders' && t.status === 'active'
	);
	if (!focus || active.length === 0) return;
	const T = `'${today}'::date`;
	const all = uuidArray(modules.map((t) => t.id));
	const current = uuidArray(active.map((t) => t.id));
	const holders = uuidArray((statusHolder.length ? statusHolder : active).map((t) => t.id));
	const insert = (select: string) =>
		db.execute(
			sql.raw(`insert into client_trajectory (municipality_id, client_id, trajectory_id, status,
				starts_on, planned_end_on, ended_on, dropout_reason, created_at, outcome_at)
			select '${municipalityId}'::uuid, x.client_id, x.trajectory_id, x.status, x.starts_on,
				x.planned_end_on, x.ended_on, x.dropout_reason, x.starts_on::timestamptz,
				x.ended_on::timestamptz
			from (${select}) x`)
		);
	// "Focus op werk" day, a week into the route (also for those who left the route since).
	await insert(`select s.id as client_id, '${focus.id}'::uuid as trajectory_id,
			case when s.route_started_on + 7 <= ${T} then 'completed' else 'ongoing' end as status,
			s.route_started_on + 7 as starts_on, s.route_started_on + 7 as planned_end_on,
			case when s.route_started_on + 7 <= ${T} then s.route_started_on + 7 end as ended_on,
			null as dropout_reason
		from ${TABLE} s where s.on_benefit and s.route = 'reintegration'
		union all
		select s.id, '${focus.id}'::uuid, 'completed', d.d, d.d, d.d, null
		from ${TABLE} s cross join lateral (select least(s.started_on + 37, s.outflow_on) as d) d
		where s.kind = 'leaver' and s.route = 'reintegration' and s.return_on is null`);
	// Participation activities for some participation clients.
	if (participation.length) {
		const ids = uuidArray(participation.map((t) => t.id));
		const start = `${T} - (60 + floor(${r('pd')} * 300))::int`;
		await insert(`select s.id as client_id,
				('${ids}'::uuid[])[1 + floor(${r('pa')} * ${participation.length})::int] as trajectory_id,
				case when ${r('pe')} < 0.5 then 'completed' else 'ongoing' end as status,
				${start} as starts_on, ${start} + 56 as planned_end_on,
				case when ${r('pe')} < 0.5 then ${start} + 56 end as ended_on, null as dropout_reason
			from ${TABLE} s where s.on_benefit and s.route = 'participation' and ${r('pp')} < 0.25`);
	}
	// A module of the development route for current reintegration clients.
	await insert(`select y.client_id, y.trajectory_id,
			case when y.planned_end_on >= ${T} then 'ongoing' when y.dropped then 'dropped_out'
				else 'completed' end as status,
			y.starts_on, y.planned_end_on,
			case when y.planned_end_on >= ${T} then null
				when y.dropped then y.starts_on + floor((y.planned_end_on - y.starts_on) * y.share)::int
				else y.planned_end_on end as ended_on,
			case when y.planned_end_on < ${T} and y.dropped then y.reason end as dropout_reason
		from (
			select z.*, z.starts_on + t.duration_weeks * 7 as planned_end_on from (
				select s.id as client_id,
					case when s.status_holder and ${r('sm')} < 0.6
						then ('${holders}'::uuid[])[1 + floor(${r('mi')} * cardinality('${holders}'::uuid[]))::int]
						else ('${current}'::uuid[])[1 + floor(${r('mi')} * cardinality('${current}'::uuid[]))::int] end
						as trajectory_id,
					s.route_started_on + 21 + floor(${r('ms')} * 240)::int as starts_on,
					${r('md')} < 0.28 as dropped, ${r('mf')} as share,
					${pick(
						DROPOUT_REASONS.filter((d) => d !== 'found_work'),
						'mr'
					)} as reason
				from ${TABLE} s where s.on_benefit and s.route = 'reintegration' and ${r('mm')} < 0.85
			) z join trajectory t on t.id = z.trajectory_id
		) y`);
	// People who left: a module that ended before they left; effective ones lead to work more often.
	await insert(`select z.client_id, z.trajectory_id,
			case when z.dropped then 'dropped_out' else 'completed' end as status,
			z.ended_on - t.duration_weeks * 7 as starts_on, z.ended_on as planned_end_on, z.ended_on,
			case when z.dropped then z.reason end as dropout_reason
		from (
			select s.id as client_id,
				('${all}'::uuid[])[1 + floor(power(${r('li')}, case when s.outflow_kind = 'work' then 1.8 else 0.8 end)
					* cardinality('${all}'::uuid[]))::int] as trajectory_id,
				s.outflow_on - floor(${r('le')} * case when s.outflow_kind = 'work' then 150 else 240 end)::int as ended_on,
				${r('ld')} < case when s.outflow_kind = 'work' then 0.15 else 0.45 end as dropped,
				${pick(DROPOUT_REASONS, 'lr')} as reason
			from ${TABLE} s
			where s.kind = 'leaver' and ${r('lm')} < case when s.outflow_kind = 'work' then 0.85 else 0.55 end
		) z join trajectory t on t.id = z.trajectory_id`);
}

/** Agreements and job applications over the last three months for reintegration clients. */
async function seedJobSearch(db: Executor, municipalityId: string, today: string) {
	await db.execute(
		sql.raw(`insert into job_search_agreement (client_id, municipality_id, per_month, set_at)
			select s.id, '${municipalityId}'::uuid, case when ${r('ag')} < 0.7 then 4 else 2 end,
				s.route_started_on::timestamptz
			from ${TABLE} s where s.on_benefit and s.route = 'reintegration'`)
	);
	const first = monthStart(today, -2);
	await db.execute(
		sql.raw(`insert into job_application (municipality_id, client_id, applied_on, employer, position,
				method, result, created_at, updated_at)
			select '${municipalityId}'::uuid, a.id, a.applied_on, a.employer, a.position, a.method, a.result,
				a.applied_on::timestamptz + interval '15 hours', a.applied_on::timestamptz + interval '15 hours'
			from (
				select s.id,
					least('${today}'::date, ('${first}'::date + make_interval(months => k.k))::date
						+ floor(${r('ad', "k.k || '-' || j.j")} * 28)::int) as applied_on,
					${pick(EMPLOYERS, 'ae', "k.k || '-' || j.j")} as employer,
					${pick(POSITIONS, 'ap', "k.k || '-' || j.j")} as position,
					${pick(APPLICATION_METHODS, 'am', "k.k || '-' || j.j")} as method,
					${pick(APPLICATION_RESULTS, 'ar', "k.k || '-' || j.j")} as result,
					s.route_started_on
				from ${TABLE} s
				cross join generate_series(0, 2) as k(k)
				cross join lateral generate_series(1, floor(${r('an', 'k.k')} * 7)::int) as j(j)
				where s.on_benefit and s.route = 'reintegration'
			) a where a.applied_on >= a.route_started_on`)
	);
}

/** Yearly conversations of participation clients: most on time, some overdue. */
async function seedConversations(db: Executor, municipalityId: string, today: string) {
	const T = `'${today}'::date`;
	await db.execute(
		sql.raw(`insert into participation_conversation (municipality_id, client_id, held_on, agreements, created_at)
			select '${municipalityId}'::uuid, c.id, c.held_on, '', c.held_on::timestamptz
			from (
				select s.id, greatest(s.route_started_on + 30, ${T} - floor(${r('pc')} * 420)::int) as held_on
				from ${TABLE} s
				where s.on_benefit and s.route = 'participation' and s.route_started_on < ${T} - 180
				union all
				select s.id, greatest(s.route_started_on + 30, ${T} - floor(${r('pc')} * 420)::int) - 365
				from ${TABLE} s
				where s.on_benefit and s.route = 'participation' and s.route_started_on < ${T} - 600
					and ${r('pc2')} < 0.5
			) c where c.held_on <= ${T}`)
	);
}
