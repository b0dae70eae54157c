import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireStaff } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { parseForm } from '$lib/server/forms/parse';
import { readFormData } from '$lib/server/forms/request';
import { getUserByEmail } from '$lib/server/auth/accounts';
import {
	INTERPRETER_LANGUAGES,
	SLOT_PLANNERS,
	addTalks,
	bookSlot,
	cancelSlot,
	editSlot,
	formatTimeRange,
	formatWhen,
	getSlotForStaff,
	interpreterLabel,
	markAttendance,
	parseWhole,
	planningChoices
} from '$lib/server/booking';
import { amsterdamDate, amsterdamTime } from '$lib/server/booking/zoned';

const text = (max: number, required = true) => ({ type: 'text', max, required }) as const;
const EDIT_FORM = {
	date: text(10),
	startTime: text(5),
	minutes: text(4),
	capacity: text(4, false),
	locationId: text(64),
	consultantId: text(64, false)
} as const;
const CANCEL_FORM = { reason: text(300) } as const;
const TALKS_FORM = {
	talkCount: text(3),
	talkMinutes: text(3),
	talkConsultantId: text(64, false)
} as const;
const ATTENDANCE_FORM = {
	bookingId: text(64),
	attendance: { type: 'choice', options: ['attended', 'no_show'] }
} as const;
const BOOK_FOR_FORM = {
	email: { type: 'email' },
	interpreterLanguage: { type: 'choice', options: INTERPRETER_LANGUAGES, required: false }
} as const;

export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event);
	const { locale, t } = event.locals;
	const found = await getSlotForStaff(db(), staff.municipalityId, event.params.id);
	if (!found) error(404, 'not_found');
	const { slot, people, talks } = found;
	const now = Date.now();
	return {
		slot: {
			id: slot.id,
			type: slot.type,
			status: slot.status,
			when: formatWhen(slot.startsAt, slot.endsAt, locale),
			place: `${slot.locationName}, ${slot.locationAddress}`,
			consultant: slot.consultantName,
			booked: slot.booked,
			capacity: slot.capacity,
			cancelReason: slot.cancelReason,
			started: slot.startsAt.getTime() <= now,
			future: slot.startsAt.getTime() > now,
			parentSlotId: slot.parentSlotId,
			edit: {
				date: amsterdamDate(slot.startsAt),
				startTime: amsterdamTime(slot.startsAt),
				minutes: String(Math.round((slot.endsAt.getTime() - slot.startsAt.getTime()) / 60_000)),
				capacity: String(slot.capacity),
				locationId: slot.locationId,
				consultantId: slot.consultantId ?? ''
			}
		},
		people: people.map((p) => ({
			...p,
			interpreter: p.interpreterLanguage ? interpreterLabel(t, p.interpreterLanguage) : null
		})),
		talks: talks.map((s) => ({
			id: s.id,
			time: formatTimeRange(s.startsAt, s.endsAt, locale),
			booked: s.booked,
			status: s.status,
			consultant: s.consultantName
		})),
		choices: await planningChoices(db(), staff.municipalityId),
		interpreterLanguages: INTERPRETER_LANGUAGES.map((code) => ({
			value: code,
			label: t(`booking.languages.${code}`)
		})),
		canPlan: (SLOT_PLANNERS as readonly string[]).includes(staff.role)
	};
};

async function readParsed<T extends Parameters<typeof parseForm>[1]>(
	request: Request,
	spec: T,
	action: string
) {
	const form = await readFormData(request);
	// Named after its form, so the page shows the message there (an empty name showed nothing).
	if (!form)
		return {
			failure: fail(400, { action, values: {}, errors: {}, message: 'form.unreadable' })
		};
	return { parsed: parseForm(form, spec) };
}

/** A refusal from the domain, shown on the form it came from. */
function refusal(
	action: string,
	reason: string,
	status: number,
	values: Record<string, string> = {}
) {
	if (status === 404 && reason !== 'booking.errors.unknownPerson') error(404, 'not_found');
	return fail(status === 404 ? 400 : status, { action, values, errors: {}, message: reason });
}

export const actions: Actions = {
	edit: async (event) => {
		const staff = requireStaff(event, SLOT_PLANNERS);
		const { failure, parsed } = await readParsed(event.request, EDIT_FORM, 'edit');
		if (failure) return failure;
		if (!parsed.ok)
			return fail(400, { action: 'edit', values: parsed.values, errors: parsed.errors });
		const result = await editSlot(db(), staff, event.params.id, parsed.data);
		if (!result.ok) {
			if ('errors' in result)
				return fail(400, { action: 'edit', values: parsed.values, errors: result.errors });
			return refusal('edit', result.reason, result.status, parsed.values);
		}
		return { done: 'booking.staff.edited' };
	},
	cancel: async (event) => {
		const staff = requireStaff(event, SLOT_PLANNERS);
		const { failure, parsed } = await readParsed(event.request, CANCEL_FORM, 'cancel');
		if (failure) return failure;
		if (!parsed.ok)
			return fail(400, { action: 'cancel', values: parsed.values, errors: parsed.errors });
		const result = await cancelSlot(db(), staff, event.params.id, parsed.data.reason);
		if (!result.ok) return refusal('cancel', result.reason, result.status, parsed.values);
		return { done: 'booking.staff.slotCancelled', count: result.notified };
	},
	talks: async (event) => {
		const staff = requireStaff(event, SLOT_PLANNERS);
		const { failure, parsed } = await readParsed(event.request, TALKS_FORM, 'talks');
		if (failure) return failure;
		if (!parsed.ok)
			return fail(400, { action: 'talks', values: parsed.values, errors: parsed.errors });
		const count = parseWhole(parsed.data.talkCount, 1, 24);
		const minutes = parseWhole(parsed.data.talkMinutes, 5, 60);
		const consultantId = parsed.data.talkConsultantId || null;
		const { consultants } = await planningChoices(db(), staff.municipalityId);
		const errors: Record<string, string> = {};
		if (count === null) errors.talkCount = 'booking.errors.invalidTalks';
		if (minutes === null) errors.talkMinutes = 'booking.errors.invalidMinutes';
		if (consultantId && !consultants.some((c) => c.id === consultantId))
			errors.talkConsultantId = 'form.choice';
		if (count === null || minutes === null || Object.keys(errors).length > 0)
			return fail(400, { action: 'talks', values: parsed.values, errors });
		const result = await addTalks(db(), staff, event.params.id, { count, minutes, consultantId });
		if (!result.ok) return refusal('talks', result.reason, result.status, parsed.values);
		return { done: 'booking.staff.talksAdded' };
	},
	attendance: async (event) => {
		const staff = requireStaff(event, SLOT_PLANNERS);
		const { failure, parsed } = await readParsed(event.request, ATTENDANCE_FORM, 'attendance');
		if (failure) return failure;
		if (!parsed.ok)
			return fail(400, { action: 'attendance', values: parsed.values, errors: parsed.errors });
		const result = await markAttendance(
			db(),
			staff,
			parsed.data.bookingId,
			parsed.data.attendance as 'attended' | 'no_show'
		);
		if (!result.ok) return refusal('attendance', result.reason, result.status);
		return { done: 'booking.staff.attendanceSaved' };
	},
	bookFor: async (event) => {
		const staff = requireStaff(event, SLOT_PLANNERS);
		const { failure, parsed } = await readParsed(event.request, BOOK_FOR_FORM, 'bookFor');
		if (failure) return failure;
		if (!parsed.ok)
			return fail(400, { action: 'bookFor', values: parsed.values, errors: parsed.errors });
		const person = await getUserByEmail(db(), parsed.data.email);
		const result = await bookSlot(db(), {
			slotId: event.params.id,
			userId: person?.id ?? '',
			interpreterLanguage: parsed.data.interpreterLanguage || null,
			byStaff: { id: staff.id, municipalityId: staff.municipalityId }
		});
		if (!result.ok) return refusal('bookFor', result.reason, result.status, parsed.values);
		return { done: 'booking.staff.bookedFor' };
	}
};
