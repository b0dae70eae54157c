import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireStaff } from '$lib/server/auth/guard';
import type { SessionUser } from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import { getClientForStaff } from '$lib/server/client-file';
import type { FieldSpec, Parsed } from '$lib/server/forms/parse';
import { readFormData } from '$lib/server/forms/request';
import { recordAudit } from '$lib/server/audit/record';
import {
	AGREEMENT_FORM,
	ASSIGN_TRAJECTORY_FORM,
	CONSULTANT_FORM,
	CONVERSATION_FORM,
	DECLINE_REQUEST_FORM,
	NOTE_FORM,
	OUTCOME_FORM,
	PHASE_FORM,
	PROPOSAL_FORM,
	WISH_DECISION_FORM,
	parseTrajectoryForm
} from '$lib/server/trajectory/forms';
import {
	addNote,
	answerAsBuddy,
	assignConsultant,
	assignTrajectory,
	changePhase,
	declineRequest,
	loadTrajectorySections,
	proposeMove,
	recordConversation,
	recordOutcome,
	setAgreement,
	settleDispute,
	type ClientRef
} from '$lib/server/trajectory';

export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event);
	const client = await getClientForStaff(db(), staff, event.params.id);
	await recordAudit(db(), {
		actorId: staff.id,
		action: 'trajectory.view',
		subjectId: client.id,
		municipalityId: client.municipalityId
	});
	const sections = await loadTrajectorySections({
		db: db(),
		client,
		viewer: staff,
		locale: event.locals.locale
	});
	return {
		client: { id: client.id, name: client.name, isStatusHolder: client.isStatusHolder },
		sections
	};
};

type Outcome = { ok: true } | { ok: false; error: string };
type Context = { staff: SessionUser; client: ClientRef };

/** Parse, authorise, call, and go back to the client file, or show this page with the errors. */
function action<T extends Record<string, FieldSpec>>(
	name: string,
	anchor: string,
	spec: T,
	run: (context: Context, data: Parsed<T>) => Promise<Outcome>,
	checks: Parameters<typeof parseTrajectoryForm<T>>[2] = {}
) {
	return async (event: RequestEvent<{ id: string }>) => {
		const staff = requireStaff(event);
		const client = await getClientForStaff(db(), staff, event.params.id);
		const form = await readFormData(event.request);
		if (!form)
			return fail(400, { action: name, values: {}, errors: {}, message: 'form.unreadable' });
		const parsed = parseTrajectoryForm(form, spec, checks);
		if (!parsed.ok)
			return fail(400, { action: name, values: parsed.values, errors: parsed.errors });
		const result = await run(
			{ staff, client: { id: client.id, municipalityId: client.municipalityId } },
			parsed.data
		);
		if (!result.ok) {
			return fail(result.error.startsWith('not_allowed') ? 403 : 400, {
				action: name,
				values: parsed.values,
				errors: {},
				message: `trajectory.errors.${result.error}`
			});
		}
		redirect(303, `/staff/clients/${client.id}#${anchor}`);
	};
}

const opt = <T extends string>(value: string) => (value ? (value as T) : null);

export const actions: Actions = {
	phase: action(
		'phase',
		'trajectory-route',
		PHASE_FORM,
		({ staff, client }, d) =>
			changePhase(db(), {
				client,
				actor: staff,
				to: {
					phase: d.phase as never,
					route: opt(d.route),
					category: opt(d.category),
					track: opt(d.track)
				},
				reason: d.reason,
				effectiveOn: d.effectiveOn || undefined,
				outflowReason: d.outflowReason || undefined
			}),
		{ dates: ['effectiveOn'] }
	),
	consultant: action('consultant', 'trajectory-route', CONSULTANT_FORM, ({ staff, client }, d) =>
		assignConsultant(db(), { client, consultantId: d.consultantId, actor: staff, reason: d.reason })
	),
	takeOn: action('takeOn', 'trajectory-route', {}, ({ staff, client }) =>
		assignConsultant(db(), { client, consultantId: staff.id, actor: staff, reason: 'Overgenomen' })
	),
	assignTrajectory: action(
		'assignTrajectory',
		'trajectory-modules',
		ASSIGN_TRAJECTORY_FORM,
		({ staff, client }, d) =>
			assignTrajectory(db(), {
				client,
				actor: staff,
				trajectoryId: d.trajectoryId,
				startsOn: d.startsOn,
				plannedEndOn: d.plannedEndOn || undefined
			}),
		{ dates: ['startsOn', 'plannedEndOn'] }
	),
	outcome: action(
		'outcome',
		'trajectory-modules',
		OUTCOME_FORM,
		({ staff, client }, d) =>
			recordOutcome(db(), {
				client,
				actor: staff,
				clientTrajectoryId: d.clientTrajectoryId,
				outcome: {
					status: d.status as 'completed',
					endedOn: d.endedOn,
					dropoutReason: opt(d.dropoutReason),
					note: d.note
				}
			}),
		{ dates: ['endedOn'] }
	),
	agreement: action(
		'agreement',
		'trajectory-job-applications',
		AGREEMENT_FORM,
		({ staff, client }, d) =>
			setAgreement(db(), { client, actor: staff, perMonth: Number(d.perMonth) }),
		{ numbers: { perMonth: [0, 40] } }
	),
	note: action('note', 'trajectory-notes', NOTE_FORM, ({ staff, client }, d) =>
		addNote(db(), { client, actor: staff, body: d.body })
	),
	conversation: action(
		'conversation',
		'trajectory-participation',
		CONVERSATION_FORM,
		({ staff, client }, d) =>
			recordConversation(db(), {
				client,
				actor: staff,
				heldOn: d.heldOn,
				agreements: d.agreements
			}),
		{ dates: ['heldOn'] }
	),
	propose: action('propose', 'trajectory-participation', PROPOSAL_FORM, ({ staff, client }, d) =>
		proposeMove(db(), {
			client,
			actor: staff,
			wishId: d.wishId,
			reason: d.reason,
			category: d.category as '1C',
			buddyId: d.buddyId
		})
	),
	declineRequest: action(
		'declineRequest',
		'trajectory-participation',
		DECLINE_REQUEST_FORM,
		({ staff, client }, d) =>
			declineRequest(db(), { client, actor: staff, wishId: d.wishId, reason: d.reason })
	),
	buddy: action('buddy', 'trajectory-participation', WISH_DECISION_FORM, ({ staff, client }, d) =>
		answerAsBuddy(db(), {
			client,
			actor: staff,
			wishId: d.wishId,
			accept: d.decision === 'accept',
			reason: d.reason
		})
	),
	settle: action('settle', 'trajectory-participation', WISH_DECISION_FORM, ({ staff, client }, d) =>
		settleDispute(db(), {
			client,
			actor: staff,
			wishId: d.wishId,
			accept: d.decision === 'accept',
			reason: d.reason
		})
	)
};
