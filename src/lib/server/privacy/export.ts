import type { Executor } from '../db';
import { getUserById } from '../auth/accounts';
import { getMunicipalityById } from '../municipality/queries';
import { listViewsOfPerson } from '../audit/query';

/**
 * A person's own data (AVG/GDPR art. 15 and 20): each capability contributes what it keeps about
 * the person through a registered source, so the export grows with the portal.
 */
export interface PersonalDataSource {
	/** Stable key in the export, e.g. 'infoSession', 'appointments'. */
	id: string;
	order: number;
	/** Plain, JSON-serialisable data about this person only; null when there is nothing. */
	load(db: Executor, personId: string): Promise<unknown>;
}

const sources: PersonalDataSource[] = [];

export function registerPersonalDataSource(source: PersonalDataSource): void {
	if (sources.some((s) => s.id === source.id)) return;
	sources.push(source);
	sources.sort((a, b) => a.order - b.order);
}

export interface PersonalDataExport {
	exportedAt: string;
	account: {
		name: string;
		email: string;
		role: string;
		preferredLanguage: string;
		municipality: string | null;
		statusHolder: boolean;
		createdAt: string;
	};
	sections: Record<string, unknown>;
	/** Staff who viewed the person's data, from the audit log. */
	viewedBy: { at: string; action: string; name: string; role: string }[];
}

export async function exportPersonalData(
	db: Executor,
	personId: string
): Promise<PersonalDataExport> {
	const person = await getUserById(db, personId);
	if (!person) throw new Error('person not found');
	const place = await getMunicipalityById(db, person.municipalityId);
	const sections: Record<string, unknown> = {};
	for (const source of sources) {
		const data = await source.load(db, personId);
		if (data !== null && data !== undefined) sections[source.id] = data;
	}
	const views = await listViewsOfPerson(db, personId);
	return {
		exportedAt: new Date().toISOString(),
		account: {
			name: person.name,
			email: person.email,
			role: person.role,
			preferredLanguage: person.preferredLocale,
			municipality: place?.name ?? null,
			statusHolder: person.isStatusHolder,
			createdAt: person.createdAt.toISOString()
		},
		sections,
		viewedBy: views.map((v) => ({
			at: v.at.toISOString(),
			action: v.action,
			name: v.actorName,
			role: v.actorRole
		}))
	};
}
