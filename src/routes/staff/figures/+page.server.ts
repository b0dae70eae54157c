import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireStaff } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { getMunicipalityById } from '$lib/server/municipality/queries';
import { readFormData } from '$lib/server/forms/request';
import { parseTrajectoryForm, TARGET_FORM } from '$lib/server/trajectory/forms';
import {
	FIGURE_ROLES,
	getMonthlyFigures,
	getWeeklyPlacements,
	setYearlyTarget
} from '$lib/server/trajectory';

export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event, FIGURE_ROLES);
	const months = event.url.searchParams.get('months') === '24' ? 24 : 12;
	const [place, report, weeks] = await Promise.all([
		getMunicipalityById(db(), staff.municipalityId),
		getMonthlyFigures(db(), staff.municipalityId, { months }),
		getWeeklyPlacements(db(), staff.municipalityId, { weeks: 26 })
	]);
	return { municipalityName: place?.name ?? '', months, report, weeks };
};

export const actions: Actions = {
	target: async (event) => {
		const staff = requireStaff(event, FIGURE_ROLES);
		const form = await readFormData(event.request);
		if (!form)
			return fail(400, { action: 'target', values: {}, errors: {}, message: 'form.unreadable' });
		const parsed = parseTrajectoryForm(form, TARGET_FORM, { numbers: { target: [0, 5000] } });
		if (!parsed.ok)
			return fail(400, { action: 'target', values: parsed.values, errors: parsed.errors });
		await setYearlyTarget(db(), {
			municipalityId: staff.municipalityId,
			target: Number(parsed.data.target),
			actorId: staff.id
		});
		redirect(303, '/staff/figures?saved=1');
	}
};
