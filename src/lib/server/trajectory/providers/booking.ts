/**
 * Booking reports the intake step (booked: in progress on its day; held: done), the person's
 * upcoming appointments with an add-to-calendar link, and the next appointment per client for the
 * caseload. Calls booking's own functions.
 */
import {
	bookingLocale,
	bookingTranslator,
	listMyBookings,
	nextAppointmentsOf
} from '../../booking';
import { isoDay } from '../dates';
import { registerJourneyProvider } from '../journey-registry';

/**
 * /my asks for the intake step and the upcoming appointments of the same person in one request:
 * one read of their bookings serves both (keyed by the request's person object, so nothing
 * outlives the request).
 */
const bookingsOfRequest = new WeakMap<object, ReturnType<typeof listMyBookings>>();
function bookingsOf(db: Parameters<typeof listMyBookings>[0], person: { id: string }) {
	let bookings = bookingsOfRequest.get(person);
	if (!bookings) {
		bookings = listMyBookings(db, person.id);
		bookingsOfRequest.set(person, bookings);
	}
	return bookings;
}

registerJourneyProvider({
	id: 'booking',
	step: 'intake',
	actionHref: '/appointments/book?type=intake',
	async reportStep(db, person) {
		const now = Date.now();
		const intakes = (await bookingsOf(db, person)).filter(
			(b) => b.type === 'intake' && b.status !== 'cancelled' && b.attendance !== 'no_show'
		);
		const held = intakes.find((b) => b.attendance === 'attended' || b.slot.endsAt.getTime() <= now);
		if (held) return { status: 'done', on: isoDay(held.slot.startsAt) };
		const booked = intakes.find((b) => b.status === 'active');
		return booked ? { status: 'in_progress', on: isoDay(booked.slot.startsAt) } : null;
	},
	async upcomingAppointments(db, person, locale) {
		const now = Date.now();
		const t = bookingTranslator(bookingLocale(locale));
		return (await bookingsOf(db, person))
			.filter((b) => b.status === 'active' && b.slot.endsAt.getTime() > now)
			.map((b) => ({
				id: b.id,
				startsAt: b.slot.startsAt,
				endsAt: b.slot.endsAt,
				title: t(`booking.types.${b.type}`),
				location: b.slot.locationName,
				calendarHref: `/appointments/${b.id}/calendar.ics`,
				detailsHref: '/appointments'
			}));
	},
	nextAppointments(db, clientIds) {
		return nextAppointmentsOf(db, clientIds);
	}
});
