import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { CLIENT_ROLES } from '$lib/server/auth/roles';
import { db } from '$lib/server/db';
import { readFormData } from '$lib/server/forms/request';
import {
	APPLICATION_RESULT_FORM,
	JOB_APPLICATION_FORM,
	parseTrajectoryForm
} from '$lib/server/trajectory/forms';
import {
	APPLICATION_METHODS,
	APPLICATION_RESULTS,
	countApplicationsPerMonth,
	getAgreement,
	listJobApplications,
	logJobApplication,
	todayIso,
	updateJobApplicationResult
} from '$lib/server/trajectory';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, CLIENT_ROLES);
	const [items, perMonth, agreement] = await Promise.all([
		listJobApplications(db(), user.id),
		countApplicationsPerMonth(db(), user.id, 3),
		getAgreement(db(), user.id)
	]);
	return {
		items,
		perMonth,
		agreement,
		methods: APPLICATION_METHODS,
		results: APPLICATION_RESULTS,
		today: todayIso()
	};
};

const me = (user: { id: string; municipalityId: string }) => ({
	id: user.id,
	municipalityId: user.municipalityId
});

export const actions: Actions = {
	log: async (event) => {
		const user = requireUser(event, CLIENT_ROLES);
		const form = await readFormData(event.request);
		if (!form)
			return fail(400, { action: 'log', values: {}, errors: {}, message: 'form.unreadable' });
		const parsed = parseTrajectoryForm(form, JOB_APPLICATION_FORM, { dates: ['appliedOn'] });
		if (!parsed.ok)
			return fail(400, { action: 'log', values: parsed.values, errors: parsed.errors });
		const result = await logJobApplication(db(), {
			client: me(user),
			actor: user,
			application: {
				...parsed.data,
				method: parsed.data.method as (typeof APPLICATION_METHODS)[number],
				result: parsed.data.result as (typeof APPLICATION_RESULTS)[number]
			}
		});
		if (!result.ok) {
			return fail(400, {
				action: 'log',
				values: parsed.values,
				errors: (result.error === 'date_invalid'
					? { appliedOn: 'trajectory.errors.date_invalid' }
					: {}) as Record<string, string>,
				message: result.error === 'date_invalid' ? undefined : `trajectory.errors.${result.error}`
			});
		}
		redirect(303, '/my/job-applications?saved=1');
	},
	result: async (event) => {
		const user = requireUser(event, CLIENT_ROLES);
		const form = await readFormData(event.request);
		if (!form)
			return fail(400, { action: 'result', values: {}, errors: {}, message: 'form.unreadable' });
		const parsed = parseTrajectoryForm(form, APPLICATION_RESULT_FORM);
		// The result forms in the list show one message, not per-field errors.
		if (!parsed.ok)
			return fail(400, {
				action: 'result',
				values: parsed.values,
				errors: parsed.errors,
				message: parsed.errors.applicationId ? 'trajectory.errors.not_found' : 'form.choice'
			});
		const result = await updateJobApplicationResult(db(), {
			client: me(user),
			actor: user,
			id: parsed.data.applicationId,
			result: parsed.data.result as (typeof APPLICATION_RESULTS)[number]
		});
		if (!result.ok) {
			return fail(404, {
				action: 'result',
				values: parsed.values,
				errors: {},
				message: 'trajectory.errors.not_found'
			});
		}
		redirect(303, '/my/job-applications?saved=1');
	}
};
