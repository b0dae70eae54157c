// `npm run bench:booking`: N applicants race for one 12-seat information session, over HTTP,
// against the built app on a fresh PostgreSQL database. Bookings made must equal the capacity.
//
//   BENCH_APPLICANTS   number of applicants (default 200)
//   BENCH_ADMIN_URL    PostgreSQL server to create the database on (default postgres://root@127.0.0.1:5432/postgres)
//   BENCH_PORT         port for the app (default 4188)
//   BUILD_DIR          the build to run (default build; built first when missing or older than src/)
//   BENCH_KEEP_DB=1    keep the database afterwards
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/lib/server/db/sql';
import { openDatabase } from '../src/lib/server/db/client';
import { insertSlots } from '../src/lib/server/booking/plan';
import { placeOf } from '../src/lib/server/booking/testing';
import { addDays, amsterdamDate, amsterdamToUtc } from '../src/lib/server/booking/zoned';

const N = Number(process.env.BENCH_APPLICANTS || 200);
const CAPACITY = 12;
const ADMIN_URL = process.env.BENCH_ADMIN_URL || 'postgres://root@127.0.0.1:5432/postgres';
// Not 4190: fetch refuses it (the Fetch standard's "bad ports" list).
const PORT = Number(process.env.BENCH_PORT || 4188);
const BUILD_DIR = process.env.BUILD_DIR || 'build';
// 127.0.0.1, not localhost: Node resolves localhost to ::1 first, and the app listens on IPv4.
const BASE = `http://127.0.0.1:${PORT}`;

function newest(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

function ensureBuild(): void {
	const built = existsSync(join(BUILD_DIR, 'handler.js'))
		? newest(join(BUILD_DIR, 'handler.js'))
		: 0;
	if (built >= Math.max(newest('src'), newest('drizzle'))) return;
	console.log(`Building into ${BUILD_DIR}/ …`);
	const result = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit', env: process.env });
	if (result.status !== 0) throw new Error('build failed');
}

async function waitUntilReady(server: ChildProcess): Promise<void> {
	const deadline = Date.now() + 180_000;
	while (Date.now() < deadline) {
		if (server.exitCode !== null) throw new Error(`the app exited with code ${server.exitCode}`);
		try {
			if ((await fetch(`${BASE}/readyz`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error('the app did not become ready within 3 minutes');
}

function form(fields: Record<string, string>, cookie?: string): RequestInit {
	return {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			// As a browser without JavaScript posts a form (with */* SvelteKit would answer JSON).
			accept: 'text/html',
			origin: BASE,
			...(cookie ? { cookie } : {})
		},
		body: new URLSearchParams(fields).toString()
	};
}

async function registerApplicant(i: number, run: string): Promise<string> {
	const response = await fetch(
		`${BASE}/register`,
		form({
			name: `Bench Aanvrager ${i}`,
			email: `bench.${run}.${i}@example.org`,
			password: 'een lange zin voor de benchmark',
			language: 'nl',
			municipality: 'leidschendam-voorburg'
		})
	);
	const session = response.headers.getSetCookie().find((c) => c.startsWith('session='));
	if (response.status !== 303 || !session) {
		const text = (await response.text()).replace(/\s+/g, ' ');
		const alert = /role="alert"[^>]*>(.*?)<\/div>/.exec(text)?.[1]?.replace(/<[^>]+>/g, ' ');
		throw new Error(`registration ${i}: HTTP ${response.status} ${alert ?? text.slice(0, 200)}`);
	}
	return session.split(';')[0];
}

async function inBatches<T>(count: number, width: number, work: (i: number) => Promise<T>) {
	const results: T[] = [];
	for (let start = 0; start < count; start += width) {
		const batch = Array.from({ length: Math.min(width, count - start) }, (_, k) => work(start + k));
		results.push(...(await Promise.all(batch)));
	}
	return results;
}

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
	ensureBuild();
	const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
	const name = `bench_booking_${run}`;
	const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const url = new URL(ADMIN_URL);
	url.pathname = `/${name}`;
	let server: ChildProcess | undefined;
	try {
		server = spawn('node', [BUILD_DIR], {
			env: {
				...process.env,
				PORT: String(PORT),
				ORIGIN: BASE,
				DATABASE_URL: url.toString(),
				DEMO_DATA: 'false',
				REGISTER_LIMIT_PER_IP: process.env.REGISTER_LIMIT_PER_IP || String(N + 10)
			},
			stdio: ['ignore', 'ignore', 'inherit']
		});
		await waitUntilReady(server);

		// The slot: an information session for 12, three days ahead at 14:00 Netherlands time.
		const handle = await openDatabase({ url: url.toString(), maxConnections: 2 });
		const place = await placeOf(handle.db);
		const startsAt = amsterdamToUtc(addDays(amsterdamDate(new Date()), 3), '14:00');
		const [slotId] = await insertSlots(handle.db, [
			{
				...place,
				type: 'info_session',
				startsAt,
				endsAt: new Date(startsAt.getTime() + 90 * 60_000),
				capacity: CAPACITY,
				consultantId: null
			}
		]);

		const started = performance.now();
		const cookies = await inBatches(N, 8, (i) => registerApplicant(i, run));
		console.log(
			`${N} applicants registered over HTTP in ${((performance.now() - started) / 1000).toFixed(1)} s`
		);

		// Everyone at once.
		const racing = performance.now();
		const outcomes = await Promise.all(
			cookies.map(async (cookie) => {
				const t0 = performance.now();
				try {
					const response = await fetch(
						`${BASE}/appointments/book?/book`,
						form({ slotId, interpreterLanguage: '' }, cookie)
					);
					await response.arrayBuffer();
					const ms = performance.now() - t0;
					if (response.status === 303 && response.headers.get('location')?.includes('done=booked'))
						return { kind: 'booked' as const, ms };
					if (response.status >= 400 && response.status < 500)
						return { kind: 'refused' as const, ms };
					return { kind: 'error' as const, ms, detail: `HTTP ${response.status}` };
				} catch (error) {
					return { kind: 'error' as const, ms: performance.now() - t0, detail: String(error) };
				}
			})
		);
		const wall = performance.now() - racing;

		// Counts as the database sees them after the race.
		const [row] = await queryRows<{ booked: number; active: number | string }>(
			handle.db,
			sql`select s.booked,
				(select count(*) from booking b where b.slot_id = s.id and b.status = 'active') as active
				from slot s where s.id = ${slotId}`
		);
		await handle.close();

		const latencies = outcomes.map((o) => o.ms).sort((a, b) => a - b);
		const booked = outcomes.filter((o) => o.kind === 'booked').length;
		const refused = outcomes.filter((o) => o.kind === 'refused').length;
		const errors = outcomes.filter((o) => o.kind === 'error');
		console.log(
			`${N} concurrent booking POSTs for one ${CAPACITY}-seat slot (${(wall / 1000).toFixed(2)} s wall)`
		);
		console.log(`  bookings made:        ${booked}`);
		console.log(`  refused (4xx, full):  ${refused}`);
		console.log(
			`  errors (non-4xx):     ${errors.length}${errors.length ? ` e.g. ${errors[0].detail}` : ''}`
		);
		console.log(
			`  latency p50 / p95 / max: ${percentile(latencies, 50).toFixed(0)} / ${percentile(latencies, 95).toFixed(0)} / ${latencies[latencies.length - 1].toFixed(0)} ms`
		);
		console.log(`  database: slot.booked = ${row.booked}, active bookings = ${Number(row.active)}`);
		const ok =
			booked === CAPACITY &&
			errors.length === 0 &&
			row.booked === CAPACITY &&
			Number(row.active) === CAPACITY;
		console.log(
			ok ? 'OK: bookings made equal the capacity.' : 'FAILED: overbooked, underbooked or errors.'
		);
		process.exitCode = ok ? 0 : 1;
	} finally {
		if (server && server.exitCode === null) {
			const exited = new Promise((resolve) => server!.once('exit', resolve));
			server.kill('SIGTERM');
			await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
		}
		if (!process.env.BENCH_KEEP_DB)
			await admin.unsafe(`drop database if exists ${name} with (force)`);
		else console.log(`database kept: ${url}`);
		await admin.end();
	}
}

await main();
