/**
 * A small scheduler for background work (reminders, mail delivery). Each job runs on its own
 * interval, never overlapping itself; its state lives in the database, so a restart loses nothing
 * and several instances can run the same jobs (each job claims its rows with a row lock).
 */
export interface Job {
	name: string;
	intervalMs: number;
	run(): Promise<unknown>;
}

export interface RunningJobs {
	/** Stops scheduling and waits for runs in progress. */
	stop(): Promise<void>;
}

export function startJobs(jobs: Job[], log: (line: string) => void = console.error): RunningJobs {
	let stopped = false;
	const timers = new Set<NodeJS.Timeout>();
	const inFlight = new Set<Promise<unknown>>();

	function schedule(job: Job, delay: number) {
		if (stopped) return;
		const timer = setTimeout(() => {
			timers.delete(timer);
			const run = job
				.run()
				.catch((error) => log(`job ${job.name} failed: ${(error as Error)?.message ?? error}`))
				.finally(() => {
					inFlight.delete(run);
					schedule(job, job.intervalMs);
				});
			inFlight.add(run);
		}, delay);
		// Timers never keep the process alive on their own.
		timer.unref();
		timers.add(timer);
	}

	// A small random first delay, so instances started together do not all knock at once.
	for (const job of jobs) schedule(job, Math.min(job.intervalMs, 1000 + Math.random() * 2000));

	return {
		async stop() {
			stopped = true;
			for (const timer of timers) clearTimeout(timer);
			timers.clear();
			await Promise.allSettled([...inFlight]);
		}
	};
}
