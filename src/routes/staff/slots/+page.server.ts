import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireStaff } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { parseForm } from '$lib/server/forms/parse';
import { readFormData } from '$lib/server/forms/request';
import {
	SLOT_PLANNERS,
	SLOT_TYPES,
	createSeries,
	formatDay,
	formatTimeRange,
	interpreterLabel,
	isSlotType,
	listSlotsForStaff,
	parseWhole,
	planningChoices
} from '$lib/server/booking';
import { addDays, amsterdamDate, amsterdamToUtc, isIsoDate } from '$lib/server/booking/zoned';

const text = (max: number, required = true) => ({ type: 'text', max, required }) as const;
const SERIES_FORM = {
	type: { type: 'choice', options: SLOT_TYPES },
	date: text(10),
	startTime: text(5),
	minutes: text(4),
	capacity: text(4, false),
	weeks: text(3, false),
	locationId: text(64),
	consultantId: text(64, false),
	talkCount: text(3, false),
	talkMinutes: text(3, false),
	talkConsultantId: text(64, false)
} as const;

export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event);
	const { locale, t } = event.locals;
	const params = event.url.searchParams;
	const today = amsterdamDate(new Date());
	const fromDate = isIsoDate(params.get('from') ?? '') ? params.get('from')! : today;
	const weeks = parseWhole(params.get('weeks') ?? '', 1, 12) ?? 2;
	const type = isSlotType(params.get('type')) ? params.get('type')! : '';
	const toDate = addDays(fromDate, weeks * 7);
	const slots = await listSlotsForStaff(db(), staff.municipalityId, {
		from: amsterdamToUtc(fromDate, '00:00'),
		to: amsterdamToUtc(toDate, '00:00'),
		type: isSlotType(type) ? type : undefined
	});
	const choices = await planningChoices(db(), staff.municipalityId);
	const created = parseWhole(params.get('created') ?? '', 1, 9999);
	return {
		filter: { from: fromDate, weeks: String(weeks), type },
		period: {
			from: formatDay(amsterdamToUtc(fromDate, '12:00'), locale),
			to: formatDay(amsterdamToUtc(addDays(toDate, -1), '12:00'), locale)
		},
		slots: slots.map((s) => ({
			id: s.id,
			type: s.type,
			day: formatDay(s.startsAt, locale),
			time: formatTimeRange(s.startsAt, s.endsAt, locale),
			place: s.locationName,
			consultant: s.consultantName,
			booked: s.booked,
			capacity: s.capacity,
			status: s.status,
			isTalk: s.parentSlotId !== null,
			interpreters: s.interpreters.map((code) => interpreterLabel(t, code))
		})),
		types: SLOT_TYPES,
		choices,
		canPlan: (SLOT_PLANNERS as readonly string[]).includes(staff.role),
		created,
		defaultDate: addDays(today, 7)
	};
};

export const actions: Actions = {
	create: async (event) => {
		const staff = requireStaff(event, SLOT_PLANNERS);
		const form = await readFormData(event.request);
		if (!form) return fail(400, { values: {}, errors: {}, message: 'form.unreadable' });
		const parsed = parseForm(form, SERIES_FORM);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const result = await createSeries(db(), staff, parsed.data);
		if (!result.ok) return fail(400, { values: parsed.values, errors: result.errors });
		const query = new URLSearchParams({
			from: parsed.data.date,
			type: parsed.data.type,
			weeks: String(Math.min(12, Math.max(1, Number(parsed.data.weeks) || 1))),
			created: String(result.slotIds.length)
		});
		redirect(303, `/staff/slots?${query}`);
	}
};
