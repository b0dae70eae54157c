import { eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { municipality } from '../db/schema';

type Municipality = typeof municipality.$inferSelect;

/**
 * Municipalities change only when the configuration is synced at start-up (municipality/sync.ts),
 * yet nearly every page of a signed-in person shows its name and contact details. So a row is kept
 * for a minute per database: one query less per page, and a new configuration is seen within a
 * minute by every instance (nothing here must be shared between instances).
 */
const KEEP_MS = 60_000;
const cache = new WeakMap<object, Map<string, { row: Municipality | undefined; at: number }>>();

export async function getMunicipalityById(
	db: Executor,
	id: string
): Promise<Municipality | undefined> {
	let rows = cache.get(db);
	if (!rows) cache.set(db, (rows = new Map()));
	const kept = rows.get(id);
	if (kept && Date.now() - kept.at < KEEP_MS) return kept.row;
	const [row] = await db.select().from(municipality).where(eq(municipality.id, id)).limit(1);
	if (row) rows.set(id, { row, at: Date.now() });
	return row;
}
