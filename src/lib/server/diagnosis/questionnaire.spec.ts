import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { getMunicipalityBySlug } from '../auth/accounts';
import { user, type Role } from '../db/schema-core';
import { auditEvent } from '../audit/schema';
import type { ClientRecord } from '../client-file/access';
import { firstUnanswered, getSections } from './definition';
import { estimate } from './estimate';
import { scoreLine } from './score-line';
import { postedFromAnswers } from './section-form';
import { readyForWork } from './test-fixtures';
import { diagnosisResult, questionnaireResponse } from './schema';
import {
	getOwnQuestionnaire,
	getQuestionnaireSubmittedAt,
	saveSection,
	submitQuestionnaire
} from './responses';
import { listCategoryDecisions, recordCategoryDecision } from './decisions';
import {
	getQuestionnaireForStaff,
	getQuestionnaireStatuses,
	listQuestionnairesAwaitingReview
} from './staff';
import type { Answers } from './types';

describe.each(TEST_DRIVERS)('questionnaire on %s', (driver) => {
	let database: TestDatabase;
	let lv: string;
	let wassenaar: string;
	let counter = 0;

	beforeAll(async () => {
		database = await openTestDatabase(driver);
		lv = (await getMunicipalityBySlug(database.db, 'leidschendam-voorburg'))!.id;
		wassenaar = (await getMunicipalityBySlug(database.db, 'wassenaar'))!.id;
	});
	afterAll(() => database.destroy());

	async function person(role: Role = 'applicant', place?: string) {
		counter += 1;
		const [row] = await database.db
			.insert(user)
			.values({
				email: `q${counter}@example.org`,
				name: `Persoon ${counter}`,
				passwordHash: 'not-a-real-hash',
				role,
				municipalityId: place ?? lv
			})
			.returning();
		return row;
	}

	const asClient = (p: typeof user.$inferSelect): ClientRecord => ({
		...p,
		role: p.role as 'applicant' | 'client',
		createdAt: new Date()
	});

	async function fill(
		p: { id: string; municipalityId: string },
		answers: Answers,
		sectionIds?: string[]
	) {
		for (const section of getSections()) {
			if (sectionIds && !sectionIds.includes(section.id)) continue;
			const saved = await saveSection(
				database.db,
				p,
				section,
				postedFromAnswers(section, answers),
				'complete'
			);
			expect(saved).toMatchObject({ ok: true, errors: {} });
		}
	}

	async function submitted(answers: Answers = readyForWork()) {
		const p = await person();
		await fill(p, answers);
		const result = await submitQuestionnaire(database.db, p, 'nl');
		expect(result.ok).toBe(true);
		return p;
	}

	it('saves per section and resumes at the first unanswered question', async () => {
		const p = await person();
		expect(await getOwnQuestionnaire(database.db, p.id)).toBeNull();
		const answers = readyForWork({ months_since_work: 'gt60' });
		await fill(p, answers, ['situation', 'education']);
		const own = await getOwnQuestionnaire(database.db, p.id);
		expect(own).toMatchObject({ status: 'draft', submittedAt: null });
		expect(firstUnanswered(own!.answers)?.id).toBe('months_since_work');

		// Part of the next section, saved with "continue later": resume inside that section.
		const work = getSections().find((s) => s.id === 'work')!;
		const partial = postedFromAnswers(work, { months_since_work: 'gt60' });
		await saveSection(database.db, p, work, partial, 'partial');
		const resumed = await getOwnQuestionnaire(database.db, p.id);
		expect(firstUnanswered(resumed!.answers)?.id).toBe('longest_job');
		expect(await getQuestionnaireSubmittedAt(database.db, p.id)).toBeNull();

		// Health answers are stored in their own column.
		await fill(p, answers, ['health']);
		const [row] = await database.db
			.select()
			.from(questionnaireResponse)
			.where(eq(questionnaireResponse.userId, p.id));
		expect(row.healthAnswers).toEqual({ health_consent: 'yes', health_limits: 'no' });
		expect(row.answers).not.toHaveProperty('health_consent');
	});

	it('refuses to submit an incomplete questionnaire, and one that was never started', async () => {
		const p = await person();
		expect(await submitQuestionnaire(database.db, p, 'nl')).toEqual({
			ok: false,
			reason: 'not_started'
		});
		await fill(p, readyForWork(), ['situation']);
		expect(await submitQuestionnaire(database.db, p, 'nl')).toEqual({
			ok: false,
			reason: 'incomplete'
		});
	});

	it('locks the answers once submitted and stores the estimate with them', async () => {
		const answers = readyForWork({ dutch_level: 'a1', months_since_work: 'never' });
		const p = await submitted(answers);
		const own = await getOwnQuestionnaire(database.db, p.id);
		expect(own?.status).toBe('submitted');
		expect(await getQuestionnaireSubmittedAt(database.db, p.id)).toEqual(own!.submittedAt);

		const situation = getSections()[0];
		const change = postedFromAnswers(situation, { ...answers, housing_stable: 'no' });
		expect(await saveSection(database.db, p, situation, change, 'complete')).toEqual({
			ok: false,
			reason: 'submitted'
		});
		expect((await getOwnQuestionnaire(database.db, p.id))!.answers.housing_stable).toBe('yes');
		expect(await submitQuestionnaire(database.db, p, 'nl')).toEqual({
			ok: false,
			reason: 'submitted'
		});

		const [stored] = await database.db
			.select()
			.from(diagnosisResult)
			.where(eq(diagnosisResult.responseId, own!.id));
		const expected = estimate(answers);
		expect(stored).toMatchObject({
			months: expected.months,
			category: expected.category,
			route: expected.route,
			factors: expected.factors,
			rulesVersion: expected.rulesVersion
		});
	});

	it('stores one result when the same questionnaire is submitted twice at once', async () => {
		const p = await person();
		await fill(p, readyForWork());
		const results = await Promise.all([
			submitQuestionnaire(database.db, p, 'nl'),
			submitQuestionnaire(database.db, p, 'ar')
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'submitted' }]);
		const own = await getOwnQuestionnaire(database.db, p.id);
		const rows = await database.db
			.select()
			.from(diagnosisResult)
			.where(eq(diagnosisResult.responseId, own!.id));
		expect(rows).toHaveLength(1);
	});

	it('the diagnosis:score CLI reproduces the stored estimate from the stored answers', async () => {
		const variants = [
			readyForWork(),
			readyForWork({ dutch_level: 'none', months_since_work: 'never', housing_stable: 'no' }),
			readyForWork({ health_limits: 'strongly', dutch_level: 'a1', education_level: 'none' }),
			readyForWork({ health_consent: 'discuss_with_consultant', worries: ['debts', 'housing'] })
		];
		for (const answers of variants) {
			const p = await submitted(answers);
			const [row] = await database.db
				.select({ response: questionnaireResponse, result: diagnosisResult })
				.from(questionnaireResponse)
				.innerJoin(diagnosisResult, eq(diagnosisResult.responseId, questionnaireResponse.id))
				.where(eq(questionnaireResponse.userId, p.id));
			// Exactly what an export of the stored row would put on one JSONL line.
			const line = JSON.stringify({ ...row.response.answers, ...row.response.healthAnswers });
			expect(scoreLine(line, 1)).toEqual({
				months: row.result.months,
				category: row.result.category,
				route: row.result.route,
				rulesVersion: row.result.rulesVersion
			});
		}
	});

	it('shows health answers only to the roles that need them, and audits every view', async () => {
		const answers = readyForWork({ health_limits: 'strongly' });
		const client = await submitted(answers);
		for (const [role, sees] of [
			['work_consultant', true],
			['income_consultant', true],
			['quality_officer', true],
			['account_manager', false],
			['administrator', false]
		] as const) {
			const viewer = await person(role);
			const view = await getQuestionnaireForStaff(database.db, viewer, asClient(client), 'nl');
			expect(view.status).toBe('submitted');
			if (view.status !== 'submitted') continue;
			const itemIds = view.answers.flatMap((s) => s.items.map((i) => i.id));
			expect(itemIds.includes('health_limits'), role).toBe(sees);
			expect(itemIds.includes('health_consent'), role).toBe(sees);
			expect(
				view.answers.some((s) => s.id === 'health'),
				role
			).toBe(sees);
			expect(view.healthShown).toBe(sees);
			const factors = view.estimate!.factors.join(' ');
			expect(factors.includes('gezondheid'), role).toBe(sees);
			expect(view.estimate!.healthHidden, role).toBe(!sees);
			const audit = await database.db
				.select()
				.from(auditEvent)
				.where(
					and(
						eq(auditEvent.actorId, viewer.id),
						eq(auditEvent.action, 'questionnaire.answers.view')
					)
				);
			expect(audit, role).toHaveLength(1);
			expect(audit[0]).toMatchObject({
				subjectId: client.id,
				municipalityId: lv,
				detail: { health: sees }
			});
		}
	});

	it('shows a draft only as progress, without answers and without an audit line', async () => {
		const client = await person();
		await fill(client, readyForWork(), ['situation', 'education']);
		const consultant = await person('work_consultant');
		const view = await getQuestionnaireForStaff(database.db, consultant, asClient(client), 'nl');
		expect(view).toMatchObject({ status: 'draft', sectionsStarted: 2 });
		expect(view).not.toHaveProperty('answers');
		const audit = await database.db
			.select()
			.from(auditEvent)
			.where(eq(auditEvent.actorId, consultant.id));
		expect(audit).toHaveLength(0);
	});

	it('keeps every decision: accepting, overriding with a reason, and refusing an outdated one', async () => {
		const client = await submitted(readyForWork({ dutch_level: 'a1', months_since_work: 'never' }));
		const consultant = await person('work_consultant');
		const quality = await person('quality_officer');
		const record = asClient(client);

		expect(
			await recordCategoryDecision(database.db, consultant, record, {
				choice: 'other',
				basedOn: 0,
				category: '2A',
				route: 'participation',
				reason: '  '
			})
		).toEqual({ ok: false, error: 'reason_required' });

		const accepted = await recordCategoryDecision(database.db, consultant, record, {
			choice: 'accept',
			basedOn: 0,
			reason: ''
		});
		expect(accepted).toMatchObject({
			ok: true,
			decision: { category: '1C', route: 'reintegration', acceptedProposal: true, sequence: 1 }
		});

		// A decision made on a page that did not show the first one is refused.
		expect(
			await recordCategoryDecision(database.db, quality, record, {
				choice: 'other',
				basedOn: 0,
				category: '1B',
				route: 'reintegration',
				reason: 'Heeft werk in zicht'
			})
		).toEqual({ ok: false, error: 'outdated' });

		const overridden = await recordCategoryDecision(database.db, quality, record, {
			choice: 'other',
			basedOn: 1,
			category: '1B',
			route: 'reintegration',
			reason: 'Heeft werk in zicht'
		});
		expect(overridden).toMatchObject({ ok: true, decision: { acceptedProposal: false } });

		const history = await listCategoryDecisions(database.db, client.id);
		expect(history.map((d) => [d.sequence, d.category, d.acceptedProposal, d.reason])).toEqual([
			[2, '1B', false, 'Heeft werk in zicht'],
			[1, '1C', true, null]
		]);
		expect(history[0].decidedByName).toBe(quality.name);
		expect(history[1].decidedByName).toBe(consultant.name);

		// Two decisions on the same basis at the same moment: one wins, the other is told.
		const racing = await Promise.all(
			(['3A', '3B'] as const).map((category) =>
				recordCategoryDecision(database.db, consultant, record, {
					choice: 'other',
					basedOn: 2,
					category,
					route: 'participation',
					reason: 'Test'
				})
			)
		);
		expect(racing.filter((r) => r.ok)).toHaveLength(1);
		expect(racing.filter((r) => !r.ok)).toEqual([{ ok: false, error: 'outdated' }]);
	});

	it('accepting needs an estimate; choosing without a questionnaire needs a reason', async () => {
		const client = asClient(await person('client'));
		const consultant = await person('work_consultant');
		expect(
			await recordCategoryDecision(database.db, consultant, client, {
				choice: 'accept',
				basedOn: 0,
				reason: ''
			})
		).toEqual({ ok: false, error: 'no_proposal' });
		expect(
			await recordCategoryDecision(database.db, consultant, client, {
				choice: 'other',
				basedOn: 0,
				category: '1C',
				route: 'reintegration',
				reason: 'Vragenlijst samen ingevuld tijdens de intake'
			})
		).toMatchObject({ ok: true, decision: { acceptedProposal: false, resultId: null } });
	});

	it('refuses a decision by a role that does not decide, or for another municipality', async () => {
		const client = asClient(await submitted());
		const manager = await person('account_manager');
		const elsewhere = await person('work_consultant', wassenaar);
		for (const staff of [manager, elsewhere]) {
			await expect(
				recordCategoryDecision(database.db, staff, client, {
					choice: 'accept',
					basedOn: 0,
					reason: ''
				})
			).rejects.toThrow();
		}
	});

	it('lists submitted questionnaires without a decision since, oldest first, per municipality', async () => {
		const first = await submitted();
		const second = await submitted();
		const decided = await submitted();
		const elsewhere = await person('applicant', wassenaar);
		await fill(elsewhere, readyForWork());
		await submitQuestionnaire(database.db, elsewhere, 'ti');
		const consultant = await person('work_consultant');
		await recordCategoryDecision(database.db, consultant, asClient(decided), {
			choice: 'accept',
			basedOn: 0,
			reason: ''
		});
		const list = await listQuestionnairesAwaitingReview(database.db, consultant);
		const ids = list.map((row) => row.clientId);
		expect(ids).toContain(first.id);
		expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
		expect(ids).not.toContain(decided.id);
		expect(ids).not.toContain(elsewhere.id);
		const times = list.map((row) => row.submittedAt!.getTime());
		expect(times).toEqual([...times].sort((a, b) => a - b));

		const drafting = await person();
		await fill(drafting, readyForWork(), ['situation']);
		const nothing = await person();
		const statuses = await getQuestionnaireStatuses(database.db, [
			first.id,
			decided.id,
			drafting.id,
			nothing.id
		]);
		expect(statuses.get(first.id)?.status).toBe('awaiting_review');
		expect(statuses.get(decided.id)?.status).toBe('decided');
		expect(statuses.get(drafting.id)).toEqual({ status: 'draft', submittedAt: null });
		expect(statuses.has(nothing.id)).toBe(false);
	});
});
