import type { Database } from '../db';
import { startJobs, type Job, type RunningJobs } from '../jobs/runner';
import { deliverPendingMail, smtpTransport } from '../mail/deliver';
import { queueDueReminders } from './reminders';

/**
 * BOOKING_JOBS_INTERVAL_SECONDS (default 60; 0 turns the jobs off in this instance).
 * Reminders are queued the day before; mail is delivered when SMTP_URL is set.
 */
export function bookingJobs(db: Database, env: NodeJS.ProcessEnv = process.env): Job[] {
	const seconds = Number(env.BOOKING_JOBS_INTERVAL_SECONDS ?? 60);
	if (!Number.isFinite(seconds) || seconds <= 0) return [];
	const intervalMs = seconds * 1000;
	const jobs: Job[] = [{ name: 'booking-reminders', intervalMs, run: () => queueDueReminders(db) }];
	const transport = smtpTransport();
	if (transport) {
		jobs.push({ name: 'mail-delivery', intervalMs, run: () => deliverPendingMail(db, transport) });
	}
	return jobs;
}

let running: RunningJobs | undefined;

/** Started once from the server's init; startup.ts stops every job before the database closes. */
export function startBookingJobs(db: Database): RunningJobs {
	running ??= startJobs(bookingJobs(db));
	return running;
}
