import type { Executor } from '../db';
import type { SessionUser } from '../auth/session';
import type { Locale } from '$lib/i18n/languages';
import type { ClientRecord } from './access';

/**
 * The client file (/staff/clients/[id]) is a composition: each capability contributes a section
 * through its own loader, registered here, and a component registered in
 * src/routes/staff/clients/[id]/sections.ts under the same id. A new capability adds a section
 * without editing the others.
 */
export interface ClientFileContext {
	db: Executor;
	client: ClientRecord;
	viewer: SessionUser;
	locale: Locale;
}

export interface ClientFileSection {
	/** Stable id, also the key of the section's component. */
	id: string;
	/** Lower comes first. */
	order: number;
	/** Returns serialisable data for the section's component, or null to leave the section out. */
	load(context: ClientFileContext): Promise<unknown>;
}

const sections: ClientFileSection[] = [];

export function registerClientFileSection(section: ClientFileSection): void {
	if (sections.some((s) => s.id === section.id)) return;
	sections.push(section);
	sections.sort((a, b) => a.order - b.order);
}

export async function loadClientFileSections(
	context: ClientFileContext
): Promise<{ id: string; data: unknown }[]> {
	const loaded = await Promise.all(
		sections.map(async (section) => ({ id: section.id, data: await section.load(context) }))
	);
	return loaded.filter((s) => s.data !== null && s.data !== undefined);
}
