/**
 * The words of the trajectory capability, as stable ids. Stored in the database as text and
 * translated in the `trajectory` namespace (e.g. `trajectory.phase.dream_job`), so pages and the
 * database share one list. Pure: safe to import from pages and scripts.
 */

/** The chain an applicant follows (see DOMAIN.md), plus `closed` (left without work). */
export const PHASES = [
	'application',
	'info_session',
	'questionnaire',
	'intake',
	/** Droombaan: two to three weeks to find a preferred job after the intake. */
	'dream_job',
	'decision',
	'route',
	/** At work, with aftercare (nazorg). */
	'work',
	'closed'
] as const;
export type Phase = (typeof PHASES)[number];

export const ROUTES = ['direct_mediation', 'reintegration', 'participation'] as const;
export type Route = (typeof ROUTES)[number];

/** Distance to the labour market (DOMAIN.md): 1A 0-3 months … 3B 48+ months. */
export const CATEGORIES = ['1A', '1B', '1C', '2A', '2B', '3A', '3B'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Development routes within reintegration for specific groups. */
export const TRACKS = ['general', 'status_holder', 'young', 'over_50', 'sheltered'] as const;
export type Track = (typeof TRACKS)[number];

export const TRAJECTORY_TYPES = [
	'focus_day',
	'application_training',
	'coaching',
	'empowerment',
	'language',
	'activation',
	'vocational_course',
	'work_learn_place',
	'trial_placement',
	'paid_internship',
	'job_coaching',
	'self_employment',
	'education',
	'participation_activity'
] as const;
export type TrajectoryType = (typeof TRAJECTORY_TYPES)[number];

export const TARGET_GROUPS = [
	'all',
	'status_holders',
	'young_people',
	'over_50',
	'sheltered_work',
	'participation'
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const TRAJECTORY_STATUSES = ['ongoing', 'completed', 'dropped_out', 'cancelled'] as const;
export type TrajectoryStatus = (typeof TRAJECTORY_STATUSES)[number];

export const DROPOUT_REASONS = [
	'health',
	'motivation',
	'care_duties',
	'mismatch',
	'found_work',
	'moved',
	'other'
] as const;
export type DropoutReason = (typeof DROPOUT_REASONS)[number];

export const OUTFLOW_KINDS = ['work', 'other'] as const;
export type OutflowKind = (typeof OUTFLOW_KINDS)[number];

/** Why someone left the benefit other than for work. */
export const OUTFLOW_OTHER_REASONS = [
	'partner_income',
	'other_benefit',
	'education',
	'moved',
	'refused',
	'withdrawn',
	'other'
] as const;

export const APPLICATION_METHODS = [
	'online',
	'email',
	'letter',
	'phone',
	'in_person',
	'network',
	'agency'
] as const;
export type ApplicationMethod = (typeof APPLICATION_METHODS)[number];

export const APPLICATION_RESULTS = [
	'waiting',
	'no_response',
	'rejected',
	'interview',
	'hired'
] as const;
export type ApplicationResult = (typeof APPLICATION_RESULTS)[number];

export const WORK_WISH_STATUSES = [
	/** The client asked; waiting for the income consultant. */
	'requested',
	/** The income consultant proposes reintegration; waiting for the work-team buddy. */
	'proposed',
	/** The buddy declined; the quality officer decides. */
	'disputed',
	'accepted',
	'declined'
] as const;
export type WorkWishStatus = (typeof WORK_WISH_STATUSES)[number];
