import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { booking } from './schema';

/**
 * A condition other capabilities can put in their own queries: the person (an app_user.id column)
 * holds an active intake booking. Used by the information session's not-completed list.
 */
export function hasBookedIntake(personId: AnyColumn): SQL {
	return sql`exists (select 1 from ${booking} where ${booking.userId} = ${personId} and ${booking.type} = 'intake' and ${booking.status} = 'active')`;
}
