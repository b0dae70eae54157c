// `npm run bench`: builds the app (when the sources are newer than the build), starts it on a
// fresh PostgreSQL database with the demo data plus the synthetic scale data set, and prints one
// table: SSR requests per second of the landing page and of a logged-in /my next to baselines
// measured in the same run, the booking race, the assistant's latency, the staff queries at
// scale and the JavaScript each main page loads. The run is added on top of bench/RESULTS.md.
//
//   BENCH_DATABASE_URL  PostgreSQL server (default postgres://root@127.0.0.1:5432); the run
//                       creates portal_bench_<timestamp> on it and drops it at the end
//   BENCH_CLIENTS       people on benefit in the scale data set (default 20000, at least 5000)
//   BENCH_PORT          first of two ports (default 4306: the app, 4307: the bare Node server)
//   BENCH_ROUNDS        rounds of the SSR measurements, median reported (default 3)
//   BENCH_SECONDS       seconds measured per target and round (default 8; 1 s warm-up before)
//   BENCH_CONCURRENCY   requests in flight (default 10)
//   BENCH_APPLICANTS    racers in the booking race (default 200)
//   BENCH_NOTE          a note for RESULTS.md (e.g. "other builds were running")
//   BENCH_NO_RESULTS=1  print only, do not write bench/RESULTS.md
//   BUILD_DIR           build folder (default build)
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/lib/server/db/client';
import { benchStaffQueries } from '../scripts/bench-staff';
import { assistantInProcess, assistantOverHttp, readQuestions } from './assistant';
import { raceForSeats } from './booking';
import { BUILD_DIR, createBenchDatabase, ensureBuild, login, startApp } from './lib/app';
import { startBareServer } from './lib/bare';
import { runLoad, type LoadResult } from './lib/load';
import { describeMachine } from './lib/machine';
import { markdownSection, prependRun, table, type Row } from './lib/report';
import { scriptsOfPage } from './lib/js-size';

const started = new Date();
const loadAtStart = loadavg();
const t0 = performance.now();
const env = process.env;
const CLIENTS = Number(env.BENCH_CLIENTS || 20_000);
const PORT = Number(env.BENCH_PORT || 4306);
const ROUNDS = Number(env.BENCH_ROUNDS || 3);
const SECONDS = Number(env.BENCH_SECONDS || 8);
const CONCURRENCY = Number(env.BENCH_CONCURRENCY || 10);
const APPLICANTS = Number(env.BENCH_APPLICANTS || 200);
const PASSWORD = 'demo-wachtwoord-2026';
const JS_BUDGET = 50 * 1024;
const RESULTS = join(import.meta.dirname, 'RESULTS.md');

const log = (line: string) =>
	console.log(`[bench ${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`;

function seedScale(databaseUrl: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(
			process.execPath,
			['--import', 'tsx', 'scripts/db-seed-scale.ts', '--clients', String(CLIENTS)],
			{ env: { ...env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'pipe', 'inherit'] }
		);
		child.stdout.on('data', (chunk: Buffer) => {
			for (const line of chunk.toString().split('\n'))
				if (line.trim()) log(`  seed: ${line.trim()}`);
		});
		child.on('error', reject);
		child.on('exit', (code) =>
			code === 0 ? resolve() : reject(new Error(`scale seed exited with ${code}`))
		);
	});
}

async function main(): Promise<void> {
	if (!Number.isInteger(CLIENTS) || CLIENTS < 5000) throw new Error('BENCH_CLIENTS must be ≥ 5000');
	ensureBuild(log);
	const database = await createBenchDatabase('portal_bench');
	log(`database ${database.name}`);
	const cleanups: (() => Promise<void>)[] = [];
	const onSignal = () => {
		log('interrupted: cleaning up');
		void (async () => {
			for (const c of cleanups.reverse()) await c().catch(() => {});
			await database.drop().catch(() => {});
			process.exit(130);
		})();
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	try {
		const machine = await describeMachine(database.url, loadAtStart);
		const app = await startApp({
			port: PORT,
			databaseUrl: database.url,
			env: {
				DEMO_DATA: 'true',
				NODE_ENV: '',
				REGISTER_LIMIT_PER_IP: String(APPLICANTS + 20),
				ASSISTANT_RATE_LIMIT: '100000000'
			}
		});
		cleanups.push(app.stop);
		log(`app on ${app.base} (demo data loaded)`);
		await seedScale(database.url);

		// ---- SSR throughput against baselines
		const landing = await fetch(`${app.base}/`, { headers: { accept: 'text/html' } });
		const landingBytes = new Uint8Array(await landing.arrayBuffer());
		const bare = await startBareServer(PORT + 1, landingBytes);
		cleanups.push(bare.stop);
		const client = await login(app.base, 'klant@example.org', PASSWORD);
		const targets = [
			{ key: 'bare', url: bare.url, headers: {} },
			{ key: 'static', url: `${app.base}/maintenance`, headers: {} },
			{ key: 'floor', url: `${app.base}/privacy`, headers: {} },
			{ key: 'landing', url: `${app.base}/`, headers: {} },
			{ key: 'my', url: `${app.base}/my`, headers: { cookie: client } }
		] as const;
		const results = new Map<string, LoadResult[]>();
		for (let round = 1; round <= ROUNDS; round++) {
			for (const target of targets) {
				const r = await runLoad(target.url, {
					headers: target.headers,
					concurrency: CONCURRENCY,
					warmupMs: 1000,
					durationMs: SECONDS * 1000
				});
				if (r.errors)
					throw new Error(`${target.url}: ${r.errors} errors ${JSON.stringify(r.statuses)}`);
				results.set(target.key, [...(results.get(target.key) ?? []), r]);
				log(
					`round ${round}: ${target.key.padEnd(7)} ${r.rps.toFixed(0).padStart(6)} req/s, p50 ${ms(r.p50)}, ${kb(r.bytesPerResponse)} per answer`
				);
			}
		}
		const rps = (key: string) => median(results.get(key)!.map((r) => r.rps));
		const p50 = (key: string) => median(results.get(key)!.map((r) => r.p50));
		const size = (key: string) => results.get(key)![0].bytesPerResponse;

		// ---- JavaScript per page
		const applicant = await login(app.base, 'aanvrager@example.org', PASSWORD);
		const consultant = await login(app.base, 'consulent@example.org', PASSWORD);
		const quality = await login(app.base, 'kwaliteit@example.org', PASSWORD);
		const html = async (path: string, cookie?: string) => {
			const res = await fetch(`${app.base}${path}`, {
				headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) },
				redirect: 'manual'
			});
			if (res.status !== 200) throw new Error(`GET ${path}: HTTP ${res.status}`);
			return { text: await res.text(), link: res.headers.get('link') };
		};
		const firstLink = async (path: string, cookie: string, pattern: RegExp) => {
			const { text } = await html(path, cookie);
			const found = [...text.matchAll(/href="(\/[^"?#]+)"/g)]
				.map((m) => m[1])
				.find((h) => pattern.test(h));
			if (!found) throw new Error(`no link matching ${pattern} on ${path}`);
			return found;
		};
		const module = await firstLink(
			'/info-session',
			applicant,
			/^\/info-session\/(?!confirm|summary)[^/]+$/
		);
		const section = await firstLink(
			'/questionnaire',
			applicant,
			/^\/questionnaire\/(?!how-it-works|review)[^/]+$/
		);
		const pages: { path: string; cookie?: string; who: 'applicant' | 'staff' }[] = [
			{ path: '/', who: 'applicant' },
			{ path: '/register', who: 'applicant' },
			{ path: '/login', who: 'applicant' },
			{ path: '/info-session', cookie: applicant, who: 'applicant' },
			{ path: module, cookie: applicant, who: 'applicant' },
			{ path: section, cookie: applicant, who: 'applicant' },
			{ path: '/appointments/book', cookie: applicant, who: 'applicant' },
			{ path: '/assistant', cookie: applicant, who: 'applicant' },
			{ path: '/my', cookie: client, who: 'applicant' },
			{ path: '/staff', cookie: consultant, who: 'staff' },
			{ path: '/staff/day', cookie: consultant, who: 'staff' },
			{ path: '/staff/slots', cookie: consultant, who: 'staff' },
			{ path: '/staff/figures', cookie: quality, who: 'staff' }
		];
		const scripts = [];
		for (const page of pages) {
			const { text, link } = await html(page.path, page.cookie);
			scripts.push({
				...page,
				...scriptsOfPage(text, link, `${app.base}${page.path}`, join(BUILD_DIR, 'client'))
			});
		}
		log('JavaScript per page measured');

		// ---- Booking race, assistant, staff queries at scale
		log(`booking race: ${APPLICANTS} applicants for 12 seats …`);
		const race = await raceForSeats({
			base: app.base,
			databaseUrl: database.url,
			applicants: APPLICANTS
		});
		log('assistant …');
		const questions = readQuestions();
		const assistantLocal = await assistantInProcess(questions, { databaseUrl: database.url });
		const assistantHttp = await assistantOverHttp(app.base, questions, {
			requests: 600,
			concurrency: 8
		});
		log('staff queries at scale …');
		const handle = await openDatabase({ url: database.url, maxConnections: 2 });
		const staff = await benchStaffQueries(handle.db, 20).finally(() => handle.close());

		await bare.stop();
		await app.stop();

		// ---- The table
		// Each round measures every target within a minute of the others, so a ratio is taken per
		// round and the median of those is reported: steadier than a ratio of medians when the
		// machine's load changes during the run.
		const ratio = (key: string, of: string) =>
			median(results.get(key)!.map((r, i) => r.rps / results.get(of)![i].rps));
		const rows: Row[] = [
			{
				figure: 'bare Node http, same bytes as the landing page',
				value: `${rps('bare').toFixed(0)} req/s`,
				target: 'baseline',
				verdict: ''
			},
			{
				figure: 'prerendered page (/maintenance, static file of the build)',
				value: `${rps('static').toFixed(0)} req/s`,
				target: 'baseline',
				verdict: ''
			},
			{
				figure: 'framework floor: static SSR page (/privacy, no database work)',
				value: `${rps('floor').toFixed(0)} req/s`,
				target: 'baseline',
				verdict: ''
			},
			{
				figure: 'landing page (anonymous), SSR',
				value: `${rps('landing').toFixed(0)} req/s`,
				target: '',
				verdict: ''
			},
			{
				figure: '  landing ÷ floor',
				value: ratio('landing', 'floor').toFixed(2),
				target: '≥ 0.80',
				verdict: ratio('landing', 'floor') >= 0.8 ? 'ok' : 'BELOW TARGET'
			},
			{
				figure: '  landing ÷ prerendered ÷ bare (information)',
				value: `${ratio('landing', 'static').toFixed(2)} / ${ratio('landing', 'bare').toFixed(2)}`,
				target: '',
				verdict: ''
			},
			{
				figure: '/my logged in (client, PostgreSQL), SSR',
				value: `${rps('my').toFixed(0)} req/s`,
				target: '',
				verdict: ''
			},
			{
				figure: '  /my ÷ floor',
				value: ratio('my', 'floor').toFixed(2),
				target: '≥ 0.30',
				verdict: ratio('my', 'floor') >= 0.3 ? 'ok' : 'BELOW TARGET'
			},
			{
				figure: '  /my ÷ prerendered ÷ bare (information)',
				value: `${ratio('my', 'static').toFixed(2)} / ${ratio('my', 'bare').toFixed(2)}`,
				target: '',
				verdict: ''
			},
			{
				figure: 'booking race: seats taken by concurrent POSTs',
				value: `${race.booked} of ${race.capacity} (${race.applicants} racers)`,
				target: `= ${race.capacity}, 0 errors`,
				verdict: race.ok ? 'ok' : 'FAILED'
			},
			{
				figure: '  booking POST latency p50 / p95',
				value: `${ms(race.p50)} / ${ms(race.p95)}`,
				target: '',
				verdict: ''
			},
			{
				figure: 'assistant in process p50 / p95',
				value: `${ms(assistantLocal.p50)} / ${ms(assistantLocal.p95)}`,
				target: '',
				verdict: ''
			},
			{
				figure: 'assistant POST /api/assistant p50 / p95',
				value: `${ms(assistantHttp.p50)} / ${ms(assistantHttp.p95)}`,
				target: '',
				verdict: ''
			},
			{
				figure: '  assistant throughput (8 in flight)',
				value: `${assistantHttp.requestsPerSecond.toFixed(0)} req/s`,
				target: '',
				verdict: ''
			},
			...staff.queries.map((q) => ({
				figure: `staff: ${q.name.replace(/ \(\+ [^)]*\)/, ' (+ providers)')} p50 / p95`,
				value: `${ms(q.p50)} / ${ms(q.p95)}`,
				target: '',
				verdict: ''
			})),
			...scripts.map((s) => ({
				figure: `JS ${s.path} (${s.who}, ${s.files.length} files)`,
				value: `${kb(s.gzip)} gzip`,
				target: s.who === 'applicant' ? '≤ 50 KB' : 'information',
				verdict: s.who === 'applicant' ? (s.gzip <= JS_BUDGET ? 'ok' : 'OVER BUDGET') : ''
			}))
		];
		const minutes = (performance.now() - t0) / 60_000;
		console.log(`\n${table(rows)}\n`);
		const over = scripts.filter((s) => s.who === 'applicant' && s.gzip > JS_BUDGET);
		for (const s of over) {
			console.log(
				`over budget: ${s.path}: ${s.files
					.slice(0, 3)
					.map((f) => `${f.path.split('/').pop()} ${kb(f.gzip)}`)
					.join(', ')} …`
			);
		}
		const details = [
			`SSR: ${CONCURRENCY} keep-alive connections from a separate load-generator process, ${SECONDS} s per target after 1 s warm-up, ${ROUNDS} interleaved rounds; req/s: median over the rounds, ratios: median of the per-round ratios; staff "as rendered" runs the journey providers (${staff.queries[1]?.name.match(/\(\+ ([^)]*)\)/)?.[1] ?? ''});` +
				` per round landing ÷ floor ${results
					.get('landing')!
					.map((r, i) => (r.rps / results.get('floor')![i].rps).toFixed(2))
					.join(', ')}, /my ÷ floor ${results
					.get('my')!
					.map((r, i) => (r.rps / results.get('floor')![i].rps).toFixed(2))
					.join(
						', '
					)}; p50 latency: bare ${ms(p50('bare'))}, prerendered ${ms(p50('static'))}, floor ${ms(p50('floor'))}, landing ${ms(p50('landing'))}, /my ${ms(p50('my'))}; bytes per answer: landing ${kb(size('landing'))}, floor ${kb(size('floor'))}, prerendered ${kb(size('static'))}, /my ${kb(size('my'))}`,
			`Data set: ${staff.dataset}; staff queries on ${staff.largest} (${staff.onBenefit} on benefit), a consultant with ${staff.consultantClients} clients, ${staff.runs} runs each`,
			`Booking race: ${race.applicants} applicants registered over HTTP in ${race.registerSeconds.toFixed(1)} s, race ${race.wallSeconds.toFixed(2)} s wall, refused ${race.refused}, errors ${race.errors}, slot.booked ${race.slotBooked}, active bookings ${race.activeBookings}`,
			`Assistant: ${questions.length} questions of eval/assistant-dev.jsonl; index build ${assistantLocal.buildMs.toFixed(0)} ms; HTTP ${assistantHttp.n} requests, statuses ${JSON.stringify(assistantHttp.statuses)}`,
			`JS: modulepreloads of the page plus the start script's imports, gzip as served; largest files: ${scripts
				.filter((s) => s.who === 'applicant')
				.map((s) => `${s.path} ${s.files[0]?.path.split('/').pop()} ${kb(s.files[0]?.gzip ?? 0)}`)
				.slice(0, 3)
				.join('; ')}`
		];
		if (!env.BENCH_NO_RESULTS) {
			prependRun(
				RESULTS,
				markdownSection({
					started,
					minutes,
					machine,
					settings: `BENCH_CLIENTS=${CLIENTS}, ${ROUNDS} rounds × ${SECONDS} s, ${CONCURRENCY} in flight, ${APPLICANTS} racers`,
					note: env.BENCH_NOTE,
					rows,
					details
				})
			);
			log(`results added to ${RESULTS}`);
		}
		log(`done in ${minutes.toFixed(1)} min`);
		const failed = rows.filter((r) => r.verdict === 'FAILED').length;
		if (failed) process.exitCode = 1;
	} finally {
		for (const c of cleanups.reverse()) await c().catch(() => {});
		await database.drop();
		log(`database ${database.name} dropped`);
	}
}

await main();
