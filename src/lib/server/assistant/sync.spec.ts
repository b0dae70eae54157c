import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { assistantAnswer, assistantTopic } from './schema';
import { syncAssistantContent } from './sync';
import { getContentVersion, loadAssistantContent } from './store';
import { getAnswerForEdit, saveAnswer } from './edit';
import { fixtureTopics, makePerson } from './test-fixtures';

describe.each(TEST_DRIVERS)('content sync (%s)', (driver) => {
	let t: TestDatabase;
	const quiet = () => {};
	beforeAll(async () => {
		t = await openTestDatabase(driver);
	});
	afterAll(async () => {
		await t?.destroy();
	});

	it('inserts every topic and language once, and a second sync changes nothing', async () => {
		const first = await syncAssistantContent(t.db, fixtureTopics(), quiet);
		expect(first.inserted).toBe(16);
		expect(first.version).toBe(1);
		const again = await syncAssistantContent(t.db, fixtureTopics(), quiet);
		expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 16, retired: 0, version: 1 });
		const content = await loadAssistantContent(t.db);
		expect(content.records).toHaveLength(16);
		expect(content.answers.get('apply-for-benefit:ar')?.nextStep).toEqual({
			label: 'next ar',
			href: '/my'
		});
		expect(
			content.records.find((r) => r.slug === 'apply-for-benefit' && r.locale === 'nl')?.phrasings
		).toHaveLength(5);
	});

	it('keeps a staff edit when the file did not change', async () => {
		const officer = await makePerson(t.db, 'quality_officer');
		const before = (await getAnswerForEdit(t.db, 'apply-for-benefit', 'nl'))!;
		const result = await saveAnswer(
			t.db,
			officer,
			{ slug: 'apply-for-benefit', locale: 'nl' },
			{ ...before, answer: 'Door een medewerker verbeterd antwoord.' },
			{ markReviewed: true }
		);
		expect(result).toEqual({ saved: true, changed: true });
		expect(await getContentVersion(t.db)).toBe(2);

		const sync = await syncAssistantContent(t.db, fixtureTopics(), quiet);
		expect(sync).toMatchObject({ inserted: 0, updated: 0, version: 2 });
		const after = (await getAnswerForEdit(t.db, 'apply-for-benefit', 'nl'))!;
		expect(after.answer).toBe('Door een medewerker verbeterd antwoord.');
		expect(after.status).toBe('reviewed');
		expect(after.reviewedByName).toBe(officer.name);
	});

	it('lets a changed file replace the row (also over an edit) and raises the version', async () => {
		const topics = fixtureTopics();
		topics[0].locales.nl!.answer = 'Nieuwe tekst uit het bestand.';
		topics[0].locales.nl!.phrasings.push('nieuwe voorbeeldvraag');
		const warnings: string[] = [];
		const sync = await syncAssistantContent(t.db, topics, (l) => warnings.push(l));
		expect(sync).toMatchObject({ inserted: 0, updated: 1, unchanged: 15, version: 3 });
		expect(sync.overwrittenEdits).toEqual(['apply-for-benefit/nl']);
		expect(warnings.join()).toContain('apply-for-benefit/nl');
		const row = (await getAnswerForEdit(t.db, 'apply-for-benefit', 'nl'))!;
		expect(row.answer).toBe('Nieuwe tekst uit het bestand.');
		expect(row.phrasings).toContain('nieuwe voorbeeldvraag');
		expect(row.updatedByName).toBeNull();
		// The same changed file again: nothing to do.
		expect((await syncAssistantContent(t.db, topics, quiet)).updated).toBe(0);
	});

	it('adds a new language of a topic and retires a topic whose file is gone', async () => {
		const topics = fixtureTopics().filter((topic) => topic.slug !== 'language-requirement');
		topics[0].locales.nl!.answer = 'Nieuwe tekst uit het bestand.';
		topics[0].locales.nl!.phrasings.push('nieuwe voorbeeldvraag');
		const sync = await syncAssistantContent(t.db, topics, quiet);
		expect(sync.retired).toBe(1);
		const [retired] = await t.db
			.select({ active: assistantTopic.active })
			.from(assistantTopic)
			.where(eq(assistantTopic.slug, 'language-requirement'));
		expect(retired.active).toBe(false);
		const content = await loadAssistantContent(t.db);
		expect(content.records.some((r) => r.slug === 'language-requirement')).toBe(false);

		// Back again: reactivated, its rows untouched.
		const back = await syncAssistantContent(
			t.db,
			[...topics, fixtureTopics().find((x) => x.slug === 'language-requirement')!],
			quiet
		);
		expect(back.updated).toBe(1);
		const rows = await t.db
			.select()
			.from(assistantAnswer)
			.where(and(eq(assistantAnswer.topicSlug, 'language-requirement')));
		expect(rows).toHaveLength(4);
	});

	it('a save without changes and without review is a no-op', async () => {
		const officer = await makePerson(t.db, 'administrator');
		const version = await getContentVersion(t.db);
		const current = (await getAnswerForEdit(t.db, 'book-appointment', 'en'))!;
		const result = await saveAnswer(
			t.db,
			officer,
			{ slug: 'book-appointment', locale: 'en' },
			current,
			{ markReviewed: false }
		);
		expect(result).toEqual({ saved: true, changed: false });
		expect(await getContentVersion(t.db)).toBe(version);
	});

	it('only quality officers and administrators can save', async () => {
		const consultant = await makePerson(t.db, 'work_consultant');
		const current = (await getAnswerForEdit(t.db, 'book-appointment', 'en'))!;
		await expect(
			saveAnswer(t.db, consultant, { slug: 'book-appointment', locale: 'en' }, current, {
				markReviewed: true
			})
		).rejects.toThrow('not allowed');
	});
});
