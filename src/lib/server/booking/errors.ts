/**
 * A booking the rules refuse. Thrown inside a transaction so that everything written so far
 * is rolled back; the domain functions catch it and return `{ ok: false, reason }`.
 */
export class BookingRefusal extends Error {
	constructor(
		/** Translation key for the person, e.g. 'booking.errors.full'. */
		readonly reason: string,
		readonly status: 400 | 403 | 404 | 409 = 400
	) {
		super(reason);
	}
}

export type Refused = { ok: false; reason: string; status: 400 | 403 | 404 | 409 };

/** The SQLSTATE of a database error, through drizzle's wrapper if there is one. */
export function pgErrorCode(error: unknown): string | undefined {
	let current: unknown = error;
	for (let depth = 0; depth < 4 && current; depth++) {
		const code = (current as { code?: unknown }).code;
		if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
		current = (current as { cause?: unknown }).cause;
	}
	return undefined;
}

const UNIQUE_VIOLATION = '23505';
const CHECK_VIOLATION = '23514';
const RETRYABLE = new Set(['40001', '40P01']);

/**
 * Runs a write; a refusal becomes `{ ok: false }`, a lost uniqueness race becomes "already booked",
 * a deadlock or serialization failure is tried again (twice at most).
 */
export async function refusalsAsResult<T>(
	work: () => Promise<T>
): Promise<({ ok: true } & T) | Refused> {
	for (let attempt = 0; ; attempt++) {
		try {
			return { ok: true, ...(await work()) };
		} catch (error) {
			if (error instanceof BookingRefusal)
				return { ok: false, reason: error.reason, status: error.status };
			const code = pgErrorCode(error);
			if (code === UNIQUE_VIOLATION)
				return { ok: false, reason: 'booking.errors.alreadyBooked', status: 409 };
			if (code === CHECK_VIOLATION)
				return { ok: false, reason: 'booking.errors.full', status: 409 };
			if (code && RETRYABLE.has(code) && attempt < 2) continue;
			throw error;
		}
	}
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
