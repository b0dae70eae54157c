import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { getMunicipalityBySlug } from '../auth/accounts';
import { user, type Role } from '../db/schema-core';
import {
	INFO_SESSION_VERSION,
	MODULE_SLUGS,
	getModule,
	type ModuleSlug
} from '../../content/info-session';
import { getAccountProgress, recordQuizAnswer, type Participant } from './answers';
import { carryOverAnonymousProgress } from './carry-over';
import { confirmInfoSession, getLatestCompletion } from './completion';
import { INFO_SESSION_COOKIE, recordAnonymousAnswer } from './cookie';
import { getInfoSessionOverview } from './overview';
import { sessionProgress } from './progress';
import { listApplicantsWithoutInfoSession } from './staff';
import { fakeCookies } from './test-helpers';

describe.each(TEST_DRIVERS)('information session on %s', (driver) => {
	let database: TestDatabase;
	let municipalityId: string;
	let otherMunicipalityId: string;
	let counter = 0;

	beforeAll(async () => {
		database = await openTestDatabase(driver);
		municipalityId = (await getMunicipalityBySlug(database.db, 'leidschendam-voorburg'))!.id;
		otherMunicipalityId = (await getMunicipalityBySlug(database.db, 'wassenaar'))!.id;
	});
	afterAll(() => database.destroy());

	async function person(role: Role = 'applicant', place = municipalityId): Promise<Participant> {
		counter += 1;
		const [row] = await database.db
			.insert(user)
			.values({
				email: `person${counter}@example.org`,
				name: `Person ${String(counter).padStart(3, '0')}`,
				passwordHash: 'not-a-real-hash',
				role,
				municipalityId: place,
				createdAt: new Date(Date.UTC(2026, 0, 1) + counter * 60_000)
			})
			.returning({ id: user.id, municipalityId: user.municipalityId });
		return row;
	}

	async function completeModules(p: Participant, slugs: readonly ModuleSlug[] = MODULE_SLUGS) {
		for (const slug of slugs) {
			for (const q of getModule('nl', slug)!.quiz) {
				await recordQuizAnswer(database.db, p, slug, q.id, q.correct);
			}
		}
	}

	it('records attempts: the first answer stays, the count grows until the right answer', async () => {
		const p = await person();
		expect(await recordQuizAnswer(database.db, p, 'duties', 'q3', 'a')).toEqual({
			ok: true,
			correct: false
		});
		expect(await recordQuizAnswer(database.db, p, 'duties', 'q3', 'c')).toEqual({
			ok: true,
			correct: false
		});
		expect(await recordQuizAnswer(database.db, p, 'duties', 'q3', 'b')).toEqual({
			ok: true,
			correct: true
		});
		await recordQuizAnswer(database.db, p, 'duties', 'q3', 'a');
		const state = await getAccountProgress(database.db, p.id);
		expect(state.duties?.q3).toEqual({ attempts: 3, firstOption: 'a', lastOption: 'b' });
		expect(sessionProgress(state).modules.find((m) => m.slug === 'duties')?.status).toBe(
			'in_progress'
		);
	});

	it('refuses unknown modules, questions and options without writing', async () => {
		const p = await person();
		for (const [slug, q, o] of [
			['nope', 'q1', 'a'],
			['rights', 'q9', 'a'],
			['rights', 'q1', 'x']
		]) {
			expect(await recordQuizAnswer(database.db, p, slug, q, o)).toEqual({
				ok: false,
				error: 'infoSession.quiz.unknownAnswer'
			});
		}
		expect(await getAccountProgress(database.db, p.id)).toEqual({});
	});

	it('counts two simultaneous answers as two attempts', async () => {
		const p = await person();
		await Promise.all([
			recordQuizAnswer(database.db, p, 'help', 'q1', 'a'),
			recordQuizAnswer(database.db, p, 'help', 'q1', 'c')
		]);
		expect((await getAccountProgress(database.db, p.id)).help?.q1.attempts).toBe(2);
	});

	it('carries anonymous progress into the account at registration, merged with what is there', async () => {
		const p = await person();
		// In the account already: rights q1 answered right the first time.
		await recordQuizAnswer(database.db, p, 'rights', 'q1', 'b');
		const cookies = fakeCookies();
		recordAnonymousAnswer(cookies, 'rights', 'q1', 'a'); // account wins for this one
		recordAnonymousAnswer(cookies, 'rights', 'q2', 'a');
		recordAnonymousAnswer(cookies, 'rights', 'q2', 'c');
		recordAnonymousAnswer(cookies, 'help', 'q3', 'c');

		expect(await carryOverAnonymousProgress(database.db, cookies, p.id)).toBe(2);
		expect(cookies.jar.has(INFO_SESSION_COOKIE)).toBe(false);
		expect(await getAccountProgress(database.db, p.id)).toEqual({
			rights: {
				q1: { attempts: 1, firstOption: 'b', lastOption: 'b' },
				q2: { attempts: 2, firstOption: 'a', lastOption: 'c' }
			},
			help: { q3: { attempts: 1, firstOption: 'c', lastOption: 'c' } }
		});
		// The staff view sees the carried-over second try.
		const overview = await getInfoSessionOverview(database.db, p.id, 'nl');
		const rights = overview.modules.find((m) => m.slug === 'rights')!;
		expect(rights.secondTries.map((s) => s.questionId)).toEqual(['q2']);
		// Nothing left to carry over a second time.
		expect(await carryOverAnonymousProgress(database.db, cookies, p.id)).toBe(0);
	});

	it('ignores a tampered cookie at carry-over, and never carries into a staff account', async () => {
		const p = await person();
		const bad = Buffer.from(
			JSON.stringify({ v: 1, m: { rights: { q1: [1, 'evil', 'evil'], q2: [1, 'c', 'c'] } } })
		).toString('base64url');
		const cookies = fakeCookies({ [INFO_SESSION_COOKIE]: bad });
		expect(await carryOverAnonymousProgress(database.db, cookies, p.id)).toBe(1);
		expect(await getAccountProgress(database.db, p.id)).toEqual({
			rights: { q2: { attempts: 1, firstOption: 'c', lastOption: 'c' } }
		});

		const consultant = await person('work_consultant');
		const staffCookies = fakeCookies();
		recordAnonymousAnswer(staffCookies, 'rights', 'q1', 'b');
		expect(await carryOverAnonymousProgress(database.db, staffCookies, consultant.id)).toBe(0);
		expect(staffCookies.jar.has(INFO_SESSION_COOKIE)).toBe(false);
		expect(await getAccountProgress(database.db, consultant.id)).toEqual({});
	});

	it('confirms only when every module is done, recording language and content version', async () => {
		const p = await person();
		await completeModules(p, ['how-it-works', 'rights']);
		expect(await confirmInfoSession(database.db, p, 'ar')).toEqual({
			ok: false,
			reason: 'incomplete'
		});
		expect(await getLatestCompletion(database.db, p.id)).toBeUndefined();

		await completeModules(p);
		const at = new Date('2026-11-20T10:00:00Z');
		const result = await confirmInfoSession(database.db, p, 'ar', at);
		expect(result.ok).toBe(true);
		const completion = await getLatestCompletion(database.db, p.id);
		expect(completion).toMatchObject({
			locale: 'ar',
			contentVersion: INFO_SESSION_VERSION,
			municipalityId
		});
		expect(completion!.confirmedAt.toISOString()).toBe(at.toISOString());
		// Confirming again keeps the first confirmation of this version.
		await confirmInfoSession(database.db, p, 'nl');
		expect((await getLatestCompletion(database.db, p.id))!.locale).toBe('ar');

		const overview = await getInfoSessionOverview(database.db, p.id, 'nl');
		expect(overview.completion).toMatchObject({
			locale: 'ar',
			contentVersion: INFO_SESSION_VERSION,
			isCurrentVersion: true
		});
		expect(overview.modulesDone).toBe(6);
	});

	it('lists applicants of the own municipality without a completion, oldest first', async () => {
		const older = await person();
		const newer = await person();
		await completeModules(newer, ['help']);
		const finished = await person();
		await completeModules(finished);
		await confirmInfoSession(database.db, finished, 'nl');
		const client = await person('client');
		const elsewhere = await person('applicant', otherMunicipalityId);

		const list = await listApplicantsWithoutInfoSession(database.db, { municipalityId });
		const ids = list.map((a) => a.id);
		expect(ids.indexOf(older.id)).toBeGreaterThanOrEqual(0);
		expect(ids.indexOf(older.id)).toBeLessThan(ids.indexOf(newer.id));
		expect(ids).not.toContain(finished.id);
		expect(ids).not.toContain(client.id);
		expect(ids).not.toContain(elsewhere.id);
		expect(list.find((a) => a.id === newer.id)?.modulesDone).toBe(1);
		const registered = list.map((a) => a.registeredAt.getTime());
		expect(registered).toEqual([...registered].sort((a, b) => a - b));

		// The booking capability narrows the list with a condition on the applicant's id.
		const onlyNewer = await listApplicantsWithoutInfoSession(
			database.db,
			{ municipalityId },
			{ applicant: (applicantId) => eq(applicantId, newer.id) }
		);
		expect(onlyNewer.map((a) => a.id)).toEqual([newer.id]);
	});
});
