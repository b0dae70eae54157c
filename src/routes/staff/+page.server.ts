import type { PageServerLoad } from './$types';
import { requireStaff } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { getMunicipalityById } from '$lib/server/municipality/queries';

export const load: PageServerLoad = async (event) => {
	const user = requireStaff(event);
	const place = await getMunicipalityById(db(), user.municipalityId);
	return {
		municipalityName: place?.name ?? '',
		isAdministrator: user.role === 'administrator'
	};
};
