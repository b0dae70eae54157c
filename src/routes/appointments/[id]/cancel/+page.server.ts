import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { CLIENT_ROLES } from '$lib/server/auth/roles';
import { db } from '$lib/server/db';
import { parseForm } from '$lib/server/forms/parse';
import { readFormData } from '$lib/server/forms/request';
import {
	CANCEL_REASONS,
	canCancelOnline,
	cancelBooking,
	formatWhen,
	getMyBooking
} from '$lib/server/booking';

const CANCEL_FORM = {
	reason: { type: 'choice', options: CANCEL_REASONS },
	note: { type: 'text', required: false, max: 500, multiline: true }
} as const;

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, CLIENT_ROLES);
	const booking = await getMyBooking(db(), user.id, event.params.id);
	// Not the person's own (or no such booking): 404, and nothing about it is shown.
	if (!booking) error(404, 'not_found');
	const now = new Date();
	return {
		booking: {
			id: booking.id,
			type: booking.type,
			when: formatWhen(booking.slot.startsAt, booking.slot.endsAt, event.locals.locale),
			place: `${booking.slot.locationName}, ${booking.slot.locationAddress}`,
			cancellable:
				booking.status === 'active' &&
				booking.slot.startsAt.getTime() > now.getTime() &&
				canCancelOnline(booking.type, booking.slot.startsAt, now)
		},
		reasons: CANCEL_REASONS,
		phone: booking.municipalityPhone
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event, CLIENT_ROLES);
		const form = await readFormData(event.request);
		if (!form) return fail(400, { values: {}, errors: {}, message: 'form.unreadable' });
		const parsed = parseForm(form, CANCEL_FORM);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const result = await cancelBooking(db(), {
			bookingId: event.params.id,
			actor: { userId: user.id },
			reason: parsed.data.reason,
			note: parsed.data.note
		});
		if (!result.ok) {
			if (result.status === 404) error(404, 'not_found');
			return fail(result.status, { values: parsed.values, errors: {}, message: result.reason });
		}
		redirect(303, '/appointments?done=cancelled');
	}
};
