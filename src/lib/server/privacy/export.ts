import type { Executor } from '../db';
import { getUserById } from '../auth/accounts';
import { getMunicipalityById } from '../municipality/queries';
import { listViewsOfPerson } from '../audit/query';

/** Put in place of free text that a kept row must have (a NOT NULL column, a check). */
export const ERASED_TEXT = '[gewist]';

/** What `forget` did: rows erased or anonymised, by `table` or `table.what` (numbers only). */
export type ForgetCounts = Record<string, number>;

/**
 * Retention (src/lib/server/retention/): every capability that keeps data about a person says how
 * that data is erased, or anonymised where figures must survive, so a new capability cannot be
 * forgotten (retention/coverage.spec.ts fails when a column pointing at a person is not covered).
 */
export interface PersonalDataEraser {
	/** Stable key, e.g. 'questionnaire'; the same as the export's section id for a source. */
	id: string;
	/** Order of erasure (lower first); the account itself goes last. */
	order: number;
	/** Every column (`table.column`) pointing at the person (app_user) that `forget` handles. */
	personColumns: readonly string[];
	/**
	 * Erases the person's personal data kept by this capability, or anonymises what the
	 * municipality must keep (coded facts and dates only: no name, e-mail or free text). Runs in the
	 * retention transaction that holds the person's lock; must be idempotent.
	 */
	forget(db: Executor, personId: string): Promise<ForgetCounts>;
}

/**
 * A person's own data (AVG/GDPR art. 15 and 20): each capability contributes what it keeps about
 * the person through a registered source, so the export grows with the portal. Each source also
 * erases it again (art. 17 and the retention periods): see PersonalDataEraser.
 */
export interface PersonalDataSource extends PersonalDataEraser {
	/** Stable key in the export, e.g. 'infoSession', 'appointments'. */
	id: string;
	order: number;
	/** Plain, JSON-serialisable data about this person only; null when there is nothing. */
	load(db: Executor, personId: string): Promise<unknown>;
}

const sources: PersonalDataSource[] = [];
const erasers: PersonalDataEraser[] = [];

export function registerPersonalDataSource(source: PersonalDataSource): void {
	if (sources.some((s) => s.id === source.id)) return;
	sources.push(source);
	sources.sort((a, b) => a.order - b.order);
}

/** For personal data that is not part of the export but must be erased too (e.g. the outbox). */
export function registerPersonalDataEraser(eraser: PersonalDataEraser): void {
	if (erasers.some((e) => e.id === eraser.id)) return;
	erasers.push(eraser);
}

export function personalDataSources(): readonly PersonalDataSource[] {
	return [...sources];
}

/** Every source and eraser, in erasure order. */
export function personalDataErasers(): readonly PersonalDataEraser[] {
	return [...sources, ...erasers].sort((a, b) => a.order - b.order);
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
