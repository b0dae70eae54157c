import type { Role } from '../db/schema-core';

/** The person whose route it is: enough to scope every query to their municipality. */
export interface ClientRef {
	id: string;
	municipalityId: string;
}

/** Who does something: a staff member, or the client themselves. */
export interface Actor {
	id: string;
	role: Role;
	municipalityId: string;
}

export type Result<E extends string = string> = { ok: true } | { ok: false; error: E };
