/** Test factories for booking (used by *.spec.ts and bench/booking.ts, never by the app). */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { location, municipality, user, type Role } from '../db/schema-core';
import type { SlotType } from './schema';
import { insertSlots } from './plan';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export async function placeOf(db: Executor, slug = 'leidschendam-voorburg') {
	const [row] = await db
		.select({ municipalityId: municipality.id, locationId: location.id })
		.from(municipality)
		.innerJoin(location, eq(location.municipalityId, municipality.id))
		.where(eq(municipality.slug, slug))
		.limit(1);
	return row;
}

export async function makePerson(
	db: Executor,
	options: { slug?: string; role?: Role; locale?: string; name?: string } = {}
) {
	const place = await placeOf(db, options.slug);
	const [row] = await db
		.insert(user)
		.values({
			municipalityId: place.municipalityId,
			email: `${randomUUID()}@example.org`,
			name: options.name ?? 'Test Persoon',
			// Never used to log in: tests call the domain functions directly.
			passwordHash: 'not-a-hash',
			role: options.role ?? 'applicant',
			preferredLocale: options.locale ?? 'nl'
		})
		.returning();
	return row;
}

export async function makeSlot(
	db: Executor,
	options: {
		type?: SlotType;
		startsAt: Date;
		minutes?: number;
		capacity?: number;
		slug?: string;
		parentSlotId?: string;
		consultantId?: string | null;
	}
) {
	const place = await placeOf(db, options.slug);
	const [id] = await insertSlots(db, [
		{
			municipalityId: place.municipalityId,
			locationId: place.locationId,
			type: options.type ?? 'info_session',
			startsAt: options.startsAt,
			endsAt: new Date(options.startsAt.getTime() + (options.minutes ?? 60) * 60_000),
			capacity: options.capacity ?? 12,
			consultantId: options.consultantId ?? null,
			parentSlotId: options.parentSlotId ?? null
		}
	]);
	return id;
}
