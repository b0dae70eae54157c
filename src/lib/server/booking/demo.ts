import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { location, municipality } from '../db/schema-core';
import { registerDemoSeeder, type DemoPeople } from '../demo/seed';
import { booking, slot, type SlotType } from './schema';
import { bookSlot } from './book';
import { insertSlots, talksAfter, type NewSlotRow } from './plan';
import { addDays, amsterdamDate, amsterdamToUtc, weekdayOf } from './zoned';

const MINUTE = 60_000;
const TUESDAY = 2;

function at(date: string, time: string, minutes: number) {
	const startsAt = amsterdamToUtc(date, time);
	return { startsAt, endsAt: new Date(startsAt.getTime() + minutes * MINUTE) };
}

/** Working days (Mon–Fri) from tomorrow on. */
function workingDays(today: string, count: number): string[] {
	const days: string[] = [];
	for (let i = 1; days.length < count; i++) {
		const day = addDays(today, i);
		if (weekdayOf(day) >= 1 && weekdayOf(day) <= 5) days.push(day);
	}
	return days;
}

interface Team {
	municipalityId: string;
	locationId: string;
	work: string | null;
	income: string | null;
}

/** Slots for a few weeks, relative to the moment of seeding. Returns the sessions' ids in order. */
async function planDemoSlots(db: Executor, team: Team, today: string) {
	const base = { municipalityId: team.municipalityId, locationId: team.locationId };
	const toNextTuesday = (TUESDAY - weekdayOf(today) + 7) % 7 || 7;
	const tuesdays = [-7, 0, 7, 14, 21].map((d) => addDays(today, toNextTuesday + d));
	const sessions: NewSlotRow[] = tuesdays.map((day) => ({
		...base,
		type: 'info_session',
		...at(day, '09:30', 90),
		capacity: 12,
		consultantId: team.work
	}));
	const sessionIds = await insertSlots(db, sessions);
	await insertSlots(
		db,
		sessionIds.flatMap((id, i) =>
			talksAfter(
				{ ...base, id, endsAt: sessions[i].endsAt },
				{ count: 6, minutes: 15, consultantId: team.work },
				null
			)
		)
	);
	const oneToOne = (
		type: SlotType,
		days: string[],
		times: string[],
		minutes: number,
		who: string | null
	) =>
		days.flatMap((day) =>
			times.map((time) => ({
				...base,
				type,
				...at(day, time, minutes),
				capacity: 1,
				consultantId: who
			}))
		);
	const days = workingDays(today, 20);
	await insertSlots(
		db,
		oneToOne('intake', days.slice(0, 15), ['10:00', '11:00', '14:00'], 60, team.work)
	);
	const midweek = days.filter((d) => [3, 4].includes(weekdayOf(d)));
	await insertSlots(db, oneToOne('income', midweek, ['10:00', '13:30'], 45, team.income));
	return { pastSession: sessionIds[0], nextSession: sessionIds[1], intakeDays: days };
}

async function seedBookingDemo(db: Executor, people: DemoPeople): Promise<void> {
	const now = new Date();
	const today = amsterdamDate(now);
	const teams: Record<string, { work?: string; income?: string }> = {
		'leidschendam-voorburg': {
			work: people.workConsultant?.id,
			income: people.incomeConsultant?.id
		},
		wassenaar: { work: people.workConsultantWassenaar?.id }
	};
	const places = await db
		.select({ id: municipality.id, slug: municipality.slug, locationId: location.id })
		.from(municipality)
		.innerJoin(location, eq(location.municipalityId, municipality.id));
	const planned: Record<string, Awaited<ReturnType<typeof planDemoSlots>>> = {};
	for (const place of places) {
		if (planned[place.slug]) continue;
		planned[place.slug] = await planDemoSlots(
			db,
			{
				municipalityId: place.id,
				locationId: place.locationId,
				work: teams[place.slug]?.work ?? null,
				income: teams[place.slug]?.income ?? null
			},
			today
		);
	}
	const lv = planned['leidschendam-voorburg'];
	const consultant = people.workConsultant;
	if (!lv || !consultant) return;
	const byStaff = { id: consultant.id, municipalityId: consultant.municipalityId };
	const client = people.client;
	const holder = people.statusHolder;
	if (client) {
		// History: Mark came to last week's information session.
		await db.insert(booking).values({
			municipalityId: client.municipalityId,
			slotId: lv.pastSession,
			userId: client.id,
			type: 'info_session',
			status: 'closed',
			attendance: 'attended',
			icsUid: `demo-${client.id}-session@werk-en-inkomen.portal`,
			bookedBy: client.id
		});
		// Mark's intake is in two working days.
		const intakeAt = amsterdamToUtc(lv.intakeDays[1], '10:00');
		await bookDemo(db, client.id, 'intake', intakeAt, byStaff, now);
	}
	if (holder) {
		// Rania has a seat in the next session and the first talk after it, both with an Arabic interpreter.
		await bookSlot(db, {
			slotId: lv.nextSession,
			userId: holder.id,
			interpreterLanguage: 'ar',
			byStaff,
			now
		});
		const [talk] = await db
			.select({ id: slot.id })
			.from(slot)
			.where(eq(slot.parentSlotId, lv.nextSession))
			.orderBy(asc(slot.startsAt))
			.limit(1);
		if (talk) {
			await bookSlot(db, {
				slotId: talk.id,
				userId: holder.id,
				interpreterLanguage: 'ar',
				byStaff,
				now
			});
		}
	}
}

async function bookDemo(
	db: Executor,
	userId: string,
	type: SlotType,
	startsAt: Date,
	byStaff: { id: string; municipalityId: string },
	now: Date
) {
	const [found] = await db
		.select({ id: slot.id })
		.from(slot)
		.where(
			and(
				eq(slot.type, type),
				eq(slot.startsAt, startsAt),
				eq(slot.municipalityId, byStaff.municipalityId)
			)
		)
		.limit(1);
	if (found)
		await bookSlot(db, { slotId: found.id, userId, interpreterLanguage: null, byStaff, now });
}

registerDemoSeeder(seedBookingDemo);
