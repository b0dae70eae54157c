import { registerClientFileSection } from '../client-file/sections';
import { listBookingsOfClient } from './queries';
import { formatWhen } from './format';

export interface BookingSectionItem {
	id: string;
	type: string;
	status: 'active' | 'closed' | 'cancelled';
	attendance: 'attended' | 'no_show' | null;
	interpreterLanguage: string | null;
	when: string;
	upcoming: boolean;
	consultantName: string | null;
	slotId: string;
}

/** The client's appointments in the client file (staff of the same municipality; access checked). */
registerClientFileSection({
	id: 'booking',
	order: 40,
	async load({ db, client, locale }) {
		const now = Date.now();
		const rows = await listBookingsOfClient(db, client.id);
		const items: BookingSectionItem[] = rows.map((r) => ({
			id: r.id,
			type: r.type,
			status: r.status,
			attendance: r.attendance,
			interpreterLanguage: r.interpreterLanguage,
			when: formatWhen(r.startsAt, r.endsAt, locale),
			upcoming: r.status === 'active' && r.endsAt.getTime() > now,
			consultantName: r.consultantName,
			slotId: r.slotId
		}));
		return { items };
	}
});
