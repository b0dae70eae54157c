import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Takes `<folder>.lock` for this process. Throws when another live process holds it;
 * a lock left by a process that died is taken over. Returns the release function.
 */
export function acquireFolderLock(folder: string): () => void {
	const lockPath = `${folder}.lock`;
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(lockPath, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			let released = false;
			return () => {
				if (released) return;
				released = true;
				try {
					unlinkSync(lockPath);
				} catch {
					// already gone
				}
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const pid = Number(readFileSync(lockPath, 'utf8').trim());
			if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
				throw new Error(
					`The embedded database in ${folder} is in use by process ${pid}. ` +
						'PGlite serves one process only: stop that process, or set DATABASE_URL to use PostgreSQL for several instances.',
					{ cause: error }
				);
			}
			unlinkSync(lockPath); // stale lock from a process that is gone
		}
	}
	throw new Error(`Could not lock ${lockPath}`);
}
