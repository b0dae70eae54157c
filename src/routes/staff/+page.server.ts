import type { PageServerLoad } from './$types';
import { requireStaff } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { getMunicipalityById } from '$lib/server/municipality/queries';
import { readCaseloadParams, toCaseloadQuery } from '$lib/server/trajectory/caseload-params';
import {
	CATEGORIES,
	FIGURE_ROLES,
	PHASES,
	ROUTES,
	getCaseload,
	listConsultants,
	listWorkWishTasks
} from '$lib/server/trajectory';

export const load: PageServerLoad = async (event) => {
	const user = requireStaff(event);
	const params = readCaseloadParams(event.url.searchParams, user);
	const [place, caseload, consultants, tasks] = await Promise.all([
		getMunicipalityById(db(), user.municipalityId),
		getCaseload(db(), toCaseloadQuery(params, user)),
		listConsultants(db(), user.municipalityId),
		listWorkWishTasks(db(), user)
	]);
	return {
		municipalityName: place?.name ?? '',
		isAdministrator: user.role === 'administrator',
		canSeeFigures: (FIGURE_ROLES as readonly string[]).includes(user.role),
		isConsultant: consultants.some((c) => c.id === user.id),
		params,
		caseload,
		consultants,
		tasks: tasks.map((task) => ({ ...task, createdAt: task.createdAt.toISOString() })),
		options: { phases: PHASES, routes: ROUTES, categories: CATEGORIES }
	};
};
