import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { buildIndex } from './index';
import { FIXTURE_RECORDS } from './fixtures';
import { answerFromSnapshot, type AssistantSnapshot } from './answer';
import { createAssistantRuntime } from './runtime';
import { askAssistant } from './service';
import { syncAssistantContent } from './sync';
import { loadAssistantContent } from './store';
import { getAnswerForEdit, saveAnswer } from './edit';
import { assistantQuestionLog } from './schema';
import { fixtureTopics, makePerson } from './test-fixtures';

const quiet = () => {};

describe('answerFromSnapshot: the answer service', () => {
	let snapshot: AssistantSnapshot;
	beforeAll(() => {
		const answers = new Map(
			FIXTURE_RECORDS.filter((r) => !(r.slug === 'language-requirement' && r.locale === 'ti')).map(
				(r) => [
					`${r.slug}:${r.locale}`,
					{
						slug: r.slug,
						locale: r.locale,
						title: r.title,
						answer: r.answer,
						nextStep: { label: 'verder', href: '/my' }
					}
				]
			)
		);
		snapshot = { version: 1, index: buildIndex(FIXTURE_RECORDS), answers, builtAt: Date.now() };
	});

	it('answers in the portal language, whatever the language of the question', () => {
		const english = answerFromSnapshot(snapshot, 'How do I apply for benefit?', 'ar');
		expect(english).toMatchObject({ kind: 'answered', topic: 'apply-for-benefit', handoff: false });
		expect(english.title).toBe('طلب المساعدة الاجتماعية');
		expect(english.answer).toContain('werk.nl');
		const arabic = answerFromSnapshot(snapshot, 'كيف ألغي موعدي؟', 'nl');
		expect(arabic.topic).toBe('book-appointment');
		expect(arabic.title).toBe(
			FIXTURE_RECORDS.find((r) => r.slug === 'book-appointment' && r.locale === 'nl')!.title
		);
	});

	it('falls back to Dutch when the topic has no text in the language', () => {
		const r = answerFromSnapshot(snapshot, 'Moet ik Nederlands leren?', 'ti');
		expect(r.topic).toBe('language-requirement');
		expect(r.title).toBe(
			FIXTURE_RECORDS.find((x) => x.slug === 'language-requirement' && x.locale === 'nl')!.title
		);
	});

	it('below the threshold: says it does not know, suggests the closest topics, offers a person', () => {
		const r = answerFromSnapshot(snapshot, 'afspraak', 'en', { threshold: 0.99 });
		expect(r).toMatchObject({ kind: 'unsure', topic: null, answer: '', handoff: true });
		expect(r.outOfScope).toBe(false);
		expect(r.suggestions.length).toBeGreaterThan(0);
		expect(r.suggestions[0]).toMatch(/appointment/);
		expect(r.confidence).toBeLessThan(0.99);
	});

	it('declines out-of-domain questions politely, without suggestions', () => {
		for (const q of ['What is the weather today?', 'ما هي عاصمة فرنسا؟', 'write me a poem']) {
			const r = answerFromSnapshot(snapshot, q, 'nl');
			expect(r, q).toMatchObject({ kind: 'out_of_scope', topic: null, handoff: true });
			expect(r.suggestions).toEqual([]);
		}
	});

	it('treats a question with nothing to go on as unsure, not as an answer', () => {
		const r = answerFromSnapshot(snapshot, '???', 'nl');
		expect(r).toMatchObject({ kind: 'unsure', topic: null, handoff: true, suggestions: [] });
	});
});

describe.each(TEST_DRIVERS)('runtime and asking through the database (%s)', (driver) => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await openTestDatabase(driver);
		await syncAssistantContent(t.db, fixtureTopics(), quiet);
	});
	afterAll(async () => {
		await t?.destroy();
	});

	it('logs the question scrubbed and without anything that identifies the person', async () => {
		const runtime = createAssistantRuntime(() => t.db, { checkIntervalMs: 60_000, log: quiet });
		const { reply, questionId } = await askAssistant(
			t.db,
			{
				question: 'Hoe vraag ik bijstand aan? 111222333 a.b@example.org',
				locale: 'nl',
				channel: 'api'
			},
			runtime
		);
		expect(reply.topic).toBe('apply-for-benefit');
		const rows = await t.db.select().from(assistantQuestionLog);
		const row = rows.find((r) => r.id === questionId)!;
		expect(row.question).toBe('Hoe vraag ik bijstand aan? [BSN] [e-mail]');
		expect(row).toMatchObject({ topicSlug: 'apply-for-benefit', locale: 'nl', channel: 'api' });
		expect(Object.keys(row).sort()).toEqual(
			[
				'askedAt',
				'channel',
				'confidence',
				'id',
				'locale',
				'nearestTopic',
				'outOfScope',
				'question',
				'topicSlug'
			].sort()
		);
	});

	it('serves the old index while a changed version is rebuilt, then the new one', async () => {
		let clock = 0;
		const runtime = createAssistantRuntime(() => t.db, {
			checkIntervalMs: 5_000,
			now: () => clock,
			log: quiet
		});
		const first = await runtime.snapshot();
		const officer = await makePerson(t.db, 'quality_officer');
		const current = (await getAnswerForEdit(t.db, 'book-appointment', 'en'))!;
		await saveAnswer(
			t.db,
			officer,
			{ slug: 'book-appointment', locale: 'en' },
			{
				...current,
				title: 'Edited title',
				phrasings: [...current.phrasings, 'reschedule my slot']
			},
			{ markReviewed: false }
		);
		// Within the interval: no check at all, the old snapshot.
		expect(await runtime.snapshot()).toBe(first);
		// After the interval the check starts in the background; this call still gets the old one.
		clock += 6_000;
		expect(await runtime.snapshot()).toBe(first);
		const fresh = await runtime.checkNow();
		expect(fresh.version).toBeGreaterThan(first.version);
		expect(fresh.answers.get('book-appointment:en')?.title).toBe('Edited title');
		expect(await runtime.snapshot()).toBe(fresh);
		expect(answerFromSnapshot(fresh, 'reschedule my slot', 'en').title).toBe('Edited title');
	});

	it('builds once for concurrent first requests and not again while the version is unchanged', async () => {
		let builds = 0;
		const runtime = createAssistantRuntime(() => t.db, {
			checkIntervalMs: 0,
			log: quiet,
			build: async (records) => {
				builds++;
				return buildIndex(records);
			}
		});
		const [a, b, c] = await Promise.all([
			runtime.snapshot(),
			runtime.snapshot(),
			runtime.snapshot()
		]);
		expect(a).toBe(b);
		expect(b).toBe(c);
		await runtime.checkNow();
		await runtime.checkNow();
		expect(builds).toBe(1);
		expect((await loadAssistantContent(t.db)).version).toBe(a.version);
	});
});
