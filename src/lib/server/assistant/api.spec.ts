import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { queryRows } from '../db/sql';
import { translatorFor } from '$lib/server/i18n';
import { isLocale } from '$lib/i18n/languages';
import { respondToAssistantApi, readLimitedBody, MAX_BODY_BYTES, type ApiContext } from './api';
import { createAssistantRuntime, type AssistantRuntime } from './runtime';
import { syncAssistantContent } from './sync';
import { fixtureTopics } from './test-fixtures';
import ar from '../../i18n/locales/ar/assistant.json';
import en from '../../i18n/locales/en/assistant.json';
import nl from '../../i18n/locales/nl/assistant.json';

describe.each(TEST_DRIVERS)('POST /api/assistant (%s)', (driver) => {
	let t: TestDatabase;
	let runtime: AssistantRuntime;
	let addressCounter = 0;
	beforeAll(async () => {
		t = await openTestDatabase(driver);
		await syncAssistantContent(t.db, fixtureTopics(), () => {});
		runtime = createAssistantRuntime(() => t.db, { checkIntervalMs: 60_000, log: () => {} });
		await runtime.snapshot();
	});
	afterAll(async () => {
		await t?.destroy();
	});

	function call(body: unknown, overrides: Partial<ApiContext> = {}) {
		return respondToAssistantApi({
			db: t.db,
			body: typeof body === 'string' || body === null ? body : JSON.stringify(body),
			portalLocale: 'en',
			address: `10.0.0.${++addressCounter}`,
			translatorFor: (locale) => translatorFor(isLocale(locale) ? locale : 'nl'),
			runtime,
			ratePerMinute: 100,
			...overrides
		});
	}

	it('answers with the documented shape, in the requested language', async () => {
		const r = await call({ question: 'How can I apply for benefit?', locale: 'ar' });
		expect(r.status).toBe(200);
		expect(r.headers['cache-control']).toBe('no-store');
		expect(r.body).toMatchObject({ topic: 'apply-for-benefit', handoff: false });
		expect(typeof r.body.confidence).toBe('number');
		expect(Array.isArray(r.body.suggestions)).toBe(true);
		expect(r.body.answer).toBe('قدّم طلبك عبر werk.nl ثم اتصل بالبلدية خلال ثلاثة أيام.');
		expect(Object.keys(r.body)).toEqual(
			expect.arrayContaining(['topic', 'answer', 'confidence', 'suggestions', 'handoff'])
		);
	});

	it('declines out-of-scope questions with the decline text and a handoff', async () => {
		const r = await call({ question: 'Who won the World Cup?', locale: 'nl' });
		expect(r.status).toBe(200);
		expect(r.body).toMatchObject({
			topic: null,
			handoff: true,
			suggestions: [],
			outOfScope: true,
			answer: nl.decline.outOfScope
		});
	});

	it.each([
		['not JSON', 'nope{', 'invalidJson', en],
		['a JSON array', '[1,2]', 'invalidJson', en],
		['JSON null', 'null', 'invalidJson', en],
		['an unreadable body', null, 'unreadable', en],
		['an unknown locale', { question: 'hoi', locale: 'de' }, 'locale', en],
		['no locale', { question: 'hoi' }, 'locale', en],
		['an empty question', { question: '', locale: 'ar' }, 'empty', ar],
		['a blank question', { question: ' \n\t ', locale: 'nl' }, 'empty', nl],
		['no question', { locale: 'nl' }, 'empty', nl],
		['a question that is not text', { question: 42, locale: 'en' }, 'notText', en],
		['a question of 501 characters', { question: 'a'.repeat(501), locale: 'nl' }, 'tooLong', nl]
	])('400 for %s, in the requested (else the portal) language', async (_, body, key, texts) => {
		const r = await call(body);
		expect(r.status).toBe(400);
		const expected = (texts.errors as Record<string, string>)[key].replace('{{max}}', '500');
		expect(r.body).toEqual({ error: expected });
	});

	it('accepts exactly 500 characters', async () => {
		const r = await call({ question: 'bijstand '.repeat(56).slice(0, 500), locale: 'nl' });
		expect(r.status).toBe(200);
	});

	it('429 with Retry-After once an address exceeds the limit; other addresses go on', async () => {
		const address = '192.0.2.77';
		const statuses: number[] = [];
		for (let i = 0; i < 4; i++) {
			const r = await call(
				{ question: 'hoe vraag ik bijstand aan', locale: 'nl' },
				{
					address,
					ratePerMinute: 3
				}
			);
			statuses.push(r.status);
			if (r.status === 429) {
				const seconds = Number(r.headers['retry-after']);
				expect(seconds).toBeGreaterThanOrEqual(1);
				expect(seconds).toBeLessThanOrEqual(60);
				expect(r.body.error).toBe(nl.errors.rateLimited.replace('{{seconds}}', String(seconds)));
			}
		}
		expect(statuses).toEqual([200, 200, 200, 429]);
		const other = await call(
			{ question: 'hoe vraag ik bijstand aan', locale: 'nl' },
			{
				address: '192.0.2.78',
				ratePerMinute: 3
			}
		);
		expect(other.status).toBe(200);
		// The counters hold a keyed hash, never the address itself.
		const keys = await queryRows<{ key: string }>(
			t.db,
			sql`select key from rate_limit where bucket = 'assistant-ip'`
		);
		expect(keys.length).toBeGreaterThan(0);
		expect(keys.some((k) => k.key.includes('192.0.2'))).toBe(false);
	});

	it('reads bodies only up to the limit', async () => {
		const ok = new Request('http://x/api/assistant', { method: 'POST', body: '{"a":1}' });
		expect(await readLimitedBody(ok)).toBe('{"a":1}');
		const big = new Request('http://x/api/assistant', {
			method: 'POST',
			body: 'x'.repeat(MAX_BODY_BYTES + 1)
		});
		expect(await readLimitedBody(big)).toBeNull();
	});
});
