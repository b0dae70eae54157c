import { sql } from 'drizzle-orm';
import {
	check,
	date,
	index,
	integer,
	pgEnum,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import { location, municipality, user } from '../db/schema-core';

/**
 * What a slot is for: the group information session (voorlichting), the short individual talk
 * after it, the intake conversation with a work consultant, and the income conversation.
 */
export const slotTypeEnum = pgEnum('slot_type', ['info_session', 'talk', 'intake', 'income']);
export const slotStatusEnum = pgEnum('slot_status', ['open', 'cancelled']);
/** active: holds a seat; closed: its time has passed (history); cancelled: seat given back. */
export const bookingStatusEnum = pgEnum('booking_status', ['active', 'closed', 'cancelled']);
export const attendanceEnum = pgEnum('booking_attendance', ['attended', 'no_show']);
/** Who ended a booking: the person, a staff member, the slot being cancelled, or its session. */
export const cancelOriginEnum = pgEnum('booking_cancel_origin', [
	'person',
	'staff',
	'slot_cancelled',
	'session_released'
]);

/** A recurring series created in one go ("every Tuesday 09:30, 12 seats, 6 weeks"). */
export const slotSeries = pgTable(
	'slot_series',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		municipalityId: uuid('municipality_id')
			.notNull()
			.references(() => municipality.id),
		type: slotTypeEnum('type').notNull(),
		/** First day (Europe/Amsterdam calendar date) and wall-clock start time 'HH:MM'. */
		firstDate: date('first_date', { mode: 'string' }).notNull(),
		startTime: text('start_time').notNull(),
		minutes: integer('minutes').notNull(),
		weeks: integer('weeks').notNull(),
		capacity: integer('capacity').notNull(),
		createdBy: uuid('created_by').references(() => user.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('slot_series_municipality_idx').on(t.municipalityId)]
);

export const slot = pgTable(
	'slot',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		municipalityId: uuid('municipality_id')
			.notNull()
			.references(() => municipality.id),
		type: slotTypeEnum('type').notNull(),
		seriesId: uuid('series_id').references(() => slotSeries.id),
		/** For a talk: the information session whose participants may book it. */
		parentSlotId: uuid('parent_slot_id').references((): AnyPgColumn => slot.id),
		locationId: uuid('location_id')
			.notNull()
			.references(() => location.id),
		/** The consultant who holds the talk, intake or conversation (or presents the session). */
		consultantId: uuid('consultant_id').references(() => user.id),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		capacity: integer('capacity').notNull(),
		/** Seats taken; only ever changed by a conditional update inside a booking transaction. */
		booked: integer('booked').notNull().default(0),
		status: slotStatusEnum('status').notNull().default('open'),
		cancelReason: text('cancel_reason'),
		cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
		createdBy: uuid('created_by').references(() => user.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		check('slot_capacity_positive', sql`${t.capacity} > 0`),
		// The last line of defence against overbooking: the database refuses it.
		check('slot_booked_within_capacity', sql`${t.booked} >= 0 and ${t.booked} <= ${t.capacity}`),
		check('slot_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
		index('slot_municipality_type_start_idx').on(t.municipalityId, t.type, t.startsAt),
		index('slot_parent_idx').on(t.parentSlotId),
		index('slot_consultant_start_idx').on(t.consultantId, t.startsAt)
	]
);

export const booking = pgTable(
	'booking',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		municipalityId: uuid('municipality_id')
			.notNull()
			.references(() => municipality.id),
		slotId: uuid('slot_id')
			.notNull()
			.references(() => slot.id),
		userId: uuid('user_id')
			.notNull()
			.references(() => user.id),
		/** The slot's type, copied so "one active booking per person per type" is an index. */
		type: slotTypeEnum('type').notNull(),
		status: bookingStatusEnum('status').notNull().default('active'),
		/** Calendar identity: stays the same when the booking moves; SEQUENCE grows on every change. */
		icsUid: text('ics_uid').notNull(),
		sequence: integer('sequence').notNull().default(0),
		/** Language code of the interpreter asked for (tolk), or null. */
		interpreterLanguage: text('interpreter_language'),
		attendance: attendanceEnum('attendance'),
		bookedBy: uuid('booked_by').references(() => user.id),
		cancelOrigin: cancelOriginEnum('cancel_origin'),
		cancelReason: text('cancel_reason'),
		cancelNote: text('cancel_note'),
		cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
		/** When the reminder is due; cleared in the same transaction that queues it. */
		reminderDueAt: timestamp('reminder_due_at', { withTimezone: true }),
		reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('booking_ics_uid_idx').on(t.icsUid),
		// One person never holds two active seats in one slot …
		uniqueIndex('booking_active_seat_idx')
			.on(t.slotId, t.userId)
			.where(sql`${t.status} = 'active'`),
		// … nor two active bookings of one type.
		uniqueIndex('booking_active_type_idx')
			.on(t.userId, t.type)
			.where(sql`${t.status} = 'active'`),
		index('booking_slot_status_idx').on(t.slotId, t.status),
		index('booking_user_idx').on(t.userId),
		index('booking_reminder_due_idx')
			.on(t.reminderDueAt)
			.where(sql`${t.status} = 'active' and ${t.reminderDueAt} is not null`)
	]
);

export type SlotType = (typeof slotTypeEnum.enumValues)[number];
export type Slot = typeof slot.$inferSelect;
export type SlotSeries = typeof slotSeries.$inferSelect;
export type Booking = typeof booking.$inferSelect;
export type Attendance = (typeof attendanceEnum.enumValues)[number];
export type CancelOrigin = (typeof cancelOriginEnum.enumValues)[number];
