import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { user } from '../db/schema-core';
import { recordAudit } from '../audit/record';
import { addDays, todayIso } from './dates';
import { benefitPeriod, clientPhase, type ClientPhase } from './schema';
import { checkTransition, type PhaseState, type TransitionError } from './transitions';
import type { Actor, ClientRef } from './types';

export async function getCurrentPhase(
	db: Executor,
	clientId: string
): Promise<ClientPhase | undefined> {
	const [row] = await db
		.select()
		.from(clientPhase)
		.where(and(eq(clientPhase.clientId, clientId), eq(clientPhase.isCurrent, true)))
		.limit(1);
	return row;
}

export function stateOf(row: ClientPhase | undefined | null): PhaseState | null {
	if (!row) return null;
	return { phase: row.phase, route: row.route, category: row.category, track: row.track };
}

/** The phase history, newest first, with the name of whoever recorded each change. */
export async function getPhaseHistory(db: Executor, clientId: string) {
	return db
		.select({
			id: clientPhase.id,
			phase: clientPhase.phase,
			route: clientPhase.route,
			category: clientPhase.category,
			track: clientPhase.track,
			effectiveOn: clientPhase.effectiveOn,
			routeStartedOn: clientPhase.routeStartedOn,
			reason: clientPhase.reason,
			createdAt: clientPhase.createdAt,
			changedByName: user.name
		})
		.from(clientPhase)
		.leftJoin(user, eq(user.id, clientPhase.changedBy))
		.where(eq(clientPhase.clientId, clientId))
		.orderBy(desc(clientPhase.createdAt));
}

export type ChangePhaseError = TransitionError | 'effective_date_invalid' | 'changed_meanwhile';

export interface PhaseChange {
	client: ClientRef;
	actor: Actor;
	to: PhaseState;
	reason: string;
	/** Day the change takes effect; today when left out. Up to a year back, never ahead. */
	effectiveOn?: string;
	/** Why someone leaves the benefit other than for work (closing an open benefit period). */
	outflowReason?: string;
	via?: 'work_wish';
}

/**
 * Records a phase change or route assignment, with who, when and why, after checking the
 * transition rules. In one transaction it also opens or closes the benefit period (inflow and
 * outflow for the figures) and makes an applicant a client once the benefit is granted.
 */
export async function changePhase(
	db: Executor,
	change: PhaseChange
): Promise<{ ok: true; phase: ClientPhase } | { ok: false; error: ChangePhaseError }> {
	const today = todayIso();
	const effectiveOn = change.effectiveOn || today;
	if (effectiveOn > today || effectiveOn < addDays(today, -366)) {
		return { ok: false, error: 'effective_date_invalid' };
	}
	return db.transaction(async (tx) => {
		// Changes of one client take turns: the client's row is locked first (a client without a
		// phase yet has no current row to lock), then the current phase row.
		await tx
			.select({ id: user.id })
			.from(user)
			.where(eq(user.id, change.client.id))
			.for('no key update');
		const [current] = await tx
			.select()
			.from(clientPhase)
			.where(and(eq(clientPhase.clientId, change.client.id), eq(clientPhase.isCurrent, true)))
			.for('update');
		const from = stateOf(current);
		const check = checkTransition({
			from,
			to: change.to,
			role: change.actor.role,
			via: change.via
		});
		if (!check.ok) return check;

		const to = normalise(change.to, from);
		const routeStartedOn =
			to.phase !== 'route' && to.phase !== 'work' && to.phase !== 'closed'
				? null
				: to.phase === 'route' && (from?.phase !== 'route' || from.route !== to.route)
					? effectiveOn
					: (current?.routeStartedOn ?? null);

		if (current) {
			await tx.update(clientPhase).set({ isCurrent: false }).where(eq(clientPhase.id, current.id));
		}
		const [inserted] = await tx
			.insert(clientPhase)
			.values({
				municipalityId: change.client.municipalityId,
				clientId: change.client.id,
				...to,
				routeStartedOn,
				effectiveOn,
				isCurrent: true,
				changedBy: change.actor.id,
				reason: change.reason
			})
			.onConflictDoNothing()
			.returning();
		if (!inserted) return { ok: false as const, error: 'changed_meanwhile' as const };

		await updateBenefitPeriod(tx, change, from, to, effectiveOn);
		await recordAudit(tx, {
			actorId: change.actor.id,
			action: 'trajectory.phase.change',
			subjectId: change.client.id,
			municipalityId: change.client.municipalityId,
			detail: { phase: to.phase, route: to.route ?? '' }
		});
		return { ok: true as const, phase: inserted };
	});
}

/** Work and closed keep the route they came from, so figures can say which route led to work. */
function normalise(to: PhaseState, from: PhaseState | null): PhaseState {
	if (to.phase === 'route') {
		return { ...to, track: to.route === 'reintegration' ? (to.track ?? 'general') : null };
	}
	if (to.phase === 'work' || to.phase === 'closed') {
		return {
			phase: to.phase,
			route: from?.route ?? null,
			category: from?.category ?? null,
			track: from?.track ?? null
		};
	}
	return { phase: to.phase, route: null, category: null, track: null };
}

async function updateBenefitPeriod(
	tx: Executor,
	change: PhaseChange,
	from: PhaseState | null,
	to: PhaseState,
	effectiveOn: string
): Promise<void> {
	const client = change.client;
	const onBenefit = from?.phase === 'route';
	if (to.phase === 'route' && !onBenefit) {
		// Benefit granted (after the decision), or back on benefit after work: inflow.
		await tx
			.insert(benefitPeriod)
			.values({
				municipalityId: client.municipalityId,
				clientId: client.id,
				startedOn: effectiveOn,
				recordedBy: change.actor.id
			})
			.onConflictDoNothing();
		// The applicant (aanvrager) becomes a client (klant) once the benefit is granted.
		await tx
			.update(user)
			.set({ role: 'client', updatedAt: new Date() })
			.where(and(eq(user.id, client.id), eq(user.role, 'applicant')));
	}
	if (onBenefit && (to.phase === 'work' || to.phase === 'closed')) {
		await tx
			.update(benefitPeriod)
			.set({
				outflowOn: sql`greatest(${benefitPeriod.startedOn}, ${effectiveOn}::date)`,
				outflowKind: to.phase === 'work' ? 'work' : 'other',
				outflowReason: to.phase === 'work' ? '' : (change.outflowReason ?? 'other')
			})
			.where(and(eq(benefitPeriod.clientId, client.id), isNull(benefitPeriod.outflowOn)));
	}
}
