import type { PageServerLoad } from './$types';
import { requireStaff } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import {
	formatDay,
	formatTimeRange,
	interpreterLabel,
	listConsultantDay
} from '$lib/server/booking';
import { addDays, amsterdamDate, amsterdamToUtc, isIsoDate } from '$lib/server/booking/zoned';
import { loadClientStatuses } from '$lib/server/client-status';

/** The consultant's own talks, intakes and conversations on one day (Netherlands calendar day). */
export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event);
	const { locale, t } = event.locals;
	const asked = event.url.searchParams.get('date') ?? '';
	const date = isIsoDate(asked) ? asked : amsterdamDate(new Date());
	const day = await listConsultantDay(
		db(),
		staff.id,
		amsterdamToUtc(date, '00:00'),
		amsterdamToUtc(addDays(date, 1), '00:00')
	);
	const statuses = await loadClientStatuses(
		db(),
		day.flatMap((d) => d.people.map((p) => p.userId))
	);
	return {
		date,
		dateLabel: formatDay(amsterdamToUtc(date, '12:00'), locale),
		previous: addDays(date, -1),
		next: addDays(date, 1),
		columns: statuses.columns,
		appointments: day.map(({ slot, people }) => ({
			id: slot.id,
			type: slot.type,
			time: formatTimeRange(slot.startsAt, slot.endsAt, locale),
			place: slot.locationName,
			capacity: slot.capacity,
			people: people.map((p) => ({
				id: p.userId,
				name: p.name,
				interpreter: p.interpreterLanguage ? interpreterLabel(t, p.interpreterLanguage) : null,
				statuses: statuses.values[p.userId] ?? {}
			}))
		}))
	};
};
