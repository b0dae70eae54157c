import type { Database } from '../db';
import { startJobs, type Job, type RunningJobs } from '../jobs/runner';
import { describeReport, runRetention } from './run';
import { retentionSettings, type RetentionSettings } from './settings';

/** The scheduled pass; none when RETENTION_JOB_INTERVAL_MINUTES is 0 in this instance. */
export function retentionJobs(
	db: Database,
	settings: RetentionSettings = retentionSettings()
): Job[] {
	if (settings.intervalMinutes === 0) return [];
	return [
		{
			name: 'retention',
			intervalMs: settings.intervalMinutes * 60_000,
			async run() {
				const report = await runRetention(db, settings);
				const total = report.drafts + report.people.closed_file + report.people.inactive_applicant;
				if (total > 0) console.log(describeReport(report).join('\n'));
				return report;
			}
		}
	];
}

let running: RunningJobs | undefined;

/**
 * Started once from the server's init (startup.ts). Reads and validates the settings first, so
 * a wrong RETENTION_* value stops the start with a clear message. Safe with several instances:
 * each person and each draft is claimed with a row lock.
 */
export function startRetentionJobs(db: Database): RunningJobs {
	running ??= startJobs(retentionJobs(db));
	return running;
}
