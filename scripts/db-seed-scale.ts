// `npm run db:seed:scale -- --clients 400000 [--municipalities 340] [--appointments 10] [--parallel 2]`:
// fills PostgreSQL (DATABASE_URL) with a national-scale synthetic dataset to measure the staff
// pages (npm run bench:staff). --clients is the number of people on benefit today; with those who
// left during the 25-month history the database holds about 1.8 times as many client accounts.
// Set-based SQL (INSERT … SELECT over generate_series), one municipality per transaction,
// --parallel municipalities at a time (one database connection each).
import { sql } from 'drizzle-orm';
import { config } from '../src/lib/server/config';
import { closeDatabase, db, databaseDriver, initDatabase } from '../src/lib/server/db';
import { listMunicipalities } from '../src/lib/server/auth/accounts';
import { syncMunicipalities } from '../src/lib/server/municipality/sync';
import { todayIso } from '../src/lib/server/trajectory/dates';
import {
	SCALE_SLUG_PREFIX,
	bookingTablesExist,
	canBulkLoad,
	createScaleMunicipalities,
	isScaleSeeded,
	municipalitySizes,
	seedCatalogueAndTargets,
	seedScaleMunicipality
} from '../src/lib/server/trajectory/scale';
import { fail, readArgs } from './cli';

/** People on benefit in the three configured municipalities (roughly their real size). */
const CONFIGURED_SIZES: Record<string, number> = {
	'leidschendam-voorburg': 1100,
	voorschoten: 380,
	wassenaar: 330
};

const args = readArgs();
const clients = Number(args.clients ?? 400_000);
const count = Number(args.municipalities ?? 340);
const appointments = Number(args.appointments ?? 10);
const parallel = Number(args.parallel ?? 2);
if (!Number.isInteger(clients) || clients < 5000) fail('--clients must be a whole number ≥ 5000');
if (!Number.isInteger(count) || count < 1) fail('--municipalities must be ≥ 1');
if (!Number.isInteger(parallel) || parallel < 1 || parallel > 8) fail('--parallel must be 1…8');
if (config().production)
	fail('Refused: no synthetic data in production mode (NODE_ENV=production).');
if (!process.env.DATABASE_URL) fail('Set DATABASE_URL: the scale dataset is for PostgreSQL.');

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(0);
await initDatabase();
if (databaseDriver() !== 'postgres') fail('The scale dataset needs PostgreSQL (DATABASE_URL).');
await syncMunicipalities(db());
if (await isScaleSeeded(db())) {
	fail('This database already holds the scale dataset; seed a fresh database instead.');
}
const configured = (await listMunicipalities(db())).filter((m) => CONFIGURED_SIZES[m.slug]);
const synthetic = await createScaleMunicipalities(db(), count);
const rest = clients - configured.reduce((n, m) => n + CONFIGURED_SIZES[m.slug], 0);
const sizes = municipalitySizes(rest, synthetic.length);
const jobs = [
	...configured.map((m) => ({
		id: m.id,
		slug: `${SCALE_SLUG_PREFIX}${m.slug}`,
		name: m.name,
		size: CONFIGURED_SIZES[m.slug]
	})),
	...synthetic.map((m, i) => ({ ...m, name: m.slug, size: sizes[i] }))
].sort((a, b) => b.size - a.size);
await seedCatalogueAndTargets(
	db(),
	jobs.map((j) => j.id)
);
const withAppointments = appointments > 0 && (await bookingTablesExist(db()));
const bulk = await canBulkLoad(db());
console.log(
	`${jobs.length} municipalities, ${clients} people on benefit (largest ${jobs[0].size}, smallest ${jobs.at(-1)!.size}); ` +
		`appointments: ${withAppointments ? `${appointments} per client` : 'none (no booking tables)'}; ` +
		`${parallel} at a time${bulk ? ', foreign-key triggers skipped during the load' : ''}`
);

const today = todayIso();
let done = 0;
let people = 0;
let next = 0;
async function worker() {
	while (next < jobs.length) {
		const job = jobs[next++];
		const result = await seedScaleMunicipality(db(), job, job.size, {
			today,
			appointments: withAppointments ? appointments : 0,
			bulk
		});
		people += result.people;
		done += 1;
		if (done % 20 === 0 || done === jobs.length || done <= 2) {
			console.log(
				`  ${done}/${jobs.length} municipalities, ${people} client accounts, ${seconds()} s`
			);
		}
	}
}
await Promise.all(Array.from({ length: parallel }, worker));
// As autovacuum would in production: statistics for the planner, and the visibility map so
// index-only scans need not visit the table.
console.log('VACUUM ANALYZE…');
await db().execute(sql`vacuum analyze`);
console.log(`Done in ${seconds()} s.`);
await closeDatabase();
