// `npm run bench:booking`: N applicants race for one 12-seat information session, over HTTP,
// against the built app on a fresh PostgreSQL database. Bookings made must equal the capacity.
// `raceForSeats` is the race itself, also called by `npm run bench` (bench/run.ts).
//
//   BENCH_APPLICANTS   number of applicants (default 200)
//   BENCH_DATABASE_URL PostgreSQL server to create the database on (default postgres://root@127.0.0.1:5432;
//                      BENCH_ADMIN_URL is still read)
//   BENCH_PORT         port for the app (default 4188)
//   BUILD_DIR          the build to run (default build; built first when missing or older than the sources)
//   BENCH_KEEP_DB=1    keep the database afterwards
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/lib/server/db/sql';
import { openDatabase } from '../src/lib/server/db/client';
import { insertSlots } from '../src/lib/server/booking/plan';
import { placeOf } from '../src/lib/server/booking/testing';
import { addDays, amsterdamDate, amsterdamToUtc } from '../src/lib/server/booking/zoned';
import { sessionCookie } from '../tests/support/built-app';
import { createBenchDatabase, ensureBuild, formPost, startApp } from './lib/app';

const CAPACITY = 12;

export interface RaceResult {
	applicants: number;
	capacity: number;
	registerSeconds: number;
	wallSeconds: number;
	booked: number;
	refused: number;
	errors: number;
	firstError?: string;
	p50: number;
	p95: number;
	max: number;
	slotBooked: number;
	activeBookings: number;
	/** Exactly `capacity` seats taken, no errors, and the database agrees. */
	ok: boolean;
}

async function registerApplicant(base: string, i: number, run: string): Promise<string> {
	const response = await fetch(
		`${base}/register`,
		formPost(base, {
			name: `Bench Aanvrager ${i}`,
			email: `bench.${run}.${i}@example.org`,
			password: 'een lange zin voor de benchmark',
			language: 'nl',
			municipality: 'leidschendam-voorburg'
		})
	);
	const session = sessionCookie(response);
	if (response.status !== 303 || !session) {
		const text = (await response.text()).replace(/\s+/g, ' ');
		const alert = /role="alert"[^>]*>(.*?)<\/div>/.exec(text)?.[1]?.replace(/<[^>]+>/g, ' ');
		throw new Error(`registration ${i}: HTTP ${response.status} ${alert ?? text.slice(0, 200)}`);
	}
	return session;
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

/**
 * The race against a running app (`base`) on `databaseUrl`: a fresh 12-seat information session
 * three days ahead, `applicants` new applicants registered over HTTP (the app's
 * REGISTER_LIMIT_PER_IP must allow them), then all their booking POSTs at once.
 */
export async function raceForSeats(options: {
	base: string;
	databaseUrl: string;
	applicants: number;
}): Promise<RaceResult> {
	const { base, applicants } = options;
	const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
	const handle = await openDatabase({ url: options.databaseUrl, maxConnections: 2 });
	try {
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

		const registering = performance.now();
		const cookies = await inBatches(applicants, 8, (i) => registerApplicant(base, i, run));
		const registerSeconds = (performance.now() - registering) / 1000;

		// Everyone at once.
		const racing = performance.now();
		const outcomes = await Promise.all(
			cookies.map(async (cookie) => {
				const t0 = performance.now();
				try {
					const response = await fetch(
						`${base}/appointments/book?/book`,
						formPost(base, { slotId, interpreterLanguage: '' }, { cookie })
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
		const wallSeconds = (performance.now() - racing) / 1000;

		// Counts as the database sees them after the race.
		const [row] = await queryRows<{ booked: number; active: number | string }>(
			handle.db,
			sql`select s.booked,
				(select count(*) from booking b where b.slot_id = s.id and b.status = 'active') as active
				from slot s where s.id = ${slotId}`
		);
		const latencies = outcomes.map((o) => o.ms).sort((a, b) => a - b);
		const booked = outcomes.filter((o) => o.kind === 'booked').length;
		const errors = outcomes.filter((o) => o.kind === 'error');
		const activeBookings = Number(row.active);
		return {
			applicants,
			capacity: CAPACITY,
			registerSeconds,
			wallSeconds,
			booked,
			refused: outcomes.filter((o) => o.kind === 'refused').length,
			errors: errors.length,
			firstError: errors[0]?.detail,
			p50: percentile(latencies, 50),
			p95: percentile(latencies, 95),
			max: latencies[latencies.length - 1],
			slotBooked: row.booked,
			activeBookings,
			ok:
				booked === CAPACITY &&
				errors.length === 0 &&
				row.booked === CAPACITY &&
				activeBookings === CAPACITY
		};
	} finally {
		await handle.close();
	}
}

async function main(): Promise<void> {
	const applicants = Number(process.env.BENCH_APPLICANTS || 200);
	// Not 4190: fetch refuses it (the Fetch standard's "bad ports" list).
	const port = Number(process.env.BENCH_PORT || 4188);
	// The old name still works (assigning an unset one would store the string 'undefined').
	if (!process.env.BENCH_DATABASE_URL && process.env.BENCH_ADMIN_URL)
		process.env.BENCH_DATABASE_URL = process.env.BENCH_ADMIN_URL;
	ensureBuild();
	const database = await createBenchDatabase('bench_booking');
	try {
		const app = await startApp({
			port,
			databaseUrl: database.url,
			env: {
				DEMO_DATA: 'false',
				REGISTER_LIMIT_PER_IP: process.env.REGISTER_LIMIT_PER_IP || String(applicants + 10)
			}
		});
		try {
			const r = await raceForSeats({ base: app.base, databaseUrl: database.url, applicants });
			console.log(
				`${applicants} applicants registered over HTTP in ${r.registerSeconds.toFixed(1)} s`
			);
			console.log(
				`${applicants} concurrent booking POSTs for one ${r.capacity}-seat slot (${r.wallSeconds.toFixed(2)} s wall)`
			);
			console.log(`  bookings made:        ${r.booked}`);
			console.log(`  refused (4xx, full):  ${r.refused}`);
			console.log(
				`  errors (non-4xx):     ${r.errors}${r.firstError ? ` e.g. ${r.firstError}` : ''}`
			);
			console.log(
				`  latency p50 / p95 / max: ${r.p50.toFixed(0)} / ${r.p95.toFixed(0)} / ${r.max.toFixed(0)} ms`
			);
			console.log(
				`  database: slot.booked = ${r.slotBooked}, active bookings = ${r.activeBookings}`
			);
			console.log(
				r.ok
					? 'OK: bookings made equal the capacity.'
					: 'FAILED: overbooked, underbooked or errors.'
			);
			process.exitCode = r.ok ? 0 : 1;
		} finally {
			await app.stop();
		}
	} finally {
		if (!process.env.BENCH_KEEP_DB) await database.drop();
		else {
			await database.keep();
			console.log(`database kept: ${database.url}`);
		}
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
