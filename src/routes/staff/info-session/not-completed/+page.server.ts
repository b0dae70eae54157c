import type { PageServerLoad } from './$types';
import { requireStaff } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { MODULE_SLUGS } from '$lib/content/info-session';
import { listApplicantsWithoutInfoSession } from '$lib/server/info-session/staff';
import { formatDate } from '$lib/server/info-session/format';
import { hasBookedIntake } from '$lib/server/booking';

/**
 * Applicants of the staff member's municipality who have not completed the information session.
 * By default only those who already booked an intake (they need it before that conversation);
 * `?all=1` shows every applicant who has not completed it.
 */
export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event);
	const all = event.url.searchParams.get('all') === '1';
	const filter = all ? {} : { applicant: hasBookedIntake };
	const applicants = await listApplicantsWithoutInfoSession(db(), staff, filter);
	return {
		all,
		total: MODULE_SLUGS.length,
		applicants: applicants.map((a) => ({
			id: a.id,
			name: a.name,
			registeredOn: formatDate(a.registeredAt, event.locals.locale),
			modulesDone: a.modulesDone
		}))
	};
};
