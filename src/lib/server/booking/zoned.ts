/**
 * Wall-clock time in the Netherlands ↔ UTC instants, correct across daylight-saving changes.
 * Staff type "Tuesday 09:30"; the database stores the UTC instant; people see 09:30 again,
 * in March and in November alike. No library: Intl knows the Europe/Amsterdam rules.
 */
import { DISPLAY_TIME_ZONE } from '../time';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const partsFormat = new Intl.DateTimeFormat('en-GB', {
	timeZone: DISPLAY_TIME_ZONE,
	hourCycle: 'h23',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit'
});

function wallParts(instant: number) {
	const parts: Record<string, number> = {};
	for (const p of partsFormat.formatToParts(new Date(instant))) {
		if (p.type !== 'literal') parts[p.type] = Number(p.value);
	}
	return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
}

/** Minutes the Netherlands is ahead of UTC at this instant (60 in winter, 120 in summer). */
export function amsterdamOffsetMinutes(instant: number): number {
	const p = wallParts(instant);
	const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
	return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

export function isIsoDate(value: string): boolean {
	const m = DATE.exec(value);
	if (!m) return false;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1;
}

export function isWallTime(value: string): boolean {
	return TIME.test(value);
}

/**
 * The UTC instant of a wall-clock time in Amsterdam. A time that does not exist (the hour skipped
 * in March) moves forward by that hour; a time that exists twice (October) takes the later one.
 */
export function amsterdamToUtc(isoDate: string, wallTime: string): Date {
	const d = DATE.exec(isoDate);
	const t = TIME.exec(wallTime);
	if (!d || !t) throw new Error(`not a date and time: ${isoDate} ${wallTime}`);
	const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
	const firstGuess = wall - amsterdamOffsetMinutes(wall) * 60_000;
	const offset = amsterdamOffsetMinutes(firstGuess);
	return new Date(wall - offset * 60_000);
}

/** The Amsterdam calendar date (YYYY-MM-DD) of an instant. */
export function amsterdamDate(instant: Date): string {
	const p = wallParts(instant.getTime());
	return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** The Amsterdam wall-clock time (HH:MM) of an instant. */
export function amsterdamTime(instant: Date): string {
	const p = wallParts(instant.getTime());
	return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** Calendar arithmetic on dates, not on milliseconds: adding 7 days keeps the weekday across DST. */
export function addDays(isoDate: string, days: number): string {
	const d = DATE.exec(isoDate);
	if (!d) throw new Error(`not a date: ${isoDate}`);
	const next = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]) + days));
	return next.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, of a calendar date. */
export function weekdayOf(isoDate: string): number {
	return new Date(`${isoDate}T12:00:00Z`).getUTCDay();
}

/** Whole calendar days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}
