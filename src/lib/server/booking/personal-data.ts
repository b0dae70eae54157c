import { sql } from 'drizzle-orm';
import { queryRows } from '../db/sql';
import { registerPersonalDataSource } from '../privacy/export';
import { listMyBookings } from './queries';

/** A person's appointments, for their own data export (/my/data). */
registerPersonalDataSource({
	id: 'appointments',
	order: 30,
	async load(db, personId) {
		const bookings = await listMyBookings(db, personId);
		if (bookings.length === 0) return null;
		return bookings.map((b) => ({
			type: b.type,
			status: b.status,
			startsAt: b.slot.startsAt,
			endsAt: b.slot.endsAt,
			interpreterLanguage: b.interpreterLanguage,
			attendance: b.attendance
		}));
	},
	/**
	 * Retention: the person's bookings (times, interpreter language, attendance, cancel notes) are
	 * erased. A seat still held is given back first, so the slot's count stays right.
	 */
	personColumns: ['booking.user_id'],
	async forget(db, personId) {
		await db.execute(
			sql`update slot s set booked = s.booked - held.n, updated_at = now()
				from (select slot_id, count(*)::int as n from booking
					where user_id = ${personId} and status = 'active' group by slot_id) held
				where s.id = held.slot_id`
		);
		const rows = await queryRows<{ id: string }>(
			db,
			sql`delete from booking where user_id = ${personId} returning id`
		);
		return { booking: rows.length };
	}
});
