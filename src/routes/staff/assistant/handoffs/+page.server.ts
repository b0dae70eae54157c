import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireStaff, safeRedirectTarget } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { formatDateTime } from '$lib/server/time';
import { recordAudit } from '$lib/server/audit/record';
import { readFormData } from '$lib/server/forms/request';
import {
	HANDOFF_STAFF_ROLES,
	listHandoffsForStaff,
	markHandoffHandled
} from '$lib/server/assistant/handoff';
import { isUuid } from '$lib/server/assistant/questions';

/** Questions clients handed over from the assistant, for staff of their municipality, newest first. */
export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event, HANDOFF_STAFF_ROLES);
	const show = event.url.searchParams.get('show') === 'all' ? 'all' : 'open';
	const handoffs = await listHandoffsForStaff(db(), staff, {
		status: show === 'all' ? undefined : 'open'
	});
	await recordAudit(db(), {
		actorId: staff.id,
		action: 'assistant.handoffs.list',
		municipalityId: staff.municipalityId,
		detail: { shown: handoffs.length }
	});
	const locale = event.locals.locale;
	return {
		show,
		handoffs: handoffs.map((h) => ({
			id: h.id,
			clientId: h.clientId,
			clientName: h.clientName,
			locale: h.locale,
			question: h.question,
			conversation: h.conversation,
			status: h.status,
			createdAt: formatDateTime(h.createdAt, locale),
			handledAt: h.handledAt ? formatDateTime(h.handledAt, locale) : null,
			handledByName: h.handledByName
		}))
	};
};

export const actions: Actions = {
	handled: async (event) => {
		const staff = requireStaff(event, HANDOFF_STAFF_ROLES);
		const form = await readFormData(event.request);
		const id = form?.get('id');
		if (!isUuid(id)) return fail(400, { message: 'form.unreadable' });
		const done = await markHandoffHandled(db(), staff, id);
		// Another municipality's handoff (or one already handled) is not found, as elsewhere.
		if (!done) error(404, 'not_found');
		const back = form?.get('redirectTo');
		if (typeof back === 'string' && back)
			redirect(303, safeRedirectTarget(back, '/staff/assistant/handoffs'));
		return { handled: id };
	}
};
