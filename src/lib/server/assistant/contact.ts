/** How to reach the municipality, for people the assistant cannot help and who are not logged in. */
import { eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { municipality } from '../db/schema-core';

export interface ContactDetails {
	name: string;
	phone: string;
	/** Opening hours in the page's language, else Dutch. */
	openingHours: string;
	websiteUrl: string;
}

export async function getContactDetails(
	db: Executor,
	which: { municipalityId: string } | { slug: string },
	locale: string
): Promise<ContactDetails | null> {
	const [row] = await db
		.select()
		.from(municipality)
		.where(
			'municipalityId' in which
				? eq(municipality.id, which.municipalityId)
				: eq(municipality.slug, which.slug)
		)
		.limit(1);
	if (!row) return null;
	return {
		name: row.name,
		phone: row.phone,
		openingHours: row.openingHours[locale] ?? row.openingHours.nl ?? '',
		websiteUrl: row.websiteUrl
	};
}
