import type { Executor } from '../db';
import { queueMail } from '../mail/outbox';
import { mailConfig } from '../mail/config';
import { getBookingDetails, type SlotDetails } from './details';
import { bookingCalendarFile } from './ics';
import { interpreterLabel } from './labels';
import { bookingLocale, bookingTranslator } from './messages';
import { formatDay, formatWhen } from './format';

export type BookingMailKind =
	'confirmed' | 'moved' | 'changed' | 'cancelled' | 'slotCancelled' | 'reminder';

export interface BookingMailExtra {
	/** Free slots offered when the municipality cancelled the appointment. */
	alternatives?: SlotDetails[];
	dedupeKey?: string;
}

/**
 * Queues the e-mail about a booking in the person's language, with the calendar file attached
 * (REQUEST for a new or changed appointment, CANCEL when it is off). Runs inside the caller's
 * transaction, after the change, so the message describes what was committed.
 */
export async function queueBookingMail(
	db: Executor,
	bookingId: string,
	kind: BookingMailKind,
	extra: BookingMailExtra = {}
): Promise<void> {
	const details = await getBookingDetails(db, bookingId);
	if (!details) return;
	const locale = bookingLocale(details.userLocale);
	const t = bookingTranslator(locale);
	const { slot } = details;
	const type = t(`booking.types.${details.type}`);
	const lines = [
		t('booking.mail.greeting', { name: details.userName }),
		'',
		t(`booking.mail.intro.${kind}`),
		'',
		t('booking.mail.what', { type }),
		t('booking.mail.when', { when: formatWhen(slot.startsAt, slot.endsAt, locale) }),
		t('booking.mail.where', { place: `${slot.locationName}, ${slot.locationAddress}` })
	];
	if (slot.consultantName) lines.push(t('booking.mail.with', { name: slot.consultantName }));
	if (details.interpreterLanguage) {
		lines.push(
			t('booking.mail.interpreter', { language: interpreterLabel(t, details.interpreterLanguage) })
		);
	}
	const cancelled = details.status === 'cancelled';
	if (!cancelled)
		lines.push('', t('booking.mail.bring', { what: t(`booking.bring.${details.type}`) }));
	if (extra.alternatives?.length) {
		lines.push('', t('booking.mail.alternatives'));
		for (const alt of extra.alternatives) {
			lines.push(`- ${formatWhen(alt.startsAt, alt.endsAt, locale)} (${alt.locationName})`);
		}
	}
	const base = mailConfig().publicUrl;
	if (base) {
		const path = cancelled ? `/appointments/book?type=${details.type}` : '/appointments';
		lines.push(
			'',
			t(cancelled ? 'booking.mail.bookAgain' : 'booking.mail.manage', { url: base + path })
		);
	}
	lines.push(
		'',
		t('booking.mail.contact', { phone: details.municipalityPhone }),
		'',
		t('booking.mail.closing', { municipality: details.municipalityName })
	);
	await queueMail(db, {
		municipalityId: details.municipalityId,
		recipientId: details.userId,
		toAddress: details.userEmail,
		locale,
		kind: `booking.${kind}`,
		subject: t(`booking.mail.subject.${kind}`, { type, date: formatDay(slot.startsAt, locale) }),
		body: lines.join('\n'),
		ics: kind === 'reminder' ? null : bookingCalendarFile(details, t),
		dedupeKey: extra.dedupeKey
	});
}
