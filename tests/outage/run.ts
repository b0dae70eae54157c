// `npm run test:outage`: PostgreSQL goes away during booking load and comes back; SIGTERM during
// requests. Everything real: a private PostgreSQL cluster (initdb in a temporary folder, its own
// port, so the machine's shared cluster is never touched), the built app as a process, HTTP.
//
//  1. Outage. Applicants book information sessions concurrently through the booking form. Twice
//     in the middle of it the cluster is stopped (`pg_ctl stop -m fast`, then `-m immediate`, a
//     crash), kept down for a few seconds while requests go on, and started again. While it is
//     down every page that needs the database must answer the friendly translated 503,
//     /readyz 503 and /healthz 200; afterwards the app must recover by itself (same process).
//     Then the database is checked against what each client was told: every confirmed booking
//     exists exactly once, no slot over capacity, nobody booked twice, and a booking nobody was
//     told about only where its request was in flight at a stop and the applicant sees it.
//  2. Graceful shutdown on PostgreSQL: bookings held inside the database (a row lock) when
//     SIGTERM arrives must all be answered; new connections are refused at once; the process
//     exits 0 with its jobs stopped and its pool closed (no error output, no broken connections).
//  3. The same on PGlite: registrations in flight are answered, exit 0, the lock file is released,
//     and a second start on the same folder works and sees what was written.
//
//   BUILD_DIR          the build to run (default build; built first when missing or stale)
//   OUTAGE_PG_PORT     port of the private cluster (default 55432)
//   OUTAGE_APP_PORT    port of the app (default 4304)
//   OUTAGE_APPLICANTS  applicants booking (default 90, for 5 sessions of 12 seats)
//   OUTAGE_NO_BUILD=1  run the build as it is, even when older than src/
//   OUTAGE_KEEP=1      keep the temporary folder (cluster data and logs) for inspection
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { openDatabase } from '../../src/lib/server/db/client';
import { insertSlots } from '../../src/lib/server/booking/plan';
import { placeOf } from '../../src/lib/server/booking/testing';
import { addDays, amsterdamDate, amsterdamToUtc } from '../../src/lib/server/booking/zoned';
import { PrivateCluster, type StopMode } from './cluster';
import {
	App,
	HeldRequest,
	connectionRefused,
	ensureBuild,
	formPost,
	sessionCookie,
	sleep
} from './server';

const PG_PORT = Number(process.env.OUTAGE_PG_PORT || 55432);
const APP_PORT = Number(process.env.OUTAGE_APP_PORT || 4304);
const BUILD = process.env.BUILD_DIR || 'build';
const APPLICANTS = Number(process.env.OUTAGE_APPLICANTS || 90);
const SLOTS = 5;
const CAPACITY = 12;
const SEATS = SLOTS * CAPACITY;
const WORKERS = 6;
const OUTAGE_MS = 5_000;
const RECOVERY_LIMIT_MS = 30_000;
const EXIT_LIMIT_MS = 20_000;
/** The two outages: when (share of the seats confirmed) and how PostgreSQL goes down. */
const CYCLES: { at: number; mode: StopMode }[] = [
	{ at: 0.25, mode: 'fast' },
	{ at: 0.6, mode: 'immediate' }
];
const STOPPED_LINE = 'Stopped: background jobs finished, database closed.';

// ---------------------------------------------------------------------------------------------
// Assertions and clean-up

const failures: string[] = [];
/** The three parts of the run; a part passes when none of its checks failed. */
const SECTIONS = ['outage during booking load', 'SIGTERM on PostgreSQL', 'SIGTERM on PGlite'];
let section = 0;
const failedSections = new Set<number>();
function check(ok: boolean, message: string): boolean {
	if (!ok) {
		failures.push(message);
		failedSections.add(section);
		console.log(`  FAIL ${message}`);
	}
	return ok;
}

const cleanups: (() => unknown)[] = [];
/** Every app process started, for their output when something failed. */
const apps: App[] = [];
let cleaned = false;
async function cleanUp(): Promise<void> {
	if (cleaned) return;
	cleaned = true;
	for (const step of cleanups.reverse()) {
		try {
			await step();
		} catch (error) {
			console.error(`clean-up: ${(error as Error).message}`);
		}
	}
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		console.log(`\n${signal}: cleaning up`);
		void cleanUp().then(() => process.exit(130));
	});
}

// ---------------------------------------------------------------------------------------------
// The friendly page, as the locale files say it

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function localeText(locale: string, file: string, path: string): string {
	const json = JSON.parse(readFileSync(`src/lib/i18n/locales/${locale}/${file}.json`, 'utf8'));
	return path.split('.').reduce((node, key) => node[key], json) as unknown as string;
}
const UNAVAILABLE = Object.fromEntries(
	['nl', 'en'].map((locale) => [
		locale,
		{
			title: escapeHtml(localeText(locale, 'errors', 'unavailable.title')),
			text: escapeHtml(localeText(locale, 'errors', 'unavailable.text'))
		}
	])
);
const BOOKING_TEXT = {
	full: localeText('nl', 'booking', 'errors.full'),
	justTaken: localeText('nl', 'booking', 'errors.justTaken'),
	alreadyBooked: localeText('nl', 'booking', 'errors.alreadyBooked')
};
/** Anything that looks like an error's insides leaking into a page. */
const LEAK =
	/\bat [\w.<>$]+ \(|node_modules|ECONNREFUSED|ECONNRESET|CONNECTION_|57P01|stack|Error:/;

/** What is wrong with a response that should be the friendly 503 page ([] when nothing). */
function friendlyProblems(
	status: number,
	headers: Headers | Record<string, string>,
	body: string,
	locale: 'nl' | 'en'
): string[] {
	const header = (name: string) =>
		headers instanceof Headers ? headers.get(name) : (headers[name] ?? null);
	const problems: string[] = [];
	if (status !== 503) problems.push(`status ${status}, not 503`);
	if (!header('content-type')?.startsWith('text/html')) problems.push('not HTML');
	if (!header('retry-after')) problems.push('no Retry-After');
	if (!body.includes(`<html lang="${locale}"`)) problems.push(`no <html lang="${locale}">`);
	if (!body.includes(UNAVAILABLE[locale].title) || !body.includes(UNAVAILABLE[locale].text))
		problems.push(`not the ${locale} "unavailable" text`);
	const leak = LEAK.exec(body);
	if (leak) problems.push(`error details in the page: "${leak[0]}"`);
	return problems;
}

// ---------------------------------------------------------------------------------------------
// Booking load

type Outcome = 'confirmed' | 'full' | 'already' | 'unavailable' | 'refused' | 'error';
interface Attempt {
	applicant: number;
	slotId: string;
	t0: number;
	t1: number;
	outcome: Outcome;
	status: number;
	detail?: string;
}
interface Applicant {
	index: number;
	email: string;
	cookie: string;
	userId?: string;
	/** pending: still trying; noSeat: every session full as far as the client knows. */
	state: 'pending' | 'confirmed' | 'already' | 'noSeat';
}
interface Stop {
	mode: StopMode;
	t0: number;
	t1: number;
	started0: number;
	started1: number;
	readyMs?: number;
	bookingMs?: number;
	probes: number;
	/** The slowest answer while down (ms) and to what. */
	slowest: { ms: number; what: string };
	/** Status of the anonymous home page while down (it may not need the database). */
	homeStatuses: Set<number>;
}

const attempts: Attempt[] = [];
const stops: Stop[] = [];
const badPages: string[] = [];

async function bookOnce(base: string, who: Applicant, slotId: string): Promise<Attempt> {
	const t0 = Date.now();
	const done = (outcome: Outcome, status: number, detail?: string): Attempt => ({
		applicant: who.index,
		slotId,
		t0,
		t1: Date.now(),
		outcome,
		status,
		detail
	});
	let response: Response;
	let body: string;
	try {
		response = await fetch(
			`${base}/appointments/book?/book`,
			formPost(base, { slotId, interpreterLanguage: '' }, { cookie: who.cookie })
		);
		body = await response.text();
	} catch (error) {
		const cause = (error as { cause?: { code?: string } }).cause?.code ?? String(error);
		return done('error', 0, `network: ${cause}`);
	}
	const status = response.status;
	if (status === 303 && response.headers.get('location')?.includes('done=booked'))
		return done('confirmed', status);
	if (status === 503) {
		const problems = friendlyProblems(status, response.headers, body, 'nl');
		if (problems.length) badPages.push(`booking POST 503: ${problems.join(', ')}`);
		return done('unavailable', status);
	}
	// The form's own message, in its alert (the page may say other things elsewhere).
	const alert = (/role="alert"[^>]*>([\s\S]*?)<\/div>/.exec(body)?.[1] ?? '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	if (status === 409 && alert.includes(BOOKING_TEXT.alreadyBooked)) return done('already', status);
	if (
		status === 409 &&
		(alert.includes(BOOKING_TEXT.justTaken) || alert.includes(BOOKING_TEXT.full))
	)
		return done('full', status);
	if (status >= 400 && status < 500) return done('refused', status, alert || body.slice(0, 120));
	return done('error', status, body.replace(/\s+/g, ' ').slice(0, 160));
}

async function runLoad(base: string, applicants: Applicant[], slotIds: string[]) {
	const open = new Set(slotIds);
	let next = 0;
	const pending = () => applicants.filter((a) => a.state === 'pending');
	// One attempt per applicant at a time, as one person at one browser.
	const busy = new Set<Applicant>();
	async function worker() {
		for (;;) {
			const waiting = pending();
			if (waiting.length === 0) return;
			const free = waiting.filter((a) => !busy.has(a));
			if (free.length === 0) {
				await sleep(20);
				continue;
			}
			const who = free[next++ % free.length];
			if (open.size === 0) {
				who.state = 'noSeat';
				continue;
			}
			const choices = [...open];
			const slotId = choices[Math.floor(Math.random() * choices.length)];
			busy.add(who);
			const attempt = await bookOnce(base, who, slotId);
			busy.delete(who);
			attempts.push(attempt);
			if (attempt.outcome === 'confirmed') who.state = 'confirmed';
			else if (attempt.outcome === 'already') who.state = 'already';
			else if (attempt.outcome === 'full') open.delete(slotId);
			await sleep(attempt.outcome === 'unavailable' || attempt.outcome === 'error' ? 150 : 30);
		}
	}
	await Promise.all(Array.from({ length: WORKERS }, worker));
}

/** Requests of every kind while the database is down, each checked. */
async function probeWhileDown(base: string, stop: Stop, cookie: string): Promise<void> {
	const get = async (path: string, headers: Record<string, string> = {}) => {
		try {
			const t0 = Date.now();
			const response = await fetch(`${base}${path}`, { redirect: 'manual', headers });
			const body = await response.text();
			const ms = Date.now() - t0;
			if (ms > stop.slowest.ms) stop.slowest = { ms, what: `GET ${path}` };
			return { response, body };
		} catch (error) {
			const cause = (error as { cause?: unknown }).cause;
			throw new Error(`GET ${path} while down: ${String(cause ?? error)}`, { cause: error });
		}
	};
	const until = Date.now() + OUTAGE_MS;
	while (Date.now() < until) {
		stop.probes++;
		const [live, ready, mine, mineEn, home] = await Promise.all([
			get('/healthz'),
			get('/readyz'),
			get('/appointments', { cookie, 'accept-language': 'nl' }),
			get('/appointments', { cookie, 'accept-language': 'en-GB,en;q=0.9' }),
			get('/', { 'accept-language': 'nl' })
		]);
		check(
			live.response.status === 200,
			`${stop.mode}: /healthz ${live.response.status} while down`
		);
		check(
			ready.response.status === 503,
			`${stop.mode}: /readyz ${ready.response.status} while down`
		);
		for (const [page, locale] of [
			[mine, 'nl'],
			[mineEn, 'en']
		] as const) {
			const problems = friendlyProblems(
				page.response.status,
				page.response.headers,
				page.body,
				locale
			);
			if (problems.length) badPages.push(`GET /appointments (${locale}): ${problems.join(', ')}`);
		}
		stop.homeStatuses.add(home.response.status);
		if (home.response.status >= 500) {
			const problems = friendlyProblems(
				home.response.status,
				home.response.headers,
				home.body,
				'nl'
			);
			if (problems.length) badPages.push(`GET /: ${problems.join(', ')}`);
		}
		await sleep(250);
	}
}

async function conduct(
	base: string,
	cluster: PrivateCluster,
	applicants: Applicant[],
	loadDone: () => boolean
): Promise<void> {
	const confirmed = () => attempts.filter((a) => a.outcome === 'confirmed').length;
	for (const cycle of CYCLES) {
		while (confirmed() < cycle.at * SEATS && !loadDone()) await sleep(20);
		if (!check(!loadDone(), `the load ended before the ${cycle.mode} outage`)) return;
		const stop: Stop = {
			mode: cycle.mode,
			t0: Date.now(),
			t1: 0,
			started0: 0,
			started1: 0,
			probes: 0,
			slowest: { ms: 0, what: '' },
			homeStatuses: new Set()
		};
		stops.push(stop);
		const inFlight = attempts.length;
		cluster.stop(cycle.mode);
		stop.t1 = Date.now();
		console.log(
			`  PostgreSQL stopped (-m ${cycle.mode}) at ${confirmed()} confirmed, ${attempts.length - inFlight} answers during the stop`
		);
		const someone = applicants.find((a) => a.state === 'confirmed') ?? applicants[0];
		await probeWhileDown(base, stop, someone.cookie);
		check(
			stop.slowest.ms < 10_000,
			`${cycle.mode}: an answer while down took ${stop.slowest.ms} ms (${stop.slowest.what})`
		);
		stop.started0 = Date.now();
		cluster.start();
		stop.started1 = Date.now();
		// Recovery by itself: the same app process, nothing but time.
		while (Date.now() - stop.started1 < RECOVERY_LIMIT_MS) {
			const response = await fetch(`${base}/readyz`).catch(() => undefined);
			await response?.arrayBuffer();
			if (response?.status === 200) {
				stop.readyMs = Date.now() - stop.started1;
				break;
			}
			await sleep(100);
		}
		check(
			stop.readyMs !== undefined,
			`${cycle.mode}: /readyz not 200 within ${RECOVERY_LIMIT_MS / 1000} s of the restart`
		);
		while (Date.now() - stop.started1 < RECOVERY_LIMIT_MS) {
			const first = attempts.find((a) => a.outcome === 'confirmed' && a.t0 >= stop.started1);
			if (first) {
				stop.bookingMs = first.t1 - stop.started1;
				break;
			}
			if (loadDone()) break;
			await sleep(50);
		}
		check(
			stop.bookingMs !== undefined,
			`${cycle.mode}: no booking confirmed within ${RECOVERY_LIMIT_MS / 1000} s of the restart`
		);
		console.log(
			`  PostgreSQL started again: /readyz 200 after ${stop.readyMs} ms, first booking confirmed after ${stop.bookingMs} ms`
		);
	}
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
	const began = Date.now();
	ensureBuild(BUILD);
	const folder = mkdtempSync(join(tmpdir(), 'portal-outage-'));
	cleanups.push(() => {
		if (process.env.OUTAGE_KEEP) console.log(`kept: ${folder}`);
		else rmSync(folder, { recursive: true, force: true });
	});
	const cluster = new PrivateCluster(folder, PG_PORT);
	if (cluster.portInUse())
		throw new Error(
			`something already answers on port ${PG_PORT}: set OUTAGE_PG_PORT to a free port`
		);
	console.log(`Private PostgreSQL (${cluster.bin}) on port ${PG_PORT} in ${folder}`);
	cluster.init();
	cleanups.push(() => cluster.stopQuietly());
	cluster.start();
	const admin = postgres(cluster.url('postgres'), { max: 1, onnotice: () => {} });
	await admin`create database portal`;
	await admin.end();
	const url = cluster.url('portal');
	// Checks only (never during an outage): one connection, and one more to hold a row lock.
	const mine = { max: 1, onnotice: () => {}, connection: { application_name: 'outage-test' } };
	const checker = postgres(url, mine);
	const locker = postgres(url, mine);
	cleanups.push(() => Promise.all([checker.end({ timeout: 1 }), locker.end({ timeout: 1 })]));

	// ---- 1. Outage during booking load -----------------------------------------------------
	console.log('1. Outage during booking load');
	const app = new App({
		build: BUILD,
		port: APP_PORT,
		label: 'app on PostgreSQL',
		env: { DATABASE_URL: url, DEMO_DATA: 'true', BOOKING_JOBS_INTERVAL_SECONDS: '1' }
	});
	apps.push(app);
	cleanups.push(() => app.stop());
	const startMs = await app.waitReady();
	console.log(`  app ready in ${(startMs / 1000).toFixed(1)} s (pid ${app.pid})`);
	const base = app.base;

	const handle = await openDatabase({ url, maxConnections: 1 });
	const place = await placeOf(handle.db);
	const today = amsterdamDate(new Date());
	const slotRows = Array.from({ length: SLOTS + 1 }, (_, i) => {
		const startsAt = amsterdamToUtc(addDays(today, 3 + i), '14:00');
		return {
			...place,
			type: 'info_session' as const,
			startsAt,
			endsAt: new Date(startsAt.getTime() + 90 * 60_000),
			// The last one is for the shutdown test.
			capacity: i < SLOTS ? CAPACITY : 20,
			consultantId: null
		};
	});
	const [...slotIds] = await insertSlots(handle.db, slotRows);
	await handle.close();
	const shutdownSlot = slotIds.pop()!;

	const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
	const applicants: Applicant[] = [];
	for (let start = 0; start < APPLICANTS; start += 6) {
		const batch = Array.from({ length: Math.min(6, APPLICANTS - start) }, async (_, k) => {
			const index = start + k;
			const email = `outage.${run}.${index}@example.org`;
			const response = await fetch(
				`${base}/register`,
				formPost(base, {
					name: `Storing Aanvrager ${index}`,
					email,
					password: 'een lange zin voor de storingstest',
					language: 'nl',
					municipality: 'leidschendam-voorburg'
				})
			);
			await response.arrayBuffer();
			const cookie = sessionCookie(response);
			if (response.status !== 303 || !cookie)
				throw new Error(`registration ${index}: HTTP ${response.status}`);
			applicants.push({ index, email, cookie, state: 'pending' });
		});
		await Promise.all(batch);
	}
	applicants.sort((a, b) => a.index - b.index);
	console.log(
		`  ${APPLICANTS} applicants registered over HTTP; ${SLOTS} sessions of ${CAPACITY} seats`
	);

	const loadStarted = Date.now();
	let loadFinished = false;
	const load = runLoad(base, applicants, slotIds).finally(() => (loadFinished = true));
	await Promise.all([load, conduct(base, cluster, applicants, () => loadFinished)]);
	const loadMs = Date.now() - loadStarted;
	check(app.running, 'the app process is still the same, running process after the outages');

	// ---- What the clients were told, against the database ---------------------------------
	const users = await checker<{ id: string; email: string }[]>`
		select id, email from app_user where email like ${`outage.${run}.%`}`;
	const byEmail = new Map(users.map((u) => [u.email, u.id]));
	for (const a of applicants) a.userId = byEmail.get(a.email);
	const byUser = new Map(applicants.map((a) => [a.userId, a]));
	const bookings = await checker<
		{ id: string; user_id: string; slot_id: string; status: string }[]
	>`
		select id, user_id, slot_id, status from booking where slot_id in ${checker(slotIds)}`;
	const slots = await checker<{ id: string; capacity: number; booked: number; active: string }[]>`
		select s.id, s.capacity, s.booked,
			(select count(*) from booking b where b.slot_id = s.id and b.status = 'active') as active
		from slot s where s.id in ${checker(slotIds)}`;
	const mails = await checker<{ recipient_id: string; n: string }[]>`
		select recipient_id, count(*) as n from outbox_message
		where kind = 'booking.confirmed' and recipient_id in ${checker(users.map((u) => u.id))}
		group by recipient_id`;
	const mailsOf = new Map(mails.map((m) => [m.recipient_id, Number(m.n)]));

	const confirmedAttempts = attempts.filter((a) => a.outcome === 'confirmed');
	const told = new Map<number, number>();
	for (const a of confirmedAttempts) told.set(a.applicant, (told.get(a.applicant) ?? 0) + 1);
	for (const [applicant, times] of told)
		check(times === 1, `applicant ${applicant} was told "booked" ${times} times`);

	const inFlightAtStop = (a: Attempt) =>
		a.outcome !== 'confirmed' && stops.some((s) => a.t0 <= s.t1 && a.t1 >= s.t0);
	const unconfirmedKept: Applicant[] = [];
	for (const who of applicants) {
		const own = bookings.filter((b) => b.user_id === who.userId);
		check(own.length <= 1, `${who.email} has ${own.length} bookings`);
		check(
			own.every((b) => b.status === 'active'),
			`${who.email} has a booking that is not active`
		);
		check(
			(mailsOf.get(who.userId!) ?? 0) === own.length,
			`${who.email}: ${mailsOf.get(who.userId!) ?? 0} confirmation mails for ${own.length} bookings`
		);
		if (told.has(who.index)) {
			check(own.length === 1, `${who.email} was told "booked" but has ${own.length} bookings`);
		} else if (own.length > 0) {
			unconfirmedKept.push(who);
			check(
				attempts.some((a) => a.applicant === who.index && inFlightAtStop(a)),
				`${who.email} has a booking no client was told about, without a request in flight at a stop`
			);
		}
	}
	for (const booking of bookings)
		check(byUser.has(booking.user_id), `booking ${booking.id} of an unknown person`);
	for (const s of slots) {
		check(s.booked <= s.capacity, `slot ${s.id}: ${s.booked} booked over capacity ${s.capacity}`);
		check(
			s.booked === Number(s.active),
			`slot ${s.id}: counter ${s.booked}, ${s.active} active bookings`
		);
	}
	const bookedTotal = slots.reduce((sum, s) => sum + s.booked, 0);
	check(
		bookedTotal === SEATS,
		`${bookedTotal} of ${SEATS} seats taken although more applicants wanted one`
	);

	// Everyone with a booking sees it on their own page (also those whose answer was lost).
	const withBooking = applicants.filter((a) => bookings.some((b) => b.user_id === a.userId));
	for (let i = 0; i < withBooking.length; i += 6) {
		await Promise.all(
			withBooking.slice(i, i + 6).map(async (who) => {
				const own = bookings.find((b) => b.user_id === who.userId)!;
				const response = await fetch(`${base}/appointments`, {
					redirect: 'manual',
					headers: { cookie: who.cookie }
				});
				const body = await response.text();
				check(
					response.status === 200 && body.includes(`booking-${own.id}`),
					`${who.email} does not see booking ${own.id} at /appointments (HTTP ${response.status})`
				);
			})
		);
	}

	const errors = attempts.filter((a) => a.outcome === 'error');
	const outsideOutage = attempts.filter(
		(a) =>
			a.outcome === 'unavailable' &&
			!stops.some((s) => a.t1 >= s.t0 && a.t0 <= s.started1 + (s.readyMs ?? 0) + 2000)
	);
	const refused = attempts.filter((a) => a.outcome === 'refused');
	check(
		errors.length === 0,
		`${errors.length} booking requests got an error (not the friendly 503): ${errors
			.slice(0, 3)
			.map((e) => `HTTP ${e.status} ${e.detail}`)
			.join(' | ')}`
	);
	check(
		refused.length === 0,
		`${refused.length} bookings refused unexpectedly: ${refused
			.slice(0, 3)
			.map((e) => `HTTP ${e.status} ${e.detail}`)
			.join(' | ')}`
	);
	check(
		outsideOutage.length === 0,
		`${outsideOutage.length} booking requests got 503 while PostgreSQL was up`
	);
	check(
		badPages.length === 0,
		`${badPages.length} answers while down were not the friendly page: ${[...new Set(badPages)].slice(0, 4).join(' | ')}`
	);
	const duringOutage = attempts.filter((a) => a.outcome === 'unavailable');
	for (const s of stops)
		check(
			duringOutage.some((a) => a.t0 >= s.t1 && a.t1 <= s.started0),
			`${s.mode}: no booking request was answered 503 while PostgreSQL was down`
		);

	// ---- 2. Graceful shutdown on PostgreSQL -----------------------------------------------
	section = 1;
	console.log('2. SIGTERM with bookings in flight (PostgreSQL)');
	const spare = applicants.filter((a) => !bookings.some((b) => b.user_id === a.userId)).slice(0, 6);
	check(
		spare.length === 6,
		`only ${spare.length} applicants without a booking left for the shutdown test`
	);
	const eofBefore = countEof(cluster);
	const shutdown = await sigtermWithBookingsInFlight(app, locker, checker, shutdownSlot, spare);

	// ---- 3. Graceful shutdown on PGlite ----------------------------------------------------
	section = 2;
	console.log('3. SIGTERM with registrations in flight (PGlite), then a second start');
	const pglite = await pgliteShutdown(join(folder, 'pglite', 'portal'));
	const eofAfter = countEof(cluster);
	check(
		eofAfter === eofBefore,
		`PostgreSQL logged ${eofAfter - eofBefore} connections the app dropped without closing them`
	);

	// ---- Summary ---------------------------------------------------------------------------
	const count = (o: Outcome) => attempts.filter((a) => a.outcome === o).length;
	console.log('\nSummary');
	console.log(
		`  booking attempts            ${attempts.length} (${APPLICANTS} applicants, ${WORKERS} at a time, ${(loadMs / 1000).toFixed(1)} s)`
	);
	console.log(`  confirmed to the client     ${count('confirmed')}`);
	console.log(`  session full / retried      ${count('full')}`);
	console.log(`  "already booked" on retry   ${count('already')}`);
	console.log(`  503 (friendly page)         ${count('unavailable')}`);
	console.log(`  errors (500, reset)         ${count('error')}`);
	console.log(
		`  booked, answer lost (seen by the applicant at /appointments): ${unconfirmedKept.length}${unconfirmedKept.length ? ` — of those, told "already booked" on retry: ${unconfirmedKept.filter((a) => a.state === 'already').length}` : ''}`
	);
	console.log(
		`  seats taken                 ${bookedTotal} of ${SEATS}; slots over capacity: ${slots.filter((s) => s.booked > s.capacity).length}; people booked twice: ${applicants.filter((a) => bookings.filter((b) => b.user_id === a.userId).length > 1).length}`
	);
	for (const s of stops)
		console.log(
			`  outage -m ${s.mode.padEnd(9)}      down ${((s.started1 - s.t1) / 1000).toFixed(1)} s, ${s.probes} probe rounds (/healthz 200, /readyz 503, pages 503 nl/en; home page ${[...s.homeStatuses].join('/')}; slowest ${s.slowest.ms} ms ${s.slowest.what}), recovered: /readyz ${s.readyMs} ms, booking ${s.bookingMs} ms after start`
		);
	console.log(`  SIGTERM (PostgreSQL)        ${shutdown}`);
	console.log(`  SIGTERM (PGlite)            ${pglite}`);
	console.log(`  total ${((Date.now() - began) / 1000).toFixed(0)} s`);
}

function countEof(cluster: PrivateCluster): number {
	if (!existsSync(cluster.log)) return 0;
	return (
		readFileSync(cluster.log, 'utf8').match(
			/unexpected EOF on client connection|connection reset by peer/g
		) ?? []
	).length;
}

/** Error output of the process from `since` on (none is expected during a clean stop). */
const ERROR_LINE =
	/error|fail|unhandled|uncaught|exception|ECONN|CONNECTION_|EPIPE|\bat .+:\d+:\d+/i;
function errorLinesSince(app: App, since: number): string[] {
	return app.stderr.filter((l) => l.at >= since && ERROR_LINE.test(l.text)).map((l) => l.text);
}

async function waitExit(
	app: App,
	label: string
): Promise<{ ok: boolean; ms: number; at: number; code: number | null }> {
	const since = Date.now();
	const result = await Promise.race([app.exited, sleep(EXIT_LIMIT_MS).then(() => undefined)]);
	if (!result) {
		check(
			false,
			`${label}: still running ${EXIT_LIMIT_MS / 1000} s after its requests were answered`
		);
		return { ok: false, ms: Date.now() - since, at: Date.now(), code: null };
	}
	check(
		result.code === 0 && result.signal === null,
		`${label}: exit code ${result.code}, signal ${result.signal}`
	);
	return { ok: result.code === 0, ms: result.at - since, at: result.at, code: result.code };
}

async function sigtermWithBookingsInFlight(
	app: App,
	locker: postgres.Sql,
	checker: postgres.Sql,
	slotId: string,
	who: Applicant[]
): Promise<string> {
	// Hold the slot's row: every booking for it waits inside its transaction, in the app.
	const lock = await locker.reserve();
	await lock`begin`;
	await lock`select id from slot where id = ${slotId} for update`;
	const held = who.map(
		(a) =>
			new HeldRequest(
				APP_PORT,
				'/appointments/book?/book',
				{ slotId, interpreterLanguage: '' },
				a.cookie
			)
	);
	await Promise.all(held.map((h) => h.accepted));
	held.forEach((h) => h.finish());
	let waiting = 0;
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		const [row] = await checker<{ n: string }[]>`
			select count(*) as n from pg_stat_activity
			where datname = 'portal' and wait_event_type = 'Lock' and state = 'active'`;
		waiting = Number(row.n);
		if (waiting >= held.length) break;
		await sleep(100);
	}
	check(
		waiting === held.length,
		`only ${waiting} of ${held.length} bookings reached the database before SIGTERM`
	);
	const signalled = Date.now();
	app.signal('SIGTERM');
	await sleep(700);
	check(
		await connectionRefused(APP_PORT),
		'PostgreSQL app: a new connection was accepted after SIGTERM'
	);
	check(app.running, 'PostgreSQL app: exited before its in-flight requests were answered');
	await lock`rollback`;
	lock.release();
	const released = Date.now();
	const answers = await Promise.allSettled(held.map((h) => h.response));
	let booked = 0;
	for (const [i, answer] of answers.entries()) {
		if (answer.status === 'rejected') {
			check(
				false,
				`PostgreSQL app: in-flight booking ${i} got no answer: ${(answer.reason as Error).message}`
			);
		} else if (
			answer.value.status === 303 &&
			answer.value.headers.location?.includes('done=booked')
		) {
			booked++;
		} else {
			check(false, `PostgreSQL app: in-flight booking ${i} answered HTTP ${answer.value.status}`);
		}
	}
	const exit = await waitExit(app, 'PostgreSQL app');
	const errorsOut = errorLinesSince(app, signalled);
	check(
		errorsOut.length === 0,
		`PostgreSQL app: stderr during shutdown: ${errorsOut.slice(0, 3).join(' | ')}`
	);
	check(
		app.stdout.some((l) => l.text.includes(STOPPED_LINE)),
		'PostgreSQL app: jobs and database were not stopped in order'
	);
	const [row] = await checker<{ booked: number; active: string }[]>`
		select booked, (select count(*) from booking b where b.slot_id = s.id and b.status = 'active') as active
		from slot s where id = ${slotId}`;
	check(
		row.booked === booked && Number(row.active) === booked,
		`PostgreSQL app: ${booked} told "booked", database has ${row.booked} seats and ${row.active} bookings`
	);
	// The pool said goodbye: no connection of the app is left on the server.
	let left = -1;
	for (let i = 0; i < 30; i++) {
		const [n] = await checker<{ n: string }[]>`
			select count(*) as n from pg_stat_activity where datname = 'portal'
			and backend_type = 'client backend' and application_name <> 'outage-test'`;
		left = Number(n.n);
		if (left === 0) break;
		await sleep(100);
	}
	if (left !== 0) {
		const rows = await checker<{ state: string; age: string; query: string }[]>`
			select state, (now() - backend_start)::text as age, left(query, 60) as query
			from pg_stat_activity where datname = 'portal'
			and backend_type = 'client backend' and application_name <> 'outage-test'`;
		check(
			false,
			`PostgreSQL app: ${left} connections still open after exit: ${JSON.stringify(rows.slice(0, 5))}`
		);
	}
	const stoppedAt = app.stdout.find((l) => l.text.includes(STOPPED_LINE))?.at;
	return `${held.length} bookings in flight (waiting on a row lock), ${booked} answered 303 after SIGTERM; new connections refused; jobs stopped and pool closed ${stoppedAt ? stoppedAt - released : '?'} ms, exit ${exit.code} ${exit.at - released} ms after the row lock was released; no error output`;
}

async function pgliteShutdown(dir: string): Promise<string> {
	const lockFile = `${dir}.lock`;
	const env = { PGLITE_DIR: dir, DEMO_DATA: 'false', BOOKING_JOBS_INTERVAL_SECONDS: '1' };
	const first = new App({ build: BUILD, port: APP_PORT, label: 'app on PGlite', env });
	apps.push(first);
	cleanups.push(() => first.stop());
	const readyMs = await first.waitReady();
	check(
		existsSync(lockFile) && readFileSync(lockFile, 'utf8').trim() === String(first.pid),
		'PGlite app: no lock file with its pid'
	);
	const run = Date.now().toString(36);
	const held = Array.from(
		{ length: 4 },
		(_, i) =>
			new HeldRequest(APP_PORT, '/register', {
				name: `Afsluit Aanvrager ${i}`,
				email: `afsluiten.${run}.${i}@example.org`,
				password: 'een lange zin voor de afsluittest',
				language: 'nl',
				municipality: 'leidschendam-voorburg'
			})
	);
	// The server has read each request's headers (it said 100 Continue); half the body is sent.
	await Promise.all(held.map((h) => h.accepted));
	const signalled = Date.now();
	first.signal('SIGTERM');
	await sleep(700);
	check(
		await connectionRefused(APP_PORT),
		'PGlite app: a new connection was accepted after SIGTERM'
	);
	check(first.running, 'PGlite app: exited before its in-flight requests were answered');
	held.forEach((h) => h.finish());
	const cookies: string[] = [];
	for (const [i, answer] of (await Promise.allSettled(held.map((h) => h.response))).entries()) {
		if (answer.status === 'rejected') {
			check(
				false,
				`PGlite app: in-flight registration ${i} got no answer: ${(answer.reason as Error).message}`
			);
			continue;
		}
		const cookie = answer.value.cookies.find((c) => c.startsWith('session='))?.split(';')[0];
		if (
			check(
				answer.value.status === 303 && !!cookie?.startsWith('session='),
				`PGlite app: in-flight registration ${i} answered HTTP ${answer.value.status}`
			)
		)
			cookies.push(cookie!);
	}
	const exit = await waitExit(first, 'PGlite app');
	const errorsOut = errorLinesSince(first, signalled);
	check(
		errorsOut.length === 0,
		`PGlite app: stderr during shutdown: ${errorsOut.slice(0, 3).join(' | ')}`
	);
	check(
		first.stdout.some((l) => l.text.includes(STOPPED_LINE)),
		'PGlite app: jobs and database were not stopped in order'
	);
	check(!existsSync(lockFile), 'PGlite app: lock file left behind');

	// A second start on the same folder works and has what the first one wrote.
	const second = new App({ build: BUILD, port: APP_PORT, label: 'second app on PGlite', env });
	apps.push(second);
	cleanups.push(() => second.stop());
	await second.waitReady();
	let seen = 0;
	for (const cookie of cookies) {
		const response = await fetch(`${second.base}/my`, { redirect: 'manual', headers: { cookie } });
		await response.arrayBuffer();
		if (response.status === 200) seen++;
	}
	check(
		seen === cookies.length && cookies.length === 4,
		`PGlite: ${seen} of ${cookies.length} sessions made during shutdown work after a restart`
	);
	second.signal('SIGTERM');
	const again = await waitExit(second, 'second PGlite app');
	check(!existsSync(lockFile), 'second PGlite app: lock file left behind');
	return `start ${(readyMs / 1000).toFixed(1)} s; 4 registrations in flight, ${cookies.length} answered 303 after SIGTERM; exit ${exit.code} after ${exit.ms} ms; lock released; restart saw ${seen} of them; second exit ${again.code}`;
}

try {
	await main();
} catch (error) {
	failures.push(`aborted: ${(error as Error).stack ?? error}`);
	// This part and those after it did not run to the end.
	for (let i = section; i < SECTIONS.length; i++) failedSections.add(i);
} finally {
	await cleanUp();
}
if (failures.length) {
	mkdirSync('test-results/outage', { recursive: true });
	for (const [i, app] of apps.entries()) {
		const file = `test-results/outage/app-${i + 1}.log`;
		writeFileSync(file, app.tail(Infinity) + '\n');
		console.log(
			`\n--- last output of the ${app.options.label} (all of it: ${file}) ---\n${app.tail(25)}`
		);
	}
	console.log(`\nOUTAGE TEST FAILED (${failures.length}):`);
	for (const f of failures) console.log(`  - ${f}`);
	console.log(
		`outage: ${SECTIONS.length - failedSections.size} passed, ${failedSections.size} failed`
	);
	process.exit(1);
}
console.log('\nOUTAGE TEST PASSED');
console.log(`outage: ${SECTIONS.length} passed, 0 failed`);
process.exit(0);
