import { error } from '@sveltejs/kit';
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db';
import { user } from '../db/schema';
import { CLIENT_ROLES } from '../auth/roles';
import type { SessionUser } from '../auth/session';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ClientRecord {
	id: string;
	name: string;
	email: string;
	role: 'applicant' | 'client';
	municipalityId: string;
	preferredLocale: string;
	isStatusHolder: boolean;
	createdAt: Date;
}

/**
 * The client a staff member asks for, only when that client belongs to the staff member's
 * municipality. Anything else (unknown id, other municipality, a staff account) is a 404,
 * so the answer does not reveal whether such a person exists elsewhere.
 */
export async function getClientForStaff(
	db: Executor,
	staff: SessionUser,
	clientId: string
): Promise<ClientRecord> {
	if (!UUID.test(clientId)) error(404, 'not_found');
	const [row] = await db
		.select({
			id: user.id,
			name: user.name,
			email: user.email,
			role: user.role,
			municipalityId: user.municipalityId,
			preferredLocale: user.preferredLocale,
			isStatusHolder: user.isStatusHolder,
			createdAt: user.createdAt
		})
		.from(user)
		.where(
			and(
				eq(user.id, clientId),
				eq(user.municipalityId, staff.municipalityId),
				inArray(user.role, [...CLIENT_ROLES])
			)
		)
		.limit(1);
	if (!row) error(404, 'not_found');
	return row as ClientRecord;
}
