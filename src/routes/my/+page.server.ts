import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { CLIENT_ROLES } from '$lib/server/auth/roles';
import { db } from '$lib/server/db';
import { getMunicipalityById } from '$lib/server/municipality/queries';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, CLIENT_ROLES);
	const place = await getMunicipalityById(db(), user.municipalityId);
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
			: null
	};
};
