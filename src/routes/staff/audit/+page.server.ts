import type { PageServerLoad } from './$types';
import { requireStaff } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { listAuditEvents } from '$lib/server/audit/query';
import { cleanText } from '$lib/server/forms/parse';
import { recordAudit } from '$lib/server/audit/record';

const AUDITORS = ['quality_officer', 'administrator'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function dateParam(value: string | null, addDays = 0): Date | undefined {
	if (!value || !DATE.test(value)) return undefined;
	const date = new Date(`${value}T00:00:00Z`);
	if (Number.isNaN(date.getTime())) return undefined;
	date.setUTCDate(date.getUTCDate() + addDays);
	return date;
}

export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event, AUDITORS);
	const params = event.url.searchParams;
	const filter = {
		action: cleanText(params.get('action') ?? '').slice(0, 60),
		actor: cleanText(params.get('actor') ?? '').slice(0, 254),
		subject: cleanText(params.get('subject') ?? ''),
		from: params.get('from') ?? '',
		to: params.get('to') ?? ''
	};
	const page = Math.min(Math.max(Number.parseInt(params.get('page') ?? '0', 10) || 0, 0), 10_000);
	const result = await listAuditEvents(db(), {
		municipalityId: staff.municipalityId,
		action: filter.action || undefined,
		actorEmail: filter.actor || undefined,
		subjectId: UUID.test(filter.subject) ? filter.subject : undefined,
		from: dateParam(filter.from),
		to: dateParam(filter.to, 1),
		page
	});
	// Reading the log is itself logged.
	await recordAudit(db(), {
		actorId: staff.id,
		action: 'audit_log.view',
		municipalityId: staff.municipalityId
	});
	return {
		filter,
		page: result.page,
		hasMore: result.hasMore,
		events: result.rows.map((row) => ({ ...row, at: row.at.toISOString() }))
	};
};
