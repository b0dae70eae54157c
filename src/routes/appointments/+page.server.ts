import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { CLIENT_ROLES } from '$lib/server/auth/roles';
import { db } from '$lib/server/db';
import { getMunicipalityById } from '$lib/server/municipality/queries';
import {
	SLOT_RULES,
	canCancelOnline,
	formatWhen,
	interpreterLabel,
	listMyBookings
} from '$lib/server/booking';

const DONE = ['booked', 'moved', 'cancelled'] as const;

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, CLIENT_ROLES);
	const { locale, t } = event.locals;
	const now = new Date();
	const [rows, place] = await Promise.all([
		listMyBookings(db(), user.id),
		getMunicipalityById(db(), user.municipalityId)
	]);
	const items = rows.map((row) => {
		const upcoming = row.status === 'active' && row.slot.endsAt.getTime() > now.getTime();
		return {
			id: row.id,
			type: row.type,
			status: row.status,
			attendance: row.attendance,
			cancelledByMunicipality: row.cancelOrigin === 'slot_cancelled',
			interpreter: row.interpreterLanguage ? interpreterLabel(t, row.interpreterLanguage) : null,
			when: formatWhen(row.slot.startsAt, row.slot.endsAt, locale),
			locationName: row.slot.locationName,
			locationAddress: row.slot.locationAddress,
			consultantName: row.slot.consultantName,
			upcoming,
			canChange: upcoming && canCancelOnline(row.type, row.slot.startsAt, now),
			cancelHours: SLOT_RULES[row.type].cancelNoticeMs / 3_600_000
		};
	});
	const done = event.url.searchParams.get('done');
	return {
		upcoming: items.filter((i) => i.upcoming),
		past: items.filter((i) => !i.upcoming).reverse(),
		done: (DONE as readonly string[]).includes(done ?? '') ? done : null,
		phone: place?.phone ?? ''
	};
};
