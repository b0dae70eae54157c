import { config } from './config';
import { closeDatabase, db, initDatabase } from './db';
import { printDemoAccounts, seedDemoData } from './demo/seed';
import { syncMunicipalities } from './municipality/sync';
import './demo/seeders';
import { startAssistant, stopAssistant } from './assistant/start';
import { startBookingJobs } from './booking/jobs';
import { startRetentionJobs } from './retention/jobs';
import { stopAllJobs } from './jobs/runner';

/**
 * Everything the server does once before it takes requests: open and migrate the database,
 * make municipalities match the configuration, and load demo data into an empty database.
 */
export async function startServer(): Promise<void> {
	const cfg = config();
	const handle = await initDatabase();
	// Instances started together take turns here (an advisory lock on PostgreSQL), so two never
	// sync the same content or seed the same empty database at once.
	await handle.exclusive(async () => {
		await syncMunicipalities(db());
		await startAssistant(db());
		if (cfg.demoData) {
			if (cfg.production) {
				console.warn('DEMO_DATA is ignored in production mode (NODE_ENV=production).');
			} else {
				await seedDemoData(db());
				printDemoAccounts();
			}
		}
	});
	// Reminders and mail delivery (booking): a row-locked job, safe with several instances.
	startBookingJobs(db());
	// Retention (README "Retention"): erases drafts, anonymises closed files; row-locked too.
	startRetentionJobs(db());
}

/**
 * At shutdown (adapter-node's `sveltekit:shutdown`, after in-flight requests are answered): stop
 * every background job (booking, assistant, anything started through jobs/runner.ts), wait for
 * runs in progress, then close the database (PGlite also releases its lock file).
 */
export async function stopServer(): Promise<void> {
	try {
		stopAssistant();
		await stopAllJobs();
	} finally {
		await closeDatabase();
	}
	console.log('Stopped: background jobs finished, database closed.');
}
