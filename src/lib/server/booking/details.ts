import { eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../db';
import { location, municipality, user } from '../db/schema-core';
import { booking, slot } from './schema';

/** A slot with what people need to see: place and consultant. */
export const consultant = alias(user, 'consultant');

export const slotColumns = {
	id: slot.id,
	municipalityId: slot.municipalityId,
	type: slot.type,
	status: slot.status,
	parentSlotId: slot.parentSlotId,
	startsAt: slot.startsAt,
	endsAt: slot.endsAt,
	capacity: slot.capacity,
	booked: slot.booked,
	locationId: slot.locationId,
	locationName: location.name,
	locationAddress: location.address,
	consultantId: slot.consultantId,
	consultantName: consultant.name,
	cancelReason: slot.cancelReason
};

export function selectSlots(db: Executor, where: SQL | undefined) {
	return db
		.select(slotColumns)
		.from(slot)
		.innerJoin(location, eq(location.id, slot.locationId))
		.leftJoin(consultant, eq(consultant.id, slot.consultantId))
		.where(where);
}

export type SlotDetails = Awaited<ReturnType<typeof selectSlots>>[number];

/** Everything an e-mail, a calendar file or a page says about one booking. */
export async function getBookingDetails(db: Executor, bookingId: string) {
	const [row] = await db
		.select({
			id: booking.id,
			status: booking.status,
			type: booking.type,
			icsUid: booking.icsUid,
			sequence: booking.sequence,
			interpreterLanguage: booking.interpreterLanguage,
			attendance: booking.attendance,
			cancelOrigin: booking.cancelOrigin,
			cancelReason: booking.cancelReason,
			createdAt: booking.createdAt,
			updatedAt: booking.updatedAt,
			userId: user.id,
			userName: user.name,
			userEmail: user.email,
			userLocale: user.preferredLocale,
			municipalityId: booking.municipalityId,
			municipalityName: municipality.name,
			municipalityPhone: municipality.phone,
			slot: slotColumns
		})
		.from(booking)
		.innerJoin(user, eq(user.id, booking.userId))
		.innerJoin(municipality, eq(municipality.id, booking.municipalityId))
		.innerJoin(slot, eq(slot.id, booking.slotId))
		.innerJoin(location, eq(location.id, slot.locationId))
		.leftJoin(consultant, eq(consultant.id, slot.consultantId))
		.where(eq(booking.id, bookingId))
		.limit(1);
	return row;
}

export type BookingDetails = NonNullable<Awaited<ReturnType<typeof getBookingDetails>>>;
