import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { queryRows } from '../db/sql';
import { user } from '../db/schema-core';
import { auditEvent } from '../audit/schema';
import { booking, slot } from '../booking/schema';
import { questionnaireResponse } from '../diagnosis/schema';
import { exportPersonalData } from '../privacy/export';
import { getMonthlyFigures, getWeeklyPlacements } from '../trajectory/figures';
import { getTrajectoryOutcomes } from '../trajectory/outcomes';
import { addDays, todayIso } from '../trajectory/dates';
import { clientPhase, benefitPeriod } from '../trajectory/schema';
import { ANONYMISED_NAME } from './account';
import { AUDIT_DRAFT_ERASED, AUDIT_PERSON_ANONYMISED, runRetention } from './run';
import { retentionJobs } from './jobs';
import { retentionErasure } from './schema';
import {
	DAY,
	TEST_SETTINGS,
	findEverywhere,
	makeAccount,
	makeClosedFile,
	makeDraft,
	placeOf
} from './test-fixtures';

const S = TEST_SETTINGS;

describe.each(TEST_DRIVERS)('retention on %s', (driver) => {
	let database: TestDatabase;
	let staffId: string;
	let municipalityId: string;
	const now = new Date();
	const today = todayIso(now);

	beforeAll(async () => {
		database = await openTestDatabase(driver);
		const staff = await makeAccount(database.db, { role: 'work_consultant' });
		staffId = staff.id;
		municipalityId = staff.municipalityId;
	});
	afterAll(() => database.destroy());

	it('anonymises a closed file on the day its period ends, not the day before', async () => {
		const db = database.db;
		const due = await makeClosedFile(db, {
			closedOn: addDays(today, -S.closedFileDays),
			marker: 'BoundaryDue',
			staffId
		});
		const early = await makeClosedFile(db, {
			closedOn: addDays(today, -S.closedFileDays + 1),
			marker: 'BoundaryEarly',
			staffId
		});
		const report = await runRetention(db, S, { now });
		expect(report.anonymised).toContain(due.id);
		expect(report.anonymised).not.toContain(early.id);
		expect(Object.keys(await findEverywhere(db, 'BoundaryDue'))).toEqual([]);
		expect(await findEverywhere(db, 'BoundaryEarly')).toMatchObject({
			app_user: 1,
			client_note: 1
		});
		// A day later the second one is due too.
		const later = await runRetention(db, S, { now: new Date(now.getTime() + DAY) });
		expect(later.anonymised).toEqual([early.id]);
	});

	it('leaves open files, staff, people with an appointment to come and submitted questionnaires alone', async () => {
		const db = database.db;
		const onRoute = await makeAccount(db, {
			role: 'client',
			marker: 'OnRoute',
			createdAt: new Date(now.getTime() - 900 * DAY)
		});
		await db.insert(clientPhase).values({
			municipalityId,
			clientId: onRoute.id,
			phase: 'route',
			route: 'participation',
			category: '3A',
			effectiveOn: addDays(today, -800)
		});
		await db
			.insert(benefitPeriod)
			.values({ municipalityId, clientId: onRoute.id, startedOn: addDays(today, -800) });
		const oldStaff = await makeAccount(db, {
			role: 'income_consultant',
			marker: 'OldStaff',
			createdAt: new Date(now.getTime() - 900 * DAY)
		});
		const withAppointment = await makeClosedFile(db, {
			closedOn: addDays(today, -400),
			marker: 'Upcoming',
			staffId
		});
		const place = await placeOf(db);
		const startsAt = new Date(now.getTime() + 3 * DAY);
		const [future] = await db
			.insert(slot)
			.values({
				municipalityId,
				type: 'income',
				locationId: place.locationId,
				startsAt,
				endsAt: new Date(startsAt.getTime() + 3_600_000),
				capacity: 1,
				booked: 1
			})
			.returning();
		await db.insert(booking).values({
			municipalityId,
			slotId: future.id,
			userId: withAppointment.id,
			type: 'income',
			status: 'active',
			icsUid: `upcoming-${withAppointment.id}`
		});
		const submitted = await makeDraft(db, new Date(now.getTime() - 400 * DAY), 'SubmittedOld');
		await db
			.update(questionnaireResponse)
			.set({ status: 'submitted', submittedAt: new Date(now.getTime() - 400 * DAY) })
			.where(eq(questionnaireResponse.id, submitted.response.id));
		// The applicant keeps being active (a session a week ago), so only the draft rule could apply.
		await db.execute(
			sql`insert into session (id, user_id, expires_at) values (${'s-' + submitted.person.id}, ${submitted.person.id}, ${new Date(now.getTime() + 23 * DAY).toISOString()}::timestamptz)`
		);

		const report = await runRetention(db, S, { now });
		for (const person of [onRoute, oldStaff, withAppointment, submitted.person])
			expect(report.anonymised).not.toContain(person.id);
		for (const marker of ['OnRoute', 'OldStaff', 'Upcoming', 'SubmittedOld'])
			expect((await findEverywhere(db, marker)).app_user).toBe(1);
		expect((await findEverywhere(db, 'SubmittedOld')).questionnaire_response).toBe(1);
	});

	it('deletes unsubmitted drafts untouched for the period, one day older yes, one day younger no, and audits each', async () => {
		const db = database.db;
		const old = await makeDraft(
			db,
			new Date(now.getTime() - S.draftDays * DAY - 60_000),
			'DraftOld'
		);
		const exact = await makeDraft(db, new Date(now.getTime() - S.draftDays * DAY), 'DraftExact');
		const young = await makeDraft(
			db,
			new Date(now.getTime() - (S.draftDays - 1) * DAY),
			'DraftYoung'
		);
		// Each applicant logged in recently: the draft rule, not the inactivity rule, is tested.
		for (const d of [old, exact, young])
			await db.execute(
				sql`insert into session (id, user_id, expires_at) values (${'s-' + d.person.id}, ${d.person.id}, ${new Date(now.getTime() + 25 * DAY).toISOString()}::timestamptz)`
			);
		const report = await runRetention(db, S, { now });
		expect(report.drafts).toBe(2);
		expect(await findEverywhere(db, 'DraftOld')).toEqual({ app_user: 1 });
		expect(await findEverywhere(db, 'DraftExact')).toEqual({ app_user: 1 });
		expect(await findEverywhere(db, 'DraftYoung')).toEqual({
			app_user: 1,
			questionnaire_response: 1
		});
		const audit = await db
			.select()
			.from(auditEvent)
			.where(eq(auditEvent.action, AUDIT_DRAFT_ERASED));
		expect(audit.map((a) => a.subjectId).sort()).toEqual([old.person.id, exact.person.id].sort());
		expect(audit.every((a) => a.actorId === null && a.detail?.periodDays === S.draftDays)).toBe(
			true
		);
		// The account itself is not touched by the draft rule.
		const [account] = await db.select().from(user).where(eq(user.id, old.person.id));
		expect(account.name).toBe('Naam DraftOld');
	});

	it('anonymises an applicant who never became a client only after the inactivity period', async () => {
		const db = database.db;
		const created = (days: number) => new Date(now.getTime() - days * DAY);
		const gone = await makeAccount(db, {
			role: 'applicant',
			marker: 'GoneApplicant',
			createdAt: created(S.inactiveApplicantDays + 1)
		});
		const almost = await makeAccount(db, {
			role: 'applicant',
			marker: 'AlmostApplicant',
			createdAt: created(S.inactiveApplicantDays - 1)
		});
		const returned = await makeAccount(db, {
			role: 'applicant',
			marker: 'ReturnedApplicant',
			createdAt: created(S.inactiveApplicantDays + 200)
		});
		await db.execute(
			sql`insert into session (id, user_id, created_at, expires_at) values (${'s-' + returned.id}, ${returned.id}, ${created(10).toISOString()}::timestamptz, ${new Date(now.getTime() + 20 * DAY).toISOString()}::timestamptz)`
		);
		const report = await runRetention(db, S, { now });
		expect(report.anonymised).toContain(gone.id);
		expect(report.anonymised).not.toContain(almost.id);
		expect(report.anonymised).not.toContain(returned.id);
		const [erasure] = await db
			.select()
			.from(retentionErasure)
			.where(eq(retentionErasure.userId, gone.id));
		expect(erasure.rule).toBe('inactive_applicant');
		expect(await findEverywhere(db, 'GoneApplicant')).toEqual({});
		expect((await findEverywhere(db, 'ReturnedApplicant')).app_user).toBe(1);
	});

	it('keeps the figures and the catalogue outcomes exactly as they were, and is idempotent', async () => {
		const db = database.db;
		const files = [];
		for (let i = 0; i < 4; i++)
			files.push(
				await makeClosedFile(db, {
					closedOn: addDays(today, -S.closedFileDays - 10 - i * 20),
					marker: `Figures${i}`,
					outflow: i % 2 ? 'work' : 'other',
					staffId
				})
			);
		const figures = async () => ({
			monthly: await getMonthlyFigures(db, municipalityId, { months: 24, today }),
			weekly: await getWeeklyPlacements(db, municipalityId, { weeks: 52, today }),
			outcomes: await getTrajectoryOutcomes(db, municipalityId, today)
		});
		const before = await figures();
		expect(
			before.monthly.months.some((m) =>
				Object.values(m).some((v) => typeof v === 'number' && v > 0)
			)
		).toBe(true);
		const report = await runRetention(db, S, { now });
		for (const f of files) expect(report.anonymised).toContain(f.id);
		expect(await figures()).toEqual(before);

		const exported = await Promise.all(files.map((f) => exportPersonalData(db, f.id)));
		const again = await runRetention(db, S, { now });
		expect(again.drafts).toBe(0);
		expect(again.anonymised).toEqual([]);
		expect(again.people).toEqual({ closed_file: 0, inactive_applicant: 0 });
		const exportedAgain = await Promise.all(files.map((f) => exportPersonalData(db, f.id)));
		expect(exportedAgain.map(({ exportedAt: _, ...rest }) => rest)).toEqual(
			exported.map(({ exportedAt: _, ...rest }) => rest)
		);
		expect(await figures()).toEqual(before);
	});

	it('leaves nothing of the person in the /my/data export, and writes one audit line without personal data', async () => {
		const db = database.db;
		const person = await makeClosedFile(db, {
			closedOn: addDays(today, -S.closedFileDays - 1),
			marker: 'ExportCheck',
			staffId
		});
		const beforeExport = await exportPersonalData(db, person.id);
		expect(Object.keys(beforeExport.sections).sort()).toEqual([
			'appointments',
			'assistant',
			'infoSession',
			'questionnaire',
			'trajectory'
		]);
		await runRetention(db, S, { now });
		const after = await exportPersonalData(db, person.id);
		const text = JSON.stringify(after);
		expect(text).not.toMatch(/ExportCheck/i);
		expect(after.account).toMatchObject({
			name: ANONYMISED_NAME,
			preferredLanguage: 'nl',
			statusHolder: false
		});
		expect(after.account.email).toMatch(/@erased\.invalid$/);
		// Only coded facts stay: the consultant's category decisions, phases with dates, the module.
		expect(Object.keys(after.sections).sort()).toEqual(['questionnaire', 'trajectory']);
		expect(after.sections.questionnaire).toMatchObject({
			response: null,
			estimate: null,
			decisions: [{ category: '1B', route: 'reintegration' }]
		});
		const trajectory = after.sections.trajectory as Record<string, unknown[]>;
		expect(trajectory.jobApplications).toEqual([]);
		expect(trajectory.workWishes).toEqual([]);
		expect(trajectory.phases.map((p) => (p as { reason: string }).reason)).toEqual(['', '', '']);
		// The staff member's earlier look is still in the (append-only) log.
		expect(after.viewedBy.map((v) => v.action)).toContain('client_file.view');

		const lines = await db
			.select()
			.from(auditEvent)
			.where(
				and(eq(auditEvent.subjectId, person.id), eq(auditEvent.action, AUDIT_PERSON_ANONYMISED))
			);
		expect(lines).toHaveLength(1);
		expect(lines[0].actorId).toBeNull();
		expect(lines[0].detail).toMatchObject({ rule: 'closed_file', periodDays: S.closedFileDays });
		expect(Number(lines[0].detail?.rows)).toBeGreaterThan(10);
		expect(JSON.stringify(lines)).not.toMatch(/ExportCheck/i);
		// Nobody can log in any more: no session, a password hash nothing matches.
		const [account] = await db.select().from(user).where(eq(user.id, person.id));
		expect(account.passwordHash).toBe('!erased');
		expect(await queryRows(db, sql`select 1 from session where user_id = ${person.id}`)).toEqual(
			[]
		);
	});

	it('a dry run counts what is due and changes nothing', async () => {
		const db = database.db;
		const person = await makeClosedFile(db, {
			closedOn: addDays(today, -S.closedFileDays - 3),
			marker: 'DryRun',
			staffId
		});
		await makeDraft(db, new Date(now.getTime() - 2 * S.draftDays * DAY), 'DryDraft');
		const report = await runRetention(db, S, { now, dryRun: true });
		expect(report.people.closed_file).toBe(1);
		expect(report.drafts).toBe(1);
		// The draft's applicant registered today: not inactive, only the draft is due.
		expect(report.people.inactive_applicant).toBe(0);
		expect(report.anonymised).toEqual([]);
		expect((await findEverywhere(db, 'DryRun')).client_note).toBe(1);
		expect((await findEverywhere(db, 'DryDraft')).questionnaire_response).toBe(1);
		const real = await runRetention(db, S, { now });
		expect(real.anonymised).toContain(person.id);
		expect(real.drafts).toBe(1);
	});

	it('two passes at the same time never process the same person twice', async () => {
		const db = database.db;
		const people = [];
		for (let i = 0; i < 12; i++)
			people.push(
				await makeClosedFile(db, {
					closedOn: addDays(today, -S.closedFileDays - 5),
					marker: `Race${i}x`,
					staffId
				})
			);
		const [a, b] = await Promise.all([runRetention(db, S, { now }), runRetention(db, S, { now })]);
		const all = [...a.anonymised, ...b.anonymised];
		expect(new Set(all).size).toBe(all.length);
		for (const p of people) expect(all).toContain(p.id);
		for (const p of people) {
			const lines = await db
				.select()
				.from(auditEvent)
				.where(and(eq(auditEvent.subjectId, p.id), eq(auditEvent.action, AUDIT_PERSON_ANONYMISED)));
			expect(lines).toHaveLength(1);
		}
	});

	it('the scheduled job runs the same pass, and is absent when its interval is 0', async () => {
		const db = database.db;
		expect(retentionJobs(db, { ...S, intervalMinutes: 0 })).toEqual([]);
		const [job] = retentionJobs(db, { ...S, intervalMinutes: 5 });
		expect(job).toMatchObject({ name: 'retention', intervalMs: 300_000 });
		const person = await makeClosedFile(db, {
			closedOn: addDays(today, -S.closedFileDays - 9),
			marker: 'ByTheJob',
			staffId
		});
		await job.run();
		expect(await findEverywhere(db, 'ByTheJob')).toEqual({});
		const [erasure] = await db
			.select()
			.from(retentionErasure)
			.where(eq(retentionErasure.userId, person.id));
		expect(erasure.rule).toBe('closed_file');
	});

	it.runIf(driver === 'postgres')(
		'skips a person whose row another instance holds, without waiting',
		async () => {
			const db = database.db;
			const held = await makeClosedFile(db, {
				closedOn: addDays(today, -S.closedFileDays - 7),
				marker: 'HeldRow',
				staffId
			});
			const free = await makeClosedFile(db, {
				closedOn: addDays(today, -S.closedFileDays - 7),
				marker: 'FreeRow',
				staffId
			});
			let release!: () => void;
			const released = new Promise<void>((resolve) => (release = resolve));
			let locked!: () => void;
			const isLocked = new Promise<void>((resolve) => (locked = resolve));
			const holder = db.transaction(async (tx) => {
				await tx.execute(sql`select id from app_user where id = ${held.id} for update`);
				locked();
				await released;
			});
			await isLocked;
			const first = await runRetention(db, S, { now });
			expect(first.anonymised).toContain(free.id);
			expect(first.anonymised).not.toContain(held.id);
			release();
			await holder;
			const second = await runRetention(db, S, { now });
			expect(second.anonymised).toEqual([held.id]);
		}
	);
});
