import { describe, expect, it } from 'vitest';
import {
	addTurn,
	MAX_STATE_LENGTH,
	MAX_TURNS,
	parseConversation,
	serializeConversation,
	viewConversation
} from './conversation';
import { buildIndex } from './index';
import { FIXTURE_RECORDS } from './fixtures';
import type { AssistantSnapshot } from './answer';

const ID = '0b9f1c2e-3d4a-4b5c-8d6e-7f8091a2b3c4';
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('conversation state (hidden field)', () => {
	it('round-trips turns', () => {
		const turns = [
			{ q: 'كيف ألغي موعدي؟', id: ID, f: 'y' as const },
			{ q: 'Titel', s: 'book-appointment' }
		];
		expect(parseConversation(serializeConversation(turns))).toEqual(turns);
		expect(serializeConversation([])).toBe('');
	});

	it('keeps at most MAX_TURNS turns', () => {
		let turns: { q: string }[] = [];
		for (let i = 0; i < MAX_TURNS + 3; i++) turns = addTurn(turns, { q: `vraag ${i}` });
		expect(turns).toHaveLength(MAX_TURNS);
		expect(turns[0].q).toBe('vraag 3');
	});

	it.each([
		['nothing', undefined],
		['not base64url', 'not base64!'],
		['not JSON', Buffer.from('{').toString('base64url')],
		['another version', encode({ v: 2, t: [{ q: 'x' }] })],
		['too long', 'a'.repeat(MAX_STATE_LENGTH + 1)],
		['a number', 42]
	])('drops %s', (_, raw) => {
		expect(parseConversation(raw)).toEqual([]);
	});

	it('drops invalid turns and fields, cleans the text', () => {
		const raw = encode({
			v: 1,
			t: [
				{ q: 'goed\u202e', id: ID, f: 'n', h: 1 },
				{ q: 'x'.repeat(501) },
				{ q: '' },
				{ q: 'slug', s: '../etc/passwd' },
				{ q: 'id', id: 'not-a-uuid' },
				{ q: 'feedback', f: 'maybe', h: 2 },
				'string',
				null
			]
		});
		expect(parseConversation(raw)).toEqual([
			{ q: 'goed', id: ID, f: 'n', h: 1 },
			{ q: 'feedback' }
		]);
	});
});

describe('viewConversation', () => {
	const answers = new Map(
		FIXTURE_RECORDS.map((r) => [
			`${r.slug}:${r.locale}`,
			{
				slug: r.slug,
				locale: r.locale,
				title: r.title,
				answer: r.answer + ' <script>x</script> [meer](https://www.werk.nl)',
				nextStep: { label: 'Naar werk.nl', href: 'https://www.werk.nl' }
			}
		])
	);
	const snapshot: AssistantSnapshot = {
		version: 1,
		index: buildIndex(FIXTURE_RECORDS),
		answers,
		builtAt: 0
	};

	it('renders answers safely in the portal language and offers a person when declined', () => {
		const [answered, declined, picked] = viewConversation(
			snapshot,
			[
				{ q: 'How do I apply for benefit?', id: ID },
				{ q: 'What is the weather today?', id: ID },
				{ q: 'Bijstand aanvragen', s: 'apply-for-benefit' }
			],
			'nl'
		);
		expect(answered).toMatchObject({
			kind: 'answered',
			topic: 'apply-for-benefit',
			title: 'Bijstand aanvragen',
			canGiveFeedback: true,
			offerHandoff: false,
			nextStep: { href: 'https://www.werk.nl', external: true }
		});
		expect(answered.html).toContain('<strong>werk.nl</strong>');
		expect(answered.html).toContain('&lt;script&gt;');
		expect(answered.html).toContain(
			'<a href="https://www.werk.nl" rel="noopener noreferrer">meer</a>'
		);
		expect(declined).toMatchObject({ kind: 'out_of_scope', offerHandoff: true, html: '' });
		expect(picked).toMatchObject({
			kind: 'answered',
			topic: 'apply-for-benefit',
			canGiveFeedback: false
		});
	});

	it('offers a person after "did not help"', () => {
		const [turn] = viewConversation(
			snapshot,
			[{ q: 'hoe vraag ik bijstand aan', id: ID, f: 'n' }],
			'nl'
		);
		expect(turn).toMatchObject({ feedback: 'n', offerHandoff: true });
	});
});
