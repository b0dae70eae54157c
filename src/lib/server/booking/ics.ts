import { createEvent } from 'ics';
import type { TFunction } from 'i18next';
import type { BookingDetails } from './details';
import { mailConfig } from '../mail/config';
import { interpreterLabel } from './labels';

export interface CalendarEvent {
	uid: string;
	sequence: number;
	cancelled: boolean;
	startsAt: Date;
	endsAt: Date;
	title: string;
	description: string;
	location: string;
	organizer: { name: string; email: string };
	attendee: { name: string; email: string };
}

export interface CalendarFile {
	method: 'REQUEST' | 'CANCEL';
	content: string;
}

/**
 * One appointment as an iCalendar file. The UID never changes for a booking (moving keeps it);
 * SEQUENCE grows with every change, so calendar programs replace the old version; a cancelled
 * booking is METHOD:CANCEL with STATUS:CANCELLED, so they remove it.
 */
export function calendarFile(event: CalendarEvent): CalendarFile {
	const method = event.cancelled ? 'CANCEL' : 'REQUEST';
	const { error, value } = createEvent({
		productId: 'werk-en-inkomen/portal',
		method,
		uid: event.uid,
		sequence: event.sequence,
		status: event.cancelled ? 'CANCELLED' : 'CONFIRMED',
		start: event.startsAt.getTime(),
		startInputType: 'utc',
		startOutputType: 'utc',
		end: event.endsAt.getTime(),
		endInputType: 'utc',
		endOutputType: 'utc',
		title: event.title,
		description: event.description,
		location: event.location,
		organizer: event.organizer,
		attendees: [
			{
				name: event.attendee.name,
				email: event.attendee.email,
				rsvp: false,
				partstat: event.cancelled ? 'DECLINED' : 'ACCEPTED',
				role: 'REQ-PARTICIPANT'
			}
		]
	});
	if (error || !value) throw error ?? new Error('calendar file could not be made');
	return { method, content: value };
}

/** The calendar file of a booking, in the person's language. */
export function bookingCalendarFile(details: BookingDetails, t: TFunction): CalendarFile {
	const { slot } = details;
	const lines = [t(`booking.bring.${details.type}`)];
	if (details.interpreterLanguage) {
		lines.push(
			t('booking.mail.interpreter', { language: interpreterLabel(t, details.interpreterLanguage) })
		);
	}
	lines.push(t('booking.mail.contact', { phone: details.municipalityPhone }));
	const config = mailConfig();
	return calendarFile({
		uid: details.icsUid,
		sequence: details.sequence,
		cancelled: details.status === 'cancelled',
		startsAt: slot.startsAt,
		endsAt: slot.endsAt,
		title: t('booking.ics.title', {
			type: t(`booking.types.${details.type}`),
			municipality: details.municipalityName
		}),
		description: lines.join('\n'),
		location: `${slot.locationName}, ${slot.locationAddress}`,
		organizer: {
			name:
				config.fromName || t('booking.ics.organizer', { municipality: details.municipalityName }),
			email: config.fromAddress
		},
		attendee: { name: details.userName, email: details.userEmail }
	});
}
