/** Test data for the retention specs: whole files, inserted directly into a real database. */
import { randomUUID } from 'node:crypto';
import { placeOf } from '../booking/testing';
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { session, user, type Role } from '../db/schema-core';
import { auditEvent } from '../audit/schema';
import { booking, slot } from '../booking/schema';
import { categoryDecision, questionnaireResponse } from '../diagnosis/schema';
import { infoSessionAnswer, infoSessionCompletion } from '../info-session/schema';
import { assistantHandoff } from '../assistant/schema';
import { outboxMessage } from '../mail/schema';
import {
	benefitPeriod,
	clientNote,
	clientPhase,
	clientTrajectory,
	consultantAssignment,
	jobApplication,
	jobSearchAgreement,
	participationConversation,
	trajectory,
	workWish
} from '../trajectory/schema';
import { addDays } from '../trajectory/dates';
import type { RetentionSettings } from './settings';

export const TEST_SETTINGS: RetentionSettings = {
	closedFileDays: 100,
	inactiveApplicantDays: 60,
	draftDays: 30,
	intervalMinutes: 0,
	batchSize: 50
};

export const DAY = 86_400_000;

export { placeOf };

export async function makeAccount(
	db: Executor,
	options: { role?: Role; marker?: string; createdAt?: Date; slug?: string } = {}
) {
	const place = await placeOf(db, options.slug);
	const marker = options.marker ?? randomUUID().slice(0, 8);
	const [row] = await db
		.insert(user)
		.values({
			municipalityId: place.municipalityId,
			email: `${marker.toLowerCase()}@example.org`,
			name: `Naam ${marker}`,
			passwordHash: 'not-a-hash',
			role: options.role ?? 'client',
			preferredLocale: 'ar',
			isStatusHolder: true,
			createdAt: options.createdAt ?? new Date(),
			updatedAt: options.createdAt ?? new Date()
		})
		.returning();
	return row;
}

let catalogueItem: string | undefined;

async function catalogueTrajectory(db: Executor, municipalityId: string) {
	if (catalogueItem) {
		const [found] = await db
			.select({ id: trajectory.id })
			.from(trajectory)
			.where(eq(trajectory.id, catalogueItem));
		if (found) return catalogueItem;
	}
	const [row] = await db
		.insert(trajectory)
		.values({
			municipalityId,
			name: `Sollicitatietraining ${randomUUID().slice(0, 6)}`,
			provider: 'Gemeente',
			type: 'application_training',
			targetGroup: 'all',
			durationWeeks: 6,
			costCents: 50_000
		})
		.returning({ id: trajectory.id });
	catalogueItem = row.id;
	return row.id;
}

/**
 * A client's whole file, closed on `closedOn` (left for work or otherwise), with personal data in
 * every capability, each carrying `marker` so a test can search the whole database for it.
 */
export async function makeClosedFile(
	db: Executor,
	options: { closedOn: string; marker: string; outflow?: 'work' | 'other'; staffId: string }
) {
	const { closedOn, marker } = options;
	const outflow = options.outflow ?? 'other';
	const person = await makeAccount(db, {
		role: 'client',
		marker,
		createdAt: new Date(Date.parse(addDays(closedOn, -200)))
	});
	const m = person.municipalityId;
	const place = await placeOf(db);
	await db.insert(clientPhase).values([
		{
			municipalityId: m,
			clientId: person.id,
			phase: 'application',
			effectiveOn: addDays(closedOn, -200),
			isCurrent: false,
			reason: `aanvraag ${marker}`
		},
		{
			municipalityId: m,
			clientId: person.id,
			phase: 'route',
			route: 'reintegration',
			category: '1B',
			track: 'general',
			routeStartedOn: addDays(closedOn, -150),
			effectiveOn: addDays(closedOn, -150),
			isCurrent: false,
			changedBy: options.staffId,
			reason: `route ${marker}`
		},
		{
			municipalityId: m,
			clientId: person.id,
			phase: outflow === 'work' ? 'work' : 'closed',
			route: 'reintegration',
			category: '1B',
			effectiveOn: closedOn,
			isCurrent: true,
			changedBy: options.staffId,
			reason: `gesloten ${marker}`
		}
	]);
	await db.insert(benefitPeriod).values({
		municipalityId: m,
		clientId: person.id,
		startedOn: addDays(closedOn, -150),
		outflowOn: closedOn,
		outflowKind: outflow,
		outflowReason: outflow === 'work' ? '' : 'moved',
		recordedBy: options.staffId
	});
	await db.insert(consultantAssignment).values({
		municipalityId: m,
		clientId: person.id,
		consultantId: options.staffId,
		reason: `toewijzing ${marker}`
	});
	await db.insert(clientTrajectory).values({
		municipalityId: m,
		clientId: person.id,
		trajectoryId: await catalogueTrajectory(db, m),
		status: 'completed',
		startsOn: addDays(closedOn, -140),
		plannedEndOn: addDays(closedOn, -100),
		endedOn: addDays(closedOn, -100),
		outcomeNote: `uitkomst ${marker}`,
		assignedBy: options.staffId
	});
	await db.insert(jobApplication).values({
		municipalityId: m,
		clientId: person.id,
		appliedOn: addDays(closedOn, -90),
		employer: `Werkgever ${marker}`,
		position: 'Chauffeur',
		method: 'online'
	});
	await db
		.insert(jobSearchAgreement)
		.values({ municipalityId: m, clientId: person.id, perMonth: 4 });
	await db.insert(clientNote).values({
		municipalityId: m,
		clientId: person.id,
		authorId: options.staffId,
		body: `Notitie ${marker}: rugklachten`
	});
	await db.insert(participationConversation).values({
		municipalityId: m,
		clientId: person.id,
		heldOn: addDays(closedOn, -120),
		agreements: `afspraak ${marker}`
	});
	await db.insert(workWish).values({
		municipalityId: m,
		clientId: person.id,
		status: 'declined',
		clientMessage: `wens ${marker}`
	});
	const [response] = await db
		.insert(questionnaireResponse)
		.values({
			userId: person.id,
			municipalityId: m,
			definitionVersion: 'test',
			status: 'submitted',
			answers: { work_experience_text: `ervaring ${marker}` },
			healthAnswers: { health_consent: 'yes', health_limits: `gezondheid ${marker}` },
			submittedAt: new Date(Date.parse(addDays(closedOn, -180)))
		})
		.returning();
	await db.execute(sql`insert into diagnosis_result (response_id, municipality_id, months, category, route, factors, rules_version)
		values (${response.id}, ${m}, 6, '1B', 'reintegration', '[]'::jsonb, 'test')`);
	await db.insert(categoryDecision).values({
		clientId: person.id,
		municipalityId: m,
		sequence: 1,
		decidedBy: options.staffId,
		category: '1B',
		route: 'reintegration',
		acceptedProposal: false,
		reason: `besluit ${marker}`
	});
	await db.insert(infoSessionAnswer).values({
		userId: person.id,
		municipalityId: m,
		module: 'rights',
		questionId: 'q1',
		firstOption: 'a',
		firstCorrect: true,
		lastOption: 'a',
		correct: true
	});
	await db
		.insert(infoSessionCompletion)
		.values({ userId: person.id, municipalityId: m, locale: 'ar', contentVersion: 'test' });
	const startsAt = new Date(Date.parse(addDays(closedOn, -190)) + 9 * 3_600_000);
	const [past] = await db
		.insert(slot)
		.values({
			municipalityId: m,
			type: 'intake',
			locationId: place.locationId,
			consultantId: options.staffId,
			startsAt,
			endsAt: new Date(startsAt.getTime() + 3_600_000),
			capacity: 1,
			booked: 1
		})
		.returning();
	await db.insert(booking).values({
		municipalityId: m,
		slotId: past.id,
		userId: person.id,
		type: 'intake',
		status: 'closed',
		icsUid: `${randomUUID()}@test`,
		interpreterLanguage: 'ar',
		attendance: 'attended',
		cancelNote: `notitie ${marker}`
	});
	await db.insert(assistantHandoff).values({
		municipalityId: m,
		clientId: person.id,
		locale: 'ar',
		question: `vraag ${marker}`,
		conversation: [{ question: `eerder ${marker}`, topic: null }]
	});
	await db.insert(outboxMessage).values({
		municipalityId: m,
		recipientId: person.id,
		toAddress: person.email,
		locale: 'ar',
		kind: 'booking.confirmed',
		subject: `Afspraak ${marker}`,
		body: `Beste Naam ${marker}`,
		status: 'sent'
	});
	await db
		.insert(session)
		.values({ id: randomUUID(), userId: person.id, expiresAt: new Date(Date.now() + 10 * DAY) });
	await db.execute(
		sql`insert into rate_limit (bucket, key, window_start, count) values ('login-account', ${person.email}, now(), 2)`
	);
	await db.insert(auditEvent).values({
		actorId: options.staffId,
		action: 'client_file.view',
		subjectId: person.id,
		municipalityId: m
	});
	return person;
}

/** A questionnaire draft last saved at `savedAt`. */
export async function makeDraft(db: Executor, savedAt: Date, marker: string) {
	const person = await makeAccount(db, { role: 'applicant', marker });
	const [row] = await db
		.insert(questionnaireResponse)
		.values({
			userId: person.id,
			municipalityId: person.municipalityId,
			definitionVersion: 'test',
			status: 'draft',
			answers: { work_experience_text: `concept ${marker}` },
			healthAnswers: { health_consent: 'yes', health_limits: `gezondheid ${marker}` },
			startedAt: savedAt,
			updatedAt: savedAt
		})
		.returning();
	return { person, response: row };
}

/** Rows in any table (audit log included) whose text contains `marker`, by table. */
export async function findEverywhere(
	db: Executor,
	marker: string
): Promise<Record<string, number>> {
	const tables = (await db.execute(
		sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`
	)) as unknown;
	const names = (Array.isArray(tables) ? tables : (tables as { rows: unknown[] }).rows) as {
		table_name: string;
	}[];
	const found: Record<string, number> = {};
	for (const { table_name } of names) {
		const result = (await db.execute(
			sql`select count(*) as n from ${sql.identifier(table_name)} t where t::text ilike ${'%' + marker + '%'}`
		)) as unknown;
		const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
			n: string | number;
		}[];
		const n = Number(rows[0]?.n ?? 0);
		if (n > 0) found[table_name] = n;
	}
	return found;
}
