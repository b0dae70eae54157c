import { and, asc, count, desc, eq, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { location, user } from '../db/schema-core';
import { booking, slot, type SlotType } from './schema';
import { consultant, getBookingDetails, selectSlots, slotColumns } from './details';
import { UUID } from './errors';

/** The person's bookings with place and consultant, soonest first. */
export async function listMyBookings(db: Executor, userId: string) {
	return db
		.select({
			id: booking.id,
			type: booking.type,
			status: booking.status,
			interpreterLanguage: booking.interpreterLanguage,
			attendance: booking.attendance,
			cancelOrigin: booking.cancelOrigin,
			slot: slotColumns
		})
		.from(booking)
		.innerJoin(slot, eq(slot.id, booking.slotId))
		.innerJoin(location, eq(location.id, slot.locationId))
		.leftJoin(consultant, eq(consultant.id, slot.consultantId))
		.where(eq(booking.userId, userId))
		.orderBy(asc(slot.startsAt))
		.limit(200);
}

/** One of the person's own bookings; someone else's is "not found", never shown. */
export async function getMyBooking(db: Executor, userId: string, bookingId: string) {
	if (!UUID.test(bookingId)) return undefined;
	const details = await getBookingDetails(db, bookingId);
	return details && details.userId === userId ? details : undefined;
}

/** Staff list: slots of the municipality in a period, with seats taken and interpreter requests. */
export async function listSlotsForStaff(
	db: Executor,
	municipalityId: string,
	filter: { from: Date; to: Date; type?: SlotType }
) {
	const slots = await selectSlots(
		db,
		and(
			eq(slot.municipalityId, municipalityId),
			gte(slot.startsAt, filter.from),
			lt(slot.startsAt, filter.to),
			filter.type ? eq(slot.type, filter.type) : undefined
		)
	)
		.orderBy(asc(slot.startsAt))
		.limit(300);
	const interpreters = await interpreterRequests(
		db,
		slots.map((s) => s.id)
	);
	return slots.map((s) => ({ ...s, interpreters: interpreters.get(s.id) ?? [] }));
}

/** Languages asked for per slot (active bookings only). */
async function interpreterRequests(db: Executor, slotIds: string[]) {
	const byslot = new Map<string, string[]>();
	if (slotIds.length === 0) return byslot;
	const rows = await db
		.select({ slotId: booking.slotId, language: booking.interpreterLanguage, n: count() })
		.from(booking)
		.where(
			and(
				inArray(booking.slotId, slotIds),
				eq(booking.status, 'active'),
				isNotNull(booking.interpreterLanguage)
			)
		)
		.groupBy(booking.slotId, booking.interpreterLanguage);
	for (const row of rows) {
		const list = byslot.get(row.slotId) ?? [];
		list.push(row.language!);
		byslot.set(row.slotId, list);
	}
	return byslot;
}

/** A slot with everyone booked on it, for staff of its municipality only. */
export async function getSlotForStaff(db: Executor, municipalityId: string, slotId: string) {
	if (!UUID.test(slotId)) return undefined;
	const [found] = await selectSlots(
		db,
		and(eq(slot.id, slotId), eq(slot.municipalityId, municipalityId))
	).limit(1);
	if (!found) return undefined;
	const people = await db
		.select({
			id: booking.id,
			status: booking.status,
			attendance: booking.attendance,
			interpreterLanguage: booking.interpreterLanguage,
			cancelOrigin: booking.cancelOrigin,
			userId: user.id,
			name: user.name,
			email: user.email
		})
		.from(booking)
		.innerJoin(user, eq(user.id, booking.userId))
		.where(eq(booking.slotId, slotId))
		.orderBy(sql`${booking.status} = 'cancelled'`, asc(user.name));
	const talks =
		found.type === 'info_session'
			? await selectSlots(db, eq(slot.parentSlotId, slotId)).orderBy(asc(slot.startsAt))
			: [];
	return { slot: found, people, talks };
}

/** A consultant's appointments on one day (talks, intakes, conversations, sessions they hold). */
export async function listConsultantDay(db: Executor, consultantId: string, from: Date, to: Date) {
	const slots = await selectSlots(
		db,
		and(
			eq(slot.consultantId, consultantId),
			eq(slot.status, 'open'),
			gte(slot.startsAt, from),
			lt(slot.startsAt, to)
		)
	).orderBy(asc(slot.startsAt));
	const ids = slots.map((s) => s.id);
	const people = ids.length
		? await db
				.select({
					slotId: booking.slotId,
					bookingId: booking.id,
					attendance: booking.attendance,
					interpreterLanguage: booking.interpreterLanguage,
					userId: user.id,
					name: user.name
				})
				.from(booking)
				.innerJoin(user, eq(user.id, booking.userId))
				.where(and(inArray(booking.slotId, ids), inArray(booking.status, ['active', 'closed'])))
				.orderBy(asc(user.name))
		: [];
	return slots.map((s) => ({ slot: s, people: people.filter((p) => p.slotId === s.id) }));
}

/** A client's appointments for the client file, newest first. */
export async function listBookingsOfClient(db: Executor, userId: string, limit = 20) {
	return db
		.select({
			id: booking.id,
			type: booking.type,
			status: booking.status,
			attendance: booking.attendance,
			interpreterLanguage: booking.interpreterLanguage,
			startsAt: slot.startsAt,
			endsAt: slot.endsAt,
			consultantName: consultant.name,
			slotId: slot.id
		})
		.from(booking)
		.innerJoin(slot, eq(slot.id, booking.slotId))
		.leftJoin(consultant, eq(consultant.id, slot.consultantId))
		.where(eq(booking.userId, userId))
		.orderBy(desc(slot.startsAt))
		.limit(limit);
}

/**
 * The next appointment of each of many people, in one query (the caseload shows it per client):
 * the earliest active booking that has not started yet.
 */
export async function nextAppointmentsOf(
	db: Executor,
	userIds: readonly string[],
	after: Date = new Date()
): Promise<Map<string, Date>> {
	const next = new Map<string, Date>();
	if (userIds.length === 0) return next;
	const rows = await db
		.select({ userId: booking.userId, startsAt: sql`min(${slot.startsAt})`.mapWith(slot.startsAt) })
		.from(booking)
		.innerJoin(slot, eq(slot.id, booking.slotId))
		.where(
			and(
				inArray(booking.userId, [...userIds]),
				eq(booking.status, 'active'),
				sql`${slot.startsAt} > ${after.toISOString()}::timestamptz`
			)
		)
		.groupBy(booking.userId);
	for (const row of rows) next.set(row.userId, row.startsAt as Date);
	return next;
}
