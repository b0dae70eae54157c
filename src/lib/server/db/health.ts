import { sql } from 'drizzle-orm';
import { db } from './index';

/** Whether the database answers within the time given; never throws. */
export async function isDatabaseReachable(timeoutMs = 1500): Promise<boolean> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	try {
		const timeout = new Promise<false>((resolve) => {
			timer = setTimeout(() => resolve(false), timeoutMs);
		});
		const probe = db()
			.execute(sql`select 1`)
			.then(() => true)
			.catch(() => false);
		return await Promise.race([probe, timeout]);
	} catch {
		return false;
	} finally {
		clearTimeout(timer);
	}
}
