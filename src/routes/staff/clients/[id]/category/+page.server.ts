import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireStaff } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { getClientForStaff } from '$lib/server/client-file';
import { parseForm } from '$lib/server/forms/parse';
import { readFormData } from '$lib/server/forms/request';
import { CATEGORIES, ROUTES, type Category, type Route } from '$lib/server/diagnosis/estimate';
import {
	countDecisions,
	DECIDING_ROLES,
	listCategoryDecisions,
	recordCategoryDecision
} from '$lib/server/diagnosis';
import { decisionChoices, proposalInWords } from '$lib/server/diagnosis/decision-page';

/**
 * Sets a client's category and route. The client file shows the same form; this page is where it
 * posts, and where it is shown again with messages when something is missing (JavaScript or not).
 */
export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event, DECIDING_ROLES);
	const client = await getClientForStaff(db(), staff, event.params.id);
	const { locale } = event.locals;
	return {
		client: { id: client.id, name: client.name },
		proposal: await proposalInWords(db(), client.id, locale),
		latest: (await listCategoryDecisions(db(), client.id)).map(({ category, route }) => ({
			category,
			route
		}))[0],
		basedOn: await countDecisions(db(), client.id),
		...decisionChoices(locale)
	};
};

const DECISION_FORM = {
	choice: { type: 'choice', options: ['accept', 'other'] },
	basedOn: { type: 'text', max: 6 },
	category: { type: 'choice', options: CATEGORIES, required: false },
	route: { type: 'choice', options: ROUTES, required: false },
	reason: { type: 'text', max: 1000, multiline: true, required: false }
} as const;

export const actions: Actions = {
	default: async (event) => {
		const staff = requireStaff(event, DECIDING_ROLES);
		const client = await getClientForStaff(db(), staff, event.params.id);
		const form = await readFormData(event.request);
		if (!form) return fail(400, { values: {}, errors: {}, message: 'form.unreadable' });
		const parsed = parseForm(form, DECISION_FORM);
		const values = parsed.values;
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors, message: undefined });
		const { choice, category, route, reason } = parsed.data;
		const basedOn = /^\d+$/.test(parsed.data.basedOn) ? Number(parsed.data.basedOn) : -1;
		if (choice === 'other' && (!category || !route)) {
			const errors = {
				...(!category && { category: 'form.required' }),
				...(!route && { route: 'form.required' })
			};
			return fail(400, { values, errors, message: undefined });
		}
		const result = await recordCategoryDecision(
			db(),
			staff,
			client,
			choice === 'accept'
				? { choice: 'accept', basedOn, reason }
				: {
						choice: 'other',
						basedOn,
						category: category as Category,
						route: route as Route,
						reason
					}
		);
		if (!result.ok) {
			if (result.error === 'reason_required') {
				const errors = { reason: 'questionnaire.decision.errors.reasonRequired' };
				return fail(400, { values, errors, message: undefined });
			}
			const message =
				result.error === 'outdated'
					? 'questionnaire.decision.errors.outdated'
					: 'questionnaire.decision.errors.noProposal';
			return fail(409, { values, errors: {}, message });
		}
		redirect(303, `/staff/clients/${client.id}?decided=1#questionnaire`);
	}
};
