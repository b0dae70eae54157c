import type { Executor } from '../db';
import { slot, slotSeries, type SlotType } from './schema';
import {
	parseWhole,
	planningChoices,
	validateSlotFields,
	type FieldErrors,
	type SlotFields,
	type SlotPlan
} from './slot-input';
import { addDays, amsterdamToUtc } from './zoned';

const MINUTE = 60_000;

export interface NewSlotRow {
	municipalityId: string;
	type: SlotType;
	startsAt: Date;
	endsAt: Date;
	capacity: number;
	locationId: string;
	consultantId: string | null;
	seriesId?: string | null;
	parentSlotId?: string | null;
	createdBy?: string | null;
}

export async function insertSlots(db: Executor, rows: NewSlotRow[]): Promise<string[]> {
	if (rows.length === 0) return [];
	const inserted = await db.insert(slot).values(rows).returning({ id: slot.id });
	return inserted.map((r) => r.id);
}

/** Short talks back to back right after an information session, bookable by its participants. */
export function talksAfter(
	session: { id: string; municipalityId: string; endsAt: Date; locationId: string },
	talks: { count: number; minutes: number; consultantId: string | null },
	createdBy: string | null
): NewSlotRow[] {
	return Array.from({ length: talks.count }, (_, i) => ({
		municipalityId: session.municipalityId,
		type: 'talk' as const,
		startsAt: new Date(session.endsAt.getTime() + i * talks.minutes * MINUTE),
		endsAt: new Date(session.endsAt.getTime() + (i + 1) * talks.minutes * MINUTE),
		capacity: 1,
		locationId: session.locationId,
		consultantId: talks.consultantId,
		parentSlotId: session.id,
		createdBy
	}));
}

function rowFor(plan: SlotPlan, date: string, municipalityId: string, createdBy: string) {
	const startsAt = amsterdamToUtc(date, plan.startTime);
	return {
		municipalityId,
		type: plan.type,
		startsAt,
		endsAt: new Date(startsAt.getTime() + plan.minutes * MINUTE),
		capacity: plan.capacity,
		locationId: plan.locationId,
		consultantId: plan.consultantId,
		createdBy
	};
}

export interface SeriesFields extends SlotFields {
	weeks: string;
	talkCount: string;
	talkMinutes: string;
	talkConsultantId: string;
}

type Staff = { id: string; municipalityId: string };
export type PlanResult = { ok: true; slotIds: string[] } | { ok: false; errors: FieldErrors };

/**
 * Creates one slot, or a weekly series ("every Tuesday 09:30, 12 seats, next 6 weeks"), in one
 * transaction. Each week is computed on the calendar (same wall-clock time across DST), and an
 * information session can bring its short talks along.
 */
export async function createSeries(
	db: Executor,
	staff: Staff,
	fields: SeriesFields,
	now = new Date()
): Promise<PlanResult> {
	const checked = await validateSlotFields(db, staff.municipalityId, fields, now);
	const errors: FieldErrors = checked.ok ? {} : { ...checked.errors };
	const weeks = parseWhole(fields.weeks || '1', 1, 26);
	if (weeks === null) errors.weeks = 'booking.errors.invalidWeeks';
	const talkCount = parseWhole(fields.talkCount || '0', 0, 24);
	if (talkCount === null) errors.talkCount = 'booking.errors.invalidTalks';
	const talkMinutes = parseWhole(fields.talkMinutes || '15', 5, 60);
	if (talkMinutes === null) errors.talkMinutes = 'booking.errors.invalidMinutes';
	const talkConsultantId = fields.talkConsultantId || null;
	if (talkConsultantId) {
		const { consultants } = await planningChoices(db, staff.municipalityId);
		if (!consultants.some((c) => c.id === talkConsultantId))
			errors.talkConsultantId = 'form.choice';
	}
	if (!checked.ok || Object.keys(errors).length > 0) return { ok: false, errors };
	const { plan } = checked;
	const withTalks = plan.type === 'info_session' && talkCount ? talkCount : 0;
	return db.transaction(async (tx) => {
		let seriesId: string | null = null;
		if (weeks! > 1) {
			const [series] = await tx
				.insert(slotSeries)
				.values({
					municipalityId: staff.municipalityId,
					type: plan.type,
					firstDate: plan.date,
					startTime: plan.startTime,
					minutes: plan.minutes,
					weeks: weeks!,
					capacity: plan.capacity,
					createdBy: staff.id
				})
				.returning({ id: slotSeries.id });
			seriesId = series.id;
		}
		const rows = Array.from({ length: weeks! }, (_, week) => ({
			...rowFor(plan, addDays(plan.date, 7 * week), staff.municipalityId, staff.id),
			seriesId
		}));
		const ids = await insertSlots(tx, rows);
		if (withTalks) {
			const talks = ids.flatMap((id, i) =>
				talksAfter(
					{
						id,
						municipalityId: staff.municipalityId,
						endsAt: rows[i].endsAt,
						locationId: plan.locationId
					},
					{ count: withTalks, minutes: talkMinutes!, consultantId: talkConsultantId },
					staff.id
				)
			);
			await insertSlots(tx, talks);
		}
		return { ok: true as const, slotIds: ids };
	});
}
