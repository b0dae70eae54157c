/** Test helpers for the assistant's database specs: small topic files and people. */
import type { Executor } from '../db';
import { createAccount, getMunicipalityBySlug } from '../auth/accounts';
import type { Role } from '../db/schema-core';
import type { TopicContent } from './content';
import { FIXTURE_RECORDS } from './fixtures';

/** The four fixture topics as topic files (with a next step), deep-copied on every call. */
export function fixtureTopics(): TopicContent[] {
	const bySlug = new Map<string, TopicContent>();
	for (const r of FIXTURE_RECORDS) {
		const topic = bySlug.get(r.slug) ?? {
			slug: r.slug,
			group: 'test',
			sources: [{ title: 'Rijksoverheid', url: 'https://www.rijksoverheid.nl' }],
			locales: {}
		};
		topic.locales[r.locale] = {
			title: r.title,
			answer: r.answer,
			nextStep: { label: `next ${r.locale}`, href: '/my' },
			phrasings: [...r.phrasings],
			status: 'draft'
		};
		bySlug.set(r.slug, topic);
	}
	return [...bySlug.values()];
}

let counter = 0;

export async function makePerson(db: Executor, role: Role, municipality = 'leidschendam-voorburg') {
	const place = await getMunicipalityBySlug(db, municipality);
	if (!place) throw new Error(`no municipality ${municipality}`);
	counter++;
	return createAccount(db, {
		email: `${role}.${counter}.${Date.now().toString(36)}@example.org`,
		name: `${role} ${counter}`,
		password: 'een lang genoeg wachtwoord',
		role,
		municipalityId: place.id,
		preferredLocale: 'nl'
	});
}
