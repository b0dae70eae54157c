import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	index,
	integer,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { municipality, user } from '../db/schema-core';
import {
	CATEGORIES,
	DROPOUT_REASONS,
	OUTFLOW_KINDS,
	PHASES,
	ROUTES,
	TRACKS,
	TRAJECTORY_STATUSES,
	TRAJECTORY_TYPES,
	TARGET_GROUPS,
	WORK_WISH_STATUSES,
	APPLICATION_METHODS,
	APPLICATION_RESULTS
} from './vocabulary';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const municipalityId = () =>
	uuid('municipality_id')
		.notNull()
		.references(() => municipality.id);
const clientId = () =>
	uuid('client_id')
		.notNull()
		.references(() => user.id, { onDelete: 'cascade' });

/**
 * Where a person is in the chain (application → … → route → work), with history: a change adds a
 * row and clears `is_current` on the previous one. One current row per person (partial unique
 * index), so two simultaneous changes cannot both win.
 */
export const clientPhase = pgTable(
	'client_phase',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		municipalityId: municipalityId(),
		clientId: clientId(),
		phase: text('phase', { enum: PHASES }).notNull(),
		/** Set from the decision on: direct mediation, reintegration or participation. */
		route: text('route', { enum: ROUTES }),
		/** Distance to the labour market (1A…3B); the consultant decides, the questionnaire advises. */
		category: text('category', { enum: CATEGORIES }),
		/** Specific development route within reintegration (status holders, young people, 50+…). */
		track: text('track', { enum: TRACKS }),
		/** Day the current route began: carried along while the route stays the same. */
		routeStartedOn: date('route_started_on', { mode: 'string' }),
		/** Day the change took effect (may lie a little in the past). */
		effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
		isCurrent: boolean('is_current').notNull().default(true),
		/** Null when the portal itself recorded it (registration). */
		changedBy: uuid('changed_by').references(() => user.id),
		reason: text('reason').notNull().default(''),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('client_phase_current_idx')
			.on(t.clientId)
			.where(sql`${t.isCurrent}`),
		index('client_phase_client_idx').on(t.clientId, t.createdAt),
		index('client_phase_municipality_current_idx')
			.on(t.municipalityId, t.phase, t.route)
			.where(sql`${t.isCurrent}`)
	]
);

/**
 * Which consultant guides a person. Moving a client ends the current row and adds one, so the
 * history of who guided whom stays.
 */
export const consultantAssignment = pgTable(
	'consultant_assignment',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		municipalityId: municipalityId(),
		clientId: clientId(),
		consultantId: uuid('consultant_id')
			.notNull()
			.references(() => user.id),
		startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
		endedAt: timestamp('ended_at', { withTimezone: true }),
		assignedBy: uuid('assigned_by').references(() => user.id),
		reason: text('reason').notNull().default('')
	},
	(t) => [
		uniqueIndex('consultant_assignment_current_idx')
			.on(t.clientId)
			.where(sql`${t.endedAt} is null`),
		index('consultant_assignment_consultant_idx')
			.on(t.consultantId)
			.where(sql`${t.endedAt} is null`),
		index('consultant_assignment_client_idx').on(t.clientId, t.startedAt)
	]
);

/** The catalogue ("het mandje"): trajectories the municipality buys or runs itself. */
export const trajectory = pgTable(
	'trajectory',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		municipalityId: municipalityId(),
		name: text('name').notNull(),
		provider: text('provider').notNull(),
		type: text('type', { enum: TRAJECTORY_TYPES }).notNull(),
		targetGroup: text('target_group', { enum: TARGET_GROUPS }).notNull(),
		description: text('description').notNull().default(''),
		durationWeeks: integer('duration_weeks').notNull(),
		/** Price per participant, in euro cents. */
		costCents: integer('cost_cents').notNull(),
		/** Places at the same time; null: no limit. */
		capacity: integer('capacity'),
		status: text('status', { enum: ['active', 'retired'] })
			.notNull()
			.default('active'),
		createdAt: createdAt(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('trajectory_municipality_name_idx').on(t.municipalityId, t.name),
		check('trajectory_cost_check', sql`${t.costCents} >= 0`),
		check('trajectory_capacity_check', sql`${t.capacity} is null or ${t.capacity} > 0`),
		check('trajectory_duration_check', sql`${t.durationWeeks} > 0`)
	]
);

/** A trajectory assigned to a client, and its outcome. */
export const clientTrajectory = pgTable(
	'client_trajectory',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		municipalityId: municipalityId(),
		clientId: clientId(),
		trajectoryId: uuid('trajectory_id')
			.notNull()
			.references(() => trajectory.id),
		status: text('status', { enum: TRAJECTORY_STATUSES }).notNull().default('ongoing'),
		startsOn: date('starts_on', { mode: 'string' }).notNull(),
		plannedEndOn: date('planned_end_on', { mode: 'string' }).notNull(),
		endedOn: date('ended_on', { mode: 'string' }),
		dropoutReason: text('dropout_reason', { enum: DROPOUT_REASONS }),
		outcomeNote: text('outcome_note').notNull().default(''),
		assignedBy: uuid('assigned_by').references(() => user.id),
		assignedAt: createdAt(),
		outcomeBy: uuid('outcome_by').references(() => user.id),
		outcomeAt: timestamp('outcome_at', { withTimezone: true })
	},
	(t) => [
		index('client_trajectory_client_idx').on(t.clientId, t.startsOn),
		index('client_trajectory_trajectory_idx').on(t.trajectoryId, t.status),
		index('client_trajectory_municipality_idx').on(t.municipalityId, t.trajectoryId),
		uniqueIndex('client_trajectory_ongoing_idx')
			.on(t.clientId, t.trajectoryId)
			.where(sql`${t.status} = 'ongoing'`),
		check('client_trajectory_dates_check', sql`${t.plannedEndOn} >= ${t.startsOn}`),
		check(
			'client_trajectory_outcome_check',
			sql`(${t.status} = 'ongoing' and ${t.endedOn} is null) or ${t.status} = 'cancelled' or (${t.status} in ('completed', 'dropped_out') and ${t.endedOn} is not null)`
		),
		check(
			'client_trajectory_dropout_check',
			sql`${t.status} <> 'dropped_out' or ${t.dropoutReason} is not null`
		)
	]
);

/** A job application a reintegration client logged (or a consultant logged for them). */
export const jobApplication = pgTable(
	'job_application',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		municipalityId: municipalityId(),
		clientId: clientId(),
		appliedOn: date('applied_on', { mode: 'string' }).notNull(),
		employer: text('employer').notNull(),
		position: text('position').notNull(),
		method: text('method', { enum: APPLICATION_METHODS }).notNull(),
		result: text('result', { enum: APPLICATION_RESULTS }).notNull().default('waiting'),
		enteredBy: uuid('entered_by').references(() => user.id),
		createdAt: createdAt(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('job_application_client_idx').on(t.clientId, t.appliedOn)]
);

/** How many job applications a month the consultant and client agreed on. */
export const jobSearchAgreement = pgTable(
	'job_search_agreement',
	{
		clientId: uuid('client_id')
			.primaryKey()
			.references(() => user.id, { onDelete: 'cascade' }),
		municipalityId: municipalityId(),
		perMonth: integer('per_month').notNull(),
		setBy: uuid('set_by').references(() => user.id),
		setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [check('job_search_agreement_check', sql`${t.perMonth} between 0 and 40`)]
);

/** Consultants' notes on a client; staff only. */
export const clientNote = pgTable(
	'client_note',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		municipalityId: municipalityId(),
		clientId: clientId(),
		authorId: uuid('author_id')
			.notNull()
			.references(() => user.id),
		body: text('body').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('client_note_client_idx').on(t.clientId, t.createdAt)]
);

/** The yearly conversation of a participation client with the income consultant. */
export const participationConversation = pgTable(
	'participation_conversation',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		municipalityId: municipalityId(),
		clientId: clientId(),
		consultantId: uuid('consultant_id').references(() => user.id),
		heldOn: date('held_on', { mode: 'string' }).notNull(),
		/** What was agreed, in words the client reads on /my. */
		agreements: text('agreements').notNull().default(''),
		createdAt: createdAt()
	},
	(t) => [index('participation_conversation_client_idx').on(t.clientId, t.heldOn)]
);

/**
 * "I would like to work (more)": a participation client's wish, the income consultant's proposal
 * to move the client to reintegration, the work-team buddy's answer and, when they disagree, the
 * quality officer's decision. One open wish per client.
 */
export const workWish = pgTable(
	'work_wish',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		municipalityId: municipalityId(),
		clientId: clientId(),
		status: text('status', { enum: WORK_WISH_STATUSES }).notNull().default('requested'),
		clientMessage: text('client_message').notNull().default(''),
		createdAt: createdAt(),
		proposedBy: uuid('proposed_by').references(() => user.id),
		proposedAt: timestamp('proposed_at', { withTimezone: true }),
		proposalReason: text('proposal_reason'),
		proposedCategory: text('proposed_category', { enum: CATEGORIES }),
		buddyId: uuid('buddy_id').references(() => user.id),
		buddyDecidedAt: timestamp('buddy_decided_at', { withTimezone: true }),
		buddyReason: text('buddy_reason'),
		settledBy: uuid('settled_by').references(() => user.id),
		settledAt: timestamp('settled_at', { withTimezone: true }),
		settleReason: text('settle_reason')
	},
	(t) => [
		uniqueIndex('work_wish_open_idx')
			.on(t.clientId)
			.where(sql`${t.status} in ('requested', 'proposed', 'disputed')`),
		index('work_wish_municipality_idx').on(t.municipalityId, t.status)
	]
);

/**
 * A period on benefit (bijstand): inflow when it starts, outflow (to work or otherwise) when it
 * ends. The policy figures (inflow, outflow, caseload at month end, durability) are computed from
 * these rows. One open period per person.
 */
export const benefitPeriod = pgTable(
	'benefit_period',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		municipalityId: municipalityId(),
		clientId: clientId(),
		startedOn: date('started_on', { mode: 'string' }).notNull(),
		outflowOn: date('outflow_on', { mode: 'string' }),
		outflowKind: text('outflow_kind', { enum: OUTFLOW_KINDS }),
		outflowReason: text('outflow_reason').notNull().default(''),
		recordedBy: uuid('recorded_by').references(() => user.id),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('benefit_period_open_idx')
			.on(t.clientId)
			.where(sql`${t.outflowOn} is null`),
		index('benefit_period_started_idx').on(t.municipalityId, t.startedOn),
		index('benefit_period_outflow_idx')
			.on(t.municipalityId, t.outflowOn, t.outflowKind)
			.where(sql`${t.outflowOn} is not null`),
		index('benefit_period_client_idx').on(t.clientId, t.startedOn),
		check(
			'benefit_period_dates_check',
			sql`${t.outflowOn} is null or ${t.outflowOn} >= ${t.startedOn}`
		),
		check(
			'benefit_period_outflow_check',
			sql`(${t.outflowOn} is null) = (${t.outflowKind} is null)`
		)
	]
);

/** Per municipality: the yearly target for the net reduction of the caseload (policy: 30-50). */
export const caseloadTarget = pgTable('caseload_target', {
	municipalityId: uuid('municipality_id')
		.primaryKey()
		.references(() => municipality.id),
	yearlyNetReduction: integer('yearly_net_reduction').notNull().default(40),
	updatedBy: uuid('updated_by').references(() => user.id),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export type ClientPhase = typeof clientPhase.$inferSelect;
export type Trajectory = typeof trajectory.$inferSelect;
export type ClientTrajectory = typeof clientTrajectory.$inferSelect;
export type JobApplication = typeof jobApplication.$inferSelect;
export type WorkWish = typeof workWish.$inferSelect;
export type BenefitPeriod = typeof benefitPeriod.$inferSelect;
