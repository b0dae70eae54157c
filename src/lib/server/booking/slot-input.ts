import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db';
import { location, user } from '../db/schema-core';
import type { SlotType } from './schema';
import { SLOT_RULES, isSlotType } from './rules';
import { UUID } from './errors';
import { amsterdamToUtc, isIsoDate, isWallTime } from './zoned';

/** Staff roles that plan slots, and the consultants a slot can be given to. */
export const SLOT_PLANNERS = ['work_consultant', 'income_consultant', 'administrator'] as const;
export const CONSULTANT_ROLES = ['work_consultant', 'income_consultant'] as const;

export interface SlotFields {
	type: string;
	date: string;
	startTime: string;
	minutes: string;
	capacity: string;
	locationId: string;
	consultantId: string;
}

export interface SlotPlan {
	type: SlotType;
	date: string;
	startTime: string;
	minutes: number;
	capacity: number;
	locationId: string;
	consultantId: string | null;
}

export type FieldErrors = Record<string, string>;

export function parseWhole(value: string, min: number, max: number): number | null {
	if (!/^\d{1,4}$/.test(value.trim())) return null;
	const n = Number(value);
	return n >= min && n <= max ? n : null;
}

/** The municipality's locations and consultants, for the staff forms' choices. */
export async function planningChoices(db: Executor, municipalityId: string) {
	const [locations, consultants] = await Promise.all([
		db
			.select({ id: location.id, name: location.name, address: location.address })
			.from(location)
			.where(eq(location.municipalityId, municipalityId)),
		db
			.select({ id: user.id, name: user.name, role: user.role })
			.from(user)
			.where(
				and(eq(user.municipalityId, municipalityId), inArray(user.role, [...CONSULTANT_ROLES]))
			)
	]);
	return { locations, consultants };
}

/** Checks a slot typed by staff: field by field, against the staff member's municipality. */
export async function validateSlotFields(
	db: Executor,
	municipalityId: string,
	fields: SlotFields,
	now: Date
): Promise<{ ok: true; plan: SlotPlan } | { ok: false; errors: FieldErrors }> {
	const errors: FieldErrors = {};
	const type = isSlotType(fields.type) ? fields.type : null;
	if (!type) errors.type = 'form.choice';
	if (!isIsoDate(fields.date)) errors.date = 'booking.errors.invalidDate';
	if (!isWallTime(fields.startTime)) errors.startTime = 'booking.errors.invalidTime';
	const minutes = parseWhole(fields.minutes, 5, 480);
	if (minutes === null) errors.minutes = 'booking.errors.invalidMinutes';
	const oneToOne = type ? SLOT_RULES[type].oneToOne : false;
	const capacity = oneToOne ? 1 : parseWhole(fields.capacity, 1, 200);
	if (capacity === null) errors.capacity = 'booking.errors.invalidCapacity';
	const { locations, consultants } = await planningChoices(db, municipalityId);
	if (!UUID.test(fields.locationId) || !locations.some((l) => l.id === fields.locationId))
		errors.locationId = 'form.choice';
	const consultantId = fields.consultantId || null;
	if (consultantId && !consultants.some((c) => c.id === consultantId))
		errors.consultantId = 'form.choice';
	if (!errors.date && !errors.startTime) {
		if (amsterdamToUtc(fields.date, fields.startTime).getTime() <= now.getTime())
			errors.date = 'booking.errors.startInPast';
	}
	if (Object.keys(errors).length > 0 || !type || minutes === null || capacity === null)
		return { ok: false, errors };
	return {
		ok: true,
		plan: {
			type,
			date: fields.date,
			startTime: fields.startTime,
			minutes,
			capacity,
			locationId: fields.locationId,
			consultantId
		}
	};
}
