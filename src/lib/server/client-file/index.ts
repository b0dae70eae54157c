import { asc, and, eq, ilike, inArray, or } from 'drizzle-orm';
import type { Executor } from '../db';
import { user } from '../db/schema';
import { CLIENT_ROLES } from '../auth/roles';
import type { SessionUser } from '../auth/session';
import { recordAudit } from '../audit/record';
import { getClientForStaff } from './access';
import { loadClientFileSections, type ClientFileContext } from './sections';
import type { Locale } from '$lib/i18n/languages';
import './registry';

export { getClientForStaff } from './access';

/** Opens a client's file for a staff member: access check, audit line, then every section. */
export async function openClientFile(
	db: Executor,
	viewer: SessionUser,
	clientId: string,
	locale: Locale
) {
	const client = await getClientForStaff(db, viewer, clientId);
	await recordAudit(db, {
		actorId: viewer.id,
		action: 'client_file.view',
		subjectId: client.id,
		municipalityId: client.municipalityId
	});
	const context: ClientFileContext = { db, client, viewer, locale };
	return { client, sections: await loadClientFileSections(context) };
}

/** Applicants and clients of the staff member's municipality, optionally filtered by name or e-mail. */
export async function listClients(db: Executor, viewer: SessionUser, query = '', limit = 50) {
	const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
	const mine = and(
		eq(user.municipalityId, viewer.municipalityId),
		inArray(user.role, [...CLIENT_ROLES])
	);
	return db
		.select({
			id: user.id,
			name: user.name,
			email: user.email,
			role: user.role,
			isStatusHolder: user.isStatusHolder
		})
		.from(user)
		.where(query ? and(mine, or(ilike(user.name, pattern), ilike(user.email, pattern))) : mine)
		.orderBy(asc(user.name))
		.limit(limit);
}
