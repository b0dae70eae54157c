import type { PageServerLoad } from './$types';
import { requireStaff } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { formatDateTime } from '$lib/server/time';
import { LANGUAGES } from '$lib/i18n/languages';
import { listQuestionnairesAwaitingReview } from '$lib/server/diagnosis';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Submitted questionnaires of the staff member's municipality awaiting a decision, oldest first. */
export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event);
	const rows = await listQuestionnairesAwaitingReview(db(), staff);
	const now = Date.now();
	return {
		waiting: rows.map((row) => ({
			clientId: row.clientId,
			name: row.name,
			isStatusHolder: row.isStatusHolder,
			language: LANGUAGES.find((l) => l.code === row.locale)?.name ?? row.locale ?? '',
			languageCode: row.locale,
			submittedAt: row.submittedAt ? formatDateTime(row.submittedAt, event.locals.locale) : '',
			waitingDays: row.submittedAt
				? Math.max(0, Math.floor((now - row.submittedAt.getTime()) / DAY_MS))
				: 0
		}))
	};
};
