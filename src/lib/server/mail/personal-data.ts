import { sql } from 'drizzle-orm';
import { queryRows } from '../db/sql';
import { registerPersonalDataEraser } from '../privacy/export';

/**
 * Retention: e-mails to a person (address, subject, body with their name and appointments) are
 * erased, sent or not: by recipient, and by address for messages queued before an account
 * existed. Runs before the account itself is anonymised (its address is still known).
 */
registerPersonalDataEraser({
	id: 'mail',
	order: 900,
	personColumns: ['outbox_message.recipient_id'],
	async forget(db, personId) {
		const rows = await queryRows<{ id: string }>(
			db,
			sql`delete from outbox_message
				where recipient_id = ${personId}
					or to_address = (select email from app_user where id = ${personId})
				returning id`
		);
		return { outbox_message: rows.length };
	}
});
