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
	}
});
