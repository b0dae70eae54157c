import type { PageServerLoad } from './$types';
import { requireStaff } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { formatDateTime } from '$lib/server/time';
import { listOutbox } from '$lib/server/mail/outbox';
import { mailConfig } from '$lib/server/mail/config';

/** Staff of the municipality see every message the portal sent (or could not send) to its people. */
export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event);
	const messages = await listOutbox(db(), staff.municipalityId);
	return {
		smtp: Boolean(mailConfig().smtpUrl),
		messages: messages.map((m) => ({
			...m,
			createdAt: formatDateTime(m.createdAt, event.locals.locale),
			sentAt: m.sentAt ? formatDateTime(m.sentAt, event.locals.locale) : null
		}))
	};
};
