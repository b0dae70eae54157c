import { eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { municipality } from '../db/schema';

export async function getMunicipalityById(db: Executor, id: string) {
	const [row] = await db.select().from(municipality).where(eq(municipality.id, id)).limit(1);
	return row;
}
