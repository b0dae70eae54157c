import { eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { location, municipality } from '../db/schema';
import { municipalityConfigs } from './config';

/**
 * Makes the municipality table match the configuration: inserts new municipalities (with their
 * locations) and updates contact details of existing ones. Runs at every start; idempotent.
 */
export async function syncMunicipalities(db: Executor): Promise<void> {
	for (const entry of municipalityConfigs()) {
		const values = {
			slug: entry.slug,
			name: entry.name,
			phone: entry.phone,
			websiteUrl: entry.websiteUrl,
			openingHours: entry.openingHours
		};
		const [row] = await db
			.insert(municipality)
			.values(values)
			.onConflictDoUpdate({ target: municipality.slug, set: values })
			.returning({ id: municipality.id });
		const existing = await db
			.select({ name: location.name })
			.from(location)
			.where(eq(location.municipalityId, row.id));
		const known = new Set(existing.map((l) => l.name));
		const missing = entry.locations.filter((l) => !known.has(l.name));
		if (missing.length > 0) {
			await db.insert(location).values(missing.map((l) => ({ ...l, municipalityId: row.id })));
		}
	}
}
