// `npm run retention:run [-- --dry-run]`: one pass of the retention policy (README "Retention")
// on DATABASE_URL or the embedded database, printing what it did; with --dry-run only how many
// drafts and people are due, changing nothing. The app runs the same pass on a schedule.
import { closeDatabase, db, initDatabase } from '../src/lib/server/db';
import { describeReport, runRetention } from '../src/lib/server/retention/run';
import { readRetentionSettings, RetentionConfigError } from '../src/lib/server/retention/settings';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--dry-run' && a !== '--help');
if (args.includes('--help') || unknown.length > 0) {
	if (unknown.length > 0) console.error(`Unknown argument: ${unknown.join(' ')}`);
	console.error('Usage: npm run retention:run [-- --dry-run]');
	process.exit(unknown.length > 0 ? 2 : 0);
}

let settings;
try {
	settings = readRetentionSettings();
} catch (error) {
	if (error instanceof RetentionConfigError) {
		console.error(`Retention settings: ${error.message}`);
		process.exit(2);
	}
	throw error;
}

await initDatabase();
try {
	const report = await runRetention(db(), settings, { dryRun: args.includes('--dry-run') });
	console.log(
		`periods: closed files ${settings.closedFileDays} days, inactive applicants ${settings.inactiveApplicantDays} days, drafts ${settings.draftDays} days (batch ${settings.batchSize})`
	);
	for (const line of describeReport(report)) console.log(line);
} finally {
	await closeDatabase();
}
