/**
 * Who is due for anonymisation. Read-only SQL over the facts the rules need (the current phase,
 * benefit periods, bookings and traces of activity); the erasing itself is each capability's own
 * `forget` (privacy/export.ts).
 *
 * - closed_file: the current phase is `closed` (left without work, refused, withdrawn) or `work`
 *   (left for work, aftercare), no benefit period is open, and the phase took effect at least
 *   RETENTION_CLOSED_FILE_DAYS ago.
 * - inactive_applicant: an applicant who never had a benefit period and is still in an early step
 *   (application … decision, or none), with no trace of activity for RETENTION_INACTIVE_APPLICANT_DAYS.
 * Never: staff, someone with an open benefit period or an appointment still to come, someone
 * already anonymised.
 */
import { sql, type SQL } from 'drizzle-orm';
import { addDays, todayIso } from '../trajectory/dates';
import { ANONYMISED_EMAIL_DOMAIN } from './account';
import type { RetentionSettings } from './settings';
import type { RetentionRule } from './schema';

const DAY_MS = 86_400_000;
/** Sessions last 30 days and are extended when used: expiry minus 30 days is the last use. */
const SESSION_DAYS = 30;

export interface Cutoffs {
	/** Phases that took effect on or before this day (Europe/Amsterdam) are due. */
	closedOnOrBefore: string;
	/** Applicants whose last activity is at or before this moment are due. */
	applicantInactiveSince: Date;
	/** Drafts last saved at or before this moment are due. */
	draftSavedBefore: Date;
}

export function cutoffs(settings: RetentionSettings, now: Date): Cutoffs {
	return {
		closedOnOrBefore: addDays(todayIso(now), -settings.closedFileDays),
		applicantInactiveSince: new Date(now.getTime() - settings.inactiveApplicantDays * DAY_MS),
		draftSavedBefore: new Date(now.getTime() - settings.draftDays * DAY_MS)
	};
}

/** The rule that applies to the person in row `u` (current phase `cp`), or null. */
function ruleOf(c: Cutoffs): SQL {
	const inactiveSince = sql`${c.applicantInactiveSince.toISOString()}::timestamptz`;
	return sql`case
		when cp.phase in ('closed', 'work') and cp.effective_on <= ${c.closedOnOrBefore}::date
			then 'closed_file'
		when u.role = 'applicant'
			and (cp.phase is null or cp.phase in
				('application', 'info_session', 'questionnaire', 'intake', 'dream_job', 'decision'))
			and not exists (select 1 from benefit_period bp where bp.client_id = u.id)
			and greatest(u.created_at, u.updated_at,
				(select max(greatest(s.created_at, s.expires_at - make_interval(days => ${SESSION_DAYS})))
					from session s where s.user_id = u.id),
				(select max(p.created_at) from client_phase p where p.client_id = u.id),
				(select max(q.updated_at) from questionnaire_response q where q.user_id = u.id),
				(select max(a.last_answered_at) from info_session_answer a where a.user_id = u.id),
				(select max(c.confirmed_at) from info_session_completion c where c.user_id = u.id),
				(select max(greatest(b.updated_at, sl.ends_at)) from booking b
					join slot sl on sl.id = b.slot_id where b.user_id = u.id),
				(select max(h.created_at) from handoff h where h.client_id = u.id)
			) <= ${inactiveSince}
			then 'inactive_applicant'
		end`;
}

function dueFrom(c: Cutoffs, now: Date): SQL {
	const at = sql`${now.toISOString()}::timestamptz`;
	return sql`from app_user u
		left join client_phase cp on cp.client_id = u.id and cp.is_current
		where u.role in ('applicant', 'client')
			and u.email not like ${'%@' + ANONYMISED_EMAIL_DOMAIN}
			and not exists (select 1 from retention_erasure r where r.user_id = u.id)
			and not exists (select 1 from benefit_period bp
				where bp.client_id = u.id and bp.outflow_on is null)
			and not exists (select 1 from booking b join slot sl on sl.id = b.slot_id
				where b.user_id = u.id and b.status = 'active' and sl.ends_at > ${at})
			and (${ruleOf(c)}) is not null`;
}

/**
 * The next due person, locked: `FOR UPDATE OF u SKIP LOCKED`, so another instance working on
 * someone skips them and takes the next. Call inside the transaction that anonymises them.
 */
export function nextDuePersonQuery(c: Cutoffs, now: Date): SQL {
	return sql`select u.id, u.municipality_id, (${ruleOf(c)}) as rule
		${dueFrom(c, now)}
		order by u.created_at, u.id
		limit 1
		for update of u skip locked`;
}

/** How many people each rule would take now (dry run: nothing locked or changed). */
export function countDueQuery(c: Cutoffs, now: Date): SQL {
	return sql`select (${ruleOf(c)}) as rule, count(*) as n ${dueFrom(c, now)} group by 1`;
}

export interface DuePerson {
	id: string;
	municipality_id: string;
	rule: RetentionRule;
}
