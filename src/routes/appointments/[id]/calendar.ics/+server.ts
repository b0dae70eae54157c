import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { CLIENT_ROLES } from '$lib/server/auth/roles';
import { db } from '$lib/server/db';
import {
	bookingCalendarFile,
	bookingLocale,
	bookingTranslator,
	getMyBooking
} from '$lib/server/booking';

/**
 * The booking as an .ics file for the person's own calendar: same UID for the life of the booking,
 * SEQUENCE per change, METHOD:CANCEL once cancelled (so the calendar removes it).
 */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event, CLIENT_ROLES);
	const booking = await getMyBooking(db(), user.id, event.params.id);
	if (!booking) error(404, 'not_found');
	const locale = bookingLocale(event.locals.locale);
	const file = bookingCalendarFile(booking, bookingTranslator(locale));
	return new Response(file.content, {
		headers: {
			'content-type': `text/calendar; charset=utf-8; method=${file.method}`,
			'content-disposition': `attachment; filename="afspraak-${booking.id.slice(0, 8)}.ics"`,
			'cache-control': 'private, no-store'
		}
	});
};
