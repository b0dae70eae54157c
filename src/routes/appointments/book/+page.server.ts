import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { CLIENT_ROLES } from '$lib/server/auth/roles';
import { db } from '$lib/server/db';
import { parseForm } from '$lib/server/forms/parse';
import { readFormData } from '$lib/server/forms/request';
import { getMunicipalityById } from '$lib/server/municipality/queries';
import {
	INTERPRETER_LANGUAGES,
	SLOT_TYPES,
	bookSlot,
	formatWhen,
	getMyBooking,
	isSlotType,
	listBookableSlots,
	moveBooking
} from '$lib/server/booking';
import { dayLabel, slotChoices } from './slot-choices';

const BOOK_FORM = {
	slotId: { type: 'text', max: 64 },
	interpreterLanguage: { type: 'choice', options: INTERPRETER_LANGUAGES, required: false }
} as const;
const MOVE_FORM = { ...BOOK_FORM, bookingId: { type: 'text', max: 64 } } as const;

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, CLIENT_ROLES);
	const { locale, t } = event.locals;
	const now = new Date();
	const moveId = event.url.searchParams.get('move');
	let moving = null;
	if (moveId) {
		const current = await getMyBooking(db(), user.id, moveId);
		// Someone else's booking, or one that can no longer move: not found, never shown.
		if (!current || current.status !== 'active') error(404, 'not_found');
		moving = {
			id: current.id,
			type: current.type,
			slotId: current.slot.id,
			when: formatWhen(current.slot.startsAt, current.slot.endsAt, locale),
			interpreterLanguage: current.interpreterLanguage ?? ''
		};
	}
	const asked = event.url.searchParams.get('type');
	const type = moving?.type ?? (isSlotType(asked) ? asked : 'info_session');
	const [bookable, place] = await Promise.all([
		listBookableSlots(db(), user, type, now),
		getMunicipalityById(db(), user.municipalityId)
	]);
	const slots = bookable.slots.filter((s) => s.id !== moving?.slotId);
	return {
		type,
		types: SLOT_TYPES,
		moving,
		days: slotChoices(slots, locale),
		blocker: bookable.blocker,
		windowEnd: dayLabel(bookable.windowEnd, locale),
		interpreterLanguages: INTERPRETER_LANGUAGES.map((code) => ({
			value: code,
			label: t(`booking.languages.${code}`)
		})),
		phone: place?.phone ?? ''
	};
};

/** A refused booking: the message, the choices as they were, and (after a lost race) free times. */
function refused(
	result: { reason: string; status: number; alternatives?: Parameters<typeof slotChoices>[0] },
	values: Record<string, string>,
	locale: string
) {
	const status = result.status === 404 ? 400 : result.status;
	return fail(status, {
		values,
		errors: {},
		message: result.reason,
		alternatives: result.alternatives ? slotChoices(result.alternatives, locale) : []
	});
}

export const actions: Actions = {
	book: async (event) => {
		const user = requireUser(event, CLIENT_ROLES);
		const form = await readFormData(event.request);
		if (!form) return fail(400, { values: {}, errors: {}, message: 'form.unreadable' });
		const parsed = parseForm(form, BOOK_FORM);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const result = await bookSlot(db(), {
			slotId: parsed.data.slotId,
			userId: user.id,
			interpreterLanguage: parsed.data.interpreterLanguage || null
		});
		if (!result.ok) return refused(result, parsed.values, event.locals.locale);
		redirect(303, '/appointments?done=booked');
	},
	move: async (event) => {
		const user = requireUser(event, CLIENT_ROLES);
		const form = await readFormData(event.request);
		if (!form) return fail(400, { values: {}, errors: {}, message: 'form.unreadable' });
		const parsed = parseForm(form, MOVE_FORM);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const result = await moveBooking(db(), {
			bookingId: parsed.data.bookingId,
			newSlotId: parsed.data.slotId,
			actor: { userId: user.id },
			interpreterLanguage: parsed.data.interpreterLanguage || null
		});
		if (!result.ok) {
			// Another person's booking id: nothing about it is revealed.
			if (result.reason === 'booking.errors.notFound') error(404, 'not_found');
			return refused(result, parsed.values, event.locals.locale);
		}
		redirect(303, '/appointments?done=moved');
	}
};
