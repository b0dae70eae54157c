import { formatDay, formatTimeRange, formatWhen, type SlotDetails } from '$lib/server/booking';
import { amsterdamDate, amsterdamToUtc } from '$lib/server/booking/zoned';

export interface SlotChoice {
	id: string;
	time: string;
	when: string;
	place: string;
	consultant: string | null;
	seatsLeft: number;
	capacity: number;
}

export interface SlotDay {
	day: string;
	label: string;
	slots: SlotChoice[];
}

/** Slots grouped by day (Netherlands calendar), with labels already in the page's language. */
export function slotChoices(slots: SlotDetails[], locale: string): SlotDay[] {
	const days: SlotDay[] = [];
	for (const s of slots) {
		const day = amsterdamDate(s.startsAt);
		let group = days.find((d) => d.day === day);
		if (!group) {
			group = { day, label: formatDay(s.startsAt, locale), slots: [] };
			days.push(group);
		}
		group.slots.push({
			id: s.id,
			time: formatTimeRange(s.startsAt, s.endsAt, locale),
			when: formatWhen(s.startsAt, s.endsAt, locale),
			place: s.locationName,
			consultant: s.consultantName,
			seatsLeft: s.capacity - s.booked,
			capacity: s.capacity
		});
	}
	return days;
}

/** "dinsdag 30 maart 2027" for a calendar date (YYYY-MM-DD). */
export function dayLabel(isoDate: string | null, locale: string): string | null {
	return isoDate ? formatDay(amsterdamToUtc(isoDate, '12:00'), locale) : null;
}
