import { sql } from 'drizzle-orm';
import { queryRows } from '../db/sql';
import { registerPersonalDataEraser } from '../privacy/export';

/** The name an anonymised account shows wherever staff pages still list its id. */
export const ANONYMISED_NAME = '(geanonimiseerd)';
/** The e-mail domain of anonymised accounts (`.invalid` never resolves, RFC 2606). */
export const ANONYMISED_EMAIL_DOMAIN = 'erased.invalid';
/** Not an argon2 hash: no password ever matches it. */
export const NO_LOGIN = '!erased';

/**
 * Retention, last step: the account row stays (the audit log, benefit periods and trajectory
 * outcomes point at its id), but its name, e-mail, password, language and status-holder mark are
 * replaced; sessions, the second factor, recovery codes and the per-account login counter go.
 */
registerPersonalDataEraser({
	id: 'account',
	order: 1000,
	personColumns: ['session.user_id', 'two_factor.user_id', 'recovery_code.user_id'],
	async forget(db, personId) {
		const sessions = await queryRows<{ id: string }>(
			db,
			sql`delete from session where user_id = ${personId} returning id`
		);
		const factors = await queryRows<{ id: string }>(
			db,
			sql`delete from two_factor where user_id = ${personId} returning user_id as id`
		);
		const codes = await queryRows<{ id: string }>(
			db,
			sql`delete from recovery_code where user_id = ${personId} returning id`
		);
		const counters = await queryRows<{ key: string }>(
			db,
			sql`delete from rate_limit where bucket = 'login-account'
				and key = (select email from app_user where id = ${personId}) returning key`
		);
		const accounts = await queryRows<{ id: string }>(
			db,
			sql`update app_user set name = ${ANONYMISED_NAME},
					email = 'erased-' || id || ${'@' + ANONYMISED_EMAIL_DOMAIN},
					password_hash = ${NO_LOGIN}, preferred_locale = 'nl', is_status_holder = false,
					updated_at = now()
				where id = ${personId} and email not like ${'%@' + ANONYMISED_EMAIL_DOMAIN}
				returning id`
		);
		return {
			session: sessions.length,
			two_factor: factors.length,
			recovery_code: codes.length,
			rate_limit: counters.length,
			app_user: accounts.length
		};
	}
});
