import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireStaff } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { readFormData } from '$lib/server/forms/request';
import { parseTrajectoryForm, TRAJECTORY_FORM } from '$lib/server/trajectory/forms';
import {
	CATALOGUE_EDITORS,
	TARGET_GROUPS,
	TRAJECTORY_TYPES,
	createTrajectory,
	getTrajectoryOutcomes,
	setTrajectoryStatus,
	type TargetGroup,
	type TrajectoryType
} from '$lib/server/trajectory';

function oneOf<T extends string>(value: string | null, options: readonly T[]): T | undefined {
	return value && (options as readonly string[]).includes(value) ? (value as T) : undefined;
}

export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event);
	const params = event.url.searchParams;
	const filter = {
		type: oneOf(params.get('type'), TRAJECTORY_TYPES),
		targetGroup: oneOf(params.get('targetGroup'), TARGET_GROUPS),
		status: oneOf(params.get('status'), ['active', 'retired', 'all'] as const) ?? 'active'
	};
	const outcomes = await getTrajectoryOutcomes(db(), staff.municipalityId);
	return {
		filter,
		query: event.url.search,
		trajectories: outcomes.filter(
			(o) =>
				(!filter.type || o.type === filter.type) &&
				(!filter.targetGroup || o.targetGroup === filter.targetGroup) &&
				(filter.status === 'all' || o.status === filter.status)
		),
		types: TRAJECTORY_TYPES,
		targetGroups: TARGET_GROUPS,
		canEdit: (CATALOGUE_EDITORS as readonly string[]).includes(staff.role)
	};
};

export const actions: Actions = {
	create: async (event) => {
		const staff = requireStaff(event, CATALOGUE_EDITORS);
		const form = await readFormData(event.request);
		if (!form)
			return fail(400, { action: 'create', values: {}, errors: {}, message: 'form.unreadable' });
		const parsed = parseTrajectoryForm(form, TRAJECTORY_FORM, {
			numbers: { durationWeeks: [1, 260], cost: [0, 100_000], capacity: [1, 5000] }
		});
		if (!parsed.ok)
			return fail(400, { action: 'create', values: parsed.values, errors: parsed.errors });
		const d = parsed.data;
		const result = await createTrajectory(db(), staff.municipalityId, {
			name: d.name,
			provider: d.provider,
			type: d.type as TrajectoryType,
			targetGroup: d.targetGroup as TargetGroup,
			description: d.description,
			durationWeeks: Number(d.durationWeeks),
			costCents: Number(d.cost) * 100,
			capacity: d.capacity ? Number(d.capacity) : null
		});
		if (!result.ok) {
			return fail(400, {
				action: 'create',
				values: parsed.values,
				errors: { name: 'trajectory.errors.name_taken' }
			});
		}
		redirect(303, '/staff/catalogue?saved=1');
	},
	status: async (event) => {
		const staff = requireStaff(event, CATALOGUE_EDITORS);
		const form = await readFormData(event.request);
		const id = String(form?.get('id') ?? '');
		const status = form?.get('status') === 'retired' ? 'retired' : 'active';
		if (
			!/^[0-9a-f-]{36}$/i.test(id) ||
			!(await setTrajectoryStatus(db(), staff.municipalityId, id, status))
		) {
			return fail(404, {
				action: 'status',
				values: {},
				errors: {},
				message: 'trajectory.errors.not_found'
			});
		}
		redirect(303, '/staff/catalogue?saved=1');
	}
};
