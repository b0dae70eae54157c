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

/** Every schedule started in this process and not yet stopped. */
const active = new Set<RunningJobs>();

/**
 * Stops every job started in this process and waits for runs in progress: at shutdown, before
 * the database closes (startup.ts), so no run is cut off halfway or hits a closed pool.
 */
export async function stopAllJobs(): Promise<void> {
	await Promise.allSettled([...active].map((running) => running.stop()));
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

	const running: RunningJobs = {
		async stop() {
			stopped = true;
			active.delete(running);
			for (const timer of timers) clearTimeout(timer);
			timers.clear();
			await Promise.allSettled([...inFlight]);
		}
	};
	active.add(running);
	return running;
}
