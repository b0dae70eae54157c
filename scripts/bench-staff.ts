// `npm run bench:staff [-- --runs 50 --explain]`: times the staff pages' queries on PostgreSQL
// (DATABASE_URL, filled by `npm run db:seed:scale`): the caseload of a work consultant with 90
// clients in the largest municipality, and that municipality's policy figures and catalogue
// outcomes. Prints p50/p95/max per query; --explain prints PostgreSQL's plans (EXPLAIN ANALYZE).
// `benchStaffQueries` returns the figures; `npm run bench` (bench/run.ts) calls it too.
import { sql, type SQL } from 'drizzle-orm';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
	closeDatabase,
	db,
	databaseDriver,
	initDatabase,
	type Executor
} from '../src/lib/server/db';
import { queryRows } from '../src/lib/server/db/sql';
import { getCaseload, type CaseloadQuery } from '../src/lib/server/trajectory/caseload';
import {
	clearJourneyProviders,
	journeyProviders,
	registerJourneyProvider
} from '../src/lib/server/trajectory/journey-registry';
import '../src/lib/server/trajectory/providers';
import { getMonthlyFigures, getWeeklyPlacements } from '../src/lib/server/trajectory/figures';
import { getTrajectoryOutcomes } from '../src/lib/server/trajectory/outcomes';
import { fail, readArgs } from './cli';

export interface StaffQueryFigures {
	name: string;
	p50: number;
	p95: number;
	max: number;
}

export interface StaffBench {
	dataset: string;
	largest: string;
	onBenefit: number;
	consultantClients: number;
	runs: number;
	queries: StaffQueryFigures[];
	/** Runs each query once through an executor that prints PostgreSQL's plan of every raw query. */
	explain(): Promise<void>;
}

/** Times the staff pages' queries on `database` (PostgreSQL with the scale data set). */
export async function benchStaffQueries(database: Executor, runs = 50): Promise<StaffBench> {
	const [largest] = await queryRows<{ id: string; name: string; n: string | number }>(
		database,
		sql`select m.id, m.name, count(*) as n from benefit_period bp
			join municipality m on m.id = bp.municipality_id
			where bp.outflow_on is null group by m.id, m.name order by n desc limit 1`
	);
	if (!largest) throw new Error('No data: run npm run db:seed:scale first.');
	const [consultant] = await queryRows<{ id: string; n: string | number }>(
		database,
		sql`select a.consultant_id as id, count(*) as n from consultant_assignment a
			join app_user u on u.id = a.consultant_id and u.role = 'work_consultant'
			where a.ended_at is null and a.municipality_id = ${largest.id}
			group by a.consultant_id order by abs(count(*) - 90), a.consultant_id limit 1`
	);
	const [totals] = await queryRows<Record<string, string | number>>(
		database,
		sql`select (select count(*) from app_user where role in ('applicant', 'client')) as clients,
			(select count(*) from benefit_period where outflow_on is null) as on_benefit,
			(select count(*) from client_phase) as phases,
			(select count(*) from client_trajectory) as trajectories,
			(select count(*) from job_application) as applications,
			(select count(*) from municipality) as municipalities,
			(select count(*) from information_schema.tables where table_name = 'booking') as has_booking`
	);
	const bookings =
		Number(totals.has_booking) > 0
			? (await queryRows<{ n: string }>(database, sql`select count(*) as n from booking`))[0].n
			: 'no booking table';
	const dataset =
		`${totals.municipalities} municipalities, ${totals.clients} client accounts (${totals.on_benefit} on benefit), ` +
		`${totals.phases} phase rows, ${totals.trajectories} client trajectories, ${totals.applications} job applications, bookings: ${bookings}`;

	const caseload = (extra: Partial<CaseloadQuery> = {}): CaseloadQuery => ({
		municipalityId: largest.id,
		scope: { kind: 'consultant', consultantId: consultant.id },
		...extra
	});

	// The other capabilities' providers (next appointment, questionnaire flags) are timed apart:
	// "as rendered" runs them, the other caseload lines measure this capability's query alone.
	const providers = [...journeyProviders()];
	const withProviders = (run: () => Promise<unknown>) => async (): Promise<unknown> => {
		for (const p of providers) registerJourneyProvider(p);
		try {
			return await run();
		} finally {
			clearJourneyProviders();
		}
	};
	clearJourneyProviders();

	const cases: [string, (d: Executor) => Promise<unknown>][] = [
		['caseload: 90 clients, by name, page 1', (d) => getCaseload(d, caseload())],
		[
			`caseload as rendered (+ ${providers.map((p) => p.id).join(', ')})`,
			(d) => withProviders(() => getCaseload(d, caseload()))()
		],
		[
			'caseload: flag "applications below", by days in route',
			(d) =>
				getCaseload(d, caseload({ flag: 'applications_below', sort: 'days', descending: true }))
		],
		[
			`caseload: all ${largest.n} clients of the municipality, page 3`,
			(d) => getCaseload(d, caseload({ scope: { kind: 'all' }, page: 3 }))
		],
		[
			'figures: 12 months + 26 weeks',
			(d) =>
				Promise.all([
					getMonthlyFigures(d, largest.id, { months: 12 }),
					getWeeklyPlacements(d, largest.id)
				])
		],
		['figures: 24 months', (d) => getMonthlyFigures(d, largest.id, { months: 24 })],
		['catalogue outcome figures', (d) => getTrajectoryOutcomes(d, largest.id)]
	];

	const queries: StaffQueryFigures[] = [];
	try {
		for (const [name, run] of cases) {
			for (let i = 0; i < 3; i++) await run(database);
			const times: number[] = [];
			for (let i = 0; i < runs; i++) {
				const t = performance.now();
				await run(database);
				times.push(performance.now() - t);
			}
			times.sort((a, b) => a - b);
			queries.push({
				name,
				p50: percentile(times, 50),
				p95: percentile(times, 95),
				max: times.at(-1)!
			});
		}
	} finally {
		// Leave the registry as it was found.
		clearJourneyProviders();
		for (const p of providers) registerJourneyProvider(p);
	}

	return {
		dataset,
		largest: largest.name,
		onBenefit: Number(largest.n),
		consultantClients: Number(consultant.n),
		runs,
		queries,
		async explain() {
			const explaining = new Proxy(database, {
				get(target, prop, receiver) {
					if (prop !== 'execute') return Reflect.get(target, prop, receiver);
					return async (query: SQL) => {
						const plan = await queryRows<{ 'QUERY PLAN': string }>(
							target,
							sql`explain (analyze, buffers, costs off, timing on) ${query}`
						);
						console.log(plan.map((r) => r['QUERY PLAN']).join('\n') + '\n');
						return target.execute(query);
					};
				}
			}) as Executor;
			for (const [name, run] of cases) {
				console.log(`\n===== ${name}`);
				await run(explaining);
			}
		}
	};
}

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
	const args = readArgs();
	const runs = Number(args.runs ?? 50);
	if (!process.env.DATABASE_URL)
		fail('Set DATABASE_URL (a database filled by npm run db:seed:scale).');
	await initDatabase();
	if (databaseDriver() !== 'postgres') fail('The benchmark needs PostgreSQL.');
	let bench: StaffBench;
	try {
		bench = await benchStaffQueries(db(), runs);
	} catch (error) {
		fail(error instanceof Error ? error.message : String(error));
	}
	console.log(`Dataset: ${bench.dataset}`);
	console.log(
		`Largest municipality: ${bench.largest} (${bench.onBenefit} on benefit); consultant with ${bench.consultantClients} clients.\n`
	);
	console.log(
		`${'query'.padEnd(58)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}  (ms, ${runs} runs)`
	);
	const f = (n: number) => n.toFixed(1).padStart(8);
	for (const q of bench.queries) {
		console.log(`${q.name.padEnd(58)} ${f(q.p50)} ${f(q.p95)} ${f(q.max)}`);
	}
	if (args.explain) await bench.explain();
	await closeDatabase();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
