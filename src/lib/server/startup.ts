import { config } from './config';
import { db, initDatabase } from './db';
import { printDemoAccounts, seedDemoData } from './demo/seed';
import { syncMunicipalities } from './municipality/sync';
import './demo/seeders';
import { startAssistant } from './assistant/start';
import { startBookingJobs } from './booking/jobs';
import { startRetentionJobs } from './retention/jobs';

/**
 * Everything the server does once before it takes requests: open and migrate the database,
 * make municipalities match the configuration, and load demo data into an empty database.
 */
export async function startServer(): Promise<void> {
	const cfg = config();
	await initDatabase();
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
	// Reminders and mail delivery (booking): a row-locked job, safe with several instances.
	startBookingJobs(db());
	// Retention (README "Retention"): erases drafts, anonymises closed files; row-locked too.
	startRetentionJobs(db());
}
