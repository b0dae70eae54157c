/**
 * Columns that point at an account (app_user) but are NOT a person's own data for retention:
 * who did something (staff, or the person on their own rows, which their capability erases), and
 * rows that must stay. Every other such column must be in some eraser's `personColumns`
 * (privacy/export.ts); coverage.spec.ts reads the schema and fails on a column in neither list,
 * so a new capability's personal data cannot be forgotten.
 */
export const ACTOR_COLUMNS: readonly string[] = [
	'client_phase.changed_by',
	'consultant_assignment.consultant_id',
	'consultant_assignment.assigned_by',
	'client_trajectory.assigned_by',
	'client_trajectory.outcome_by',
	'job_application.entered_by',
	'job_search_agreement.set_by',
	'client_note.author_id',
	'participation_conversation.consultant_id',
	'work_wish.proposed_by',
	'work_wish.buddy_id',
	'work_wish.settled_by',
	'benefit_period.recorded_by',
	'caseload_target.updated_by',
	'category_decision.decided_by',
	'slot_series.created_by',
	'slot.consultant_id',
	'slot.created_by',
	'booking.booked_by',
	'assistant_answer.reviewed_by',
	'assistant_answer.updated_by',
	'handoff.handled_by',
	'audit_event.actor_id'
];

/** Kept on purpose, holding ids only (see the README's Retention section). */
export const KEPT_COLUMNS: readonly string[] = [
	// The audit log is append-only (a trigger, drizzle/0001): the lines stay, pointing at the
	// anonymised account.
	'audit_event.subject_id',
	// The record that the person was anonymised, and when (ids, rule, counts).
	'retention_erasure.user_id'
];
