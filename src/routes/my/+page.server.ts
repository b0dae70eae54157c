import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { CLIENT_ROLES } from '$lib/server/auth/roles';
import { db } from '$lib/server/db';
import { getMunicipalityById } from '$lib/server/municipality/queries';
import { readFormData } from '$lib/server/forms/request';
import { parseForm } from '$lib/server/forms/parse';
import { WORK_WISH_FORM } from '$lib/server/trajectory/forms';
import { getMyOverview, requestWork } from '$lib/server/trajectory';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, CLIENT_ROLES);
	// The session already read the account (createdAt included): no second look-up of the user.
	const [place, overview] = await Promise.all([
		getMunicipalityById(db(), user.municipalityId),
		getMyOverview(
			db(),
			{
				id: user.id,
				municipalityId: user.municipalityId,
				role: user.role,
				createdAt: user.createdAt
			},
			event.locals.locale
		)
	]);
	return {
		me: {
			name: user.name,
			email: user.email,
			role: user.role,
			isStatusHolder: user.isStatusHolder
		},
		municipality: place
			? {
					name: place.name,
					phone: place.phone,
					websiteUrl: place.websiteUrl,
					hours: place.openingHours[event.locals.locale] ?? place.openingHours.nl
				}
			: null,
		overview
	};
};

export const actions: Actions = {
	/** "I would like to work (more)": a participation client's wish to the income consultant. */
	askToWork: async (event) => {
		const user = requireUser(event, CLIENT_ROLES);
		const form = await readFormData(event.request);
		if (!form) return fail(400, { action: 'askToWork', values: {}, message: 'form.unreadable' });
		const parsed = parseForm(form, WORK_WISH_FORM);
		if (!parsed.ok) {
			return fail(400, { action: 'askToWork', values: parsed.values, errors: parsed.errors });
		}
		const result = await requestWork(db(), {
			client: { id: user.id, municipalityId: user.municipalityId },
			actor: user,
			message: parsed.data.message
		});
		if (!result.ok) {
			return fail(400, {
				action: 'askToWork',
				values: parsed.values,
				message: `trajectory.errors.${result.error}`
			});
		}
		redirect(303, '/my?sent=work-wish#work-wish');
	}
};
