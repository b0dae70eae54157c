import { describe, expect, it } from 'vitest';
import {
	INFO_SESSION_COOKIE,
	MAX_COOKIE_LENGTH,
	parseProgressCookie,
	readAnonymousProgress,
	recordAnonymousAnswer,
	serialiseProgress
} from './cookie';
import { applyAnswer } from './progress';
import { fakeCookies } from './test-helpers';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const encodeText = (json: string) => Buffer.from(json).toString('base64url');

describe('anonymous progress cookie', () => {
	it('round-trips progress', () => {
		let state = applyAnswer({}, 'rights', 'q1', 'a');
		state = applyAnswer(state, 'rights', 'q1', 'b');
		state = applyAnswer(state, 'help', 'q2', 'a');
		expect(parseProgressCookie(serialiseProgress(state))).toEqual(state);
	});

	it('records answers in the cookie, with the second try', () => {
		const cookies = fakeCookies();
		recordAnonymousAnswer(cookies, 'duties', 'q3', 'a');
		recordAnonymousAnswer(cookies, 'duties', 'q3', 'b');
		expect(readAnonymousProgress(cookies)).toEqual({
			duties: { q3: { attempts: 2, firstOption: 'a', lastOption: 'b' } }
		});
		expect(cookies.jar.get(INFO_SESSION_COOKIE)!.length).toBeLessThan(200);
	});

	it('ignores tampering: unknown modules, questions, options, counts, shapes and sizes', () => {
		const tampered = encode({
			v: 1,
			m: {
				rights: {
					q1: [1, 'b', 'b'],
					q2: [1, 'z', 'z'],
					q99: [1, 'a', 'a'],
					q3: [0, 'a', 'a'],
					toString: [1, 'a', 'a']
				},
				duties: { q1: [1, 'a', 'c'], q2: [2.5, 'a', 'a'], q3: 'yes' },
				'no-such-module': { q1: [1, 'a', 'a'] },
				help: [1, 2, 3]
			}
		});
		expect(parseProgressCookie(tampered)).toEqual({
			rights: { q1: { attempts: 1, firstOption: 'b', lastOption: 'b' } }
		});
		const polluting = encodeText(
			'{"v":1,"m":{"__proto__":{"q1":[1,"a","a"]},"rights":{"__proto__":[1,"a","a"]}}}'
		);
		expect(parseProgressCookie(polluting)).toEqual({});
		expect(({} as Record<string, unknown>).q1).toBeUndefined();
		expect(parseProgressCookie(encode({ v: 2, m: {} }))).toEqual({});
		expect(parseProgressCookie('not base64 !')).toEqual({});
		expect(parseProgressCookie(Buffer.from('{"v":1,').toString('base64url'))).toEqual({});
		expect(parseProgressCookie(encode([1, 2, 3]))).toEqual({});
		expect(parseProgressCookie('A'.repeat(MAX_COOKIE_LENGTH + 1))).toEqual({});
		expect(parseProgressCookie(undefined)).toEqual({});
	});

	it('caps an absurd attempt count', () => {
		const state = parseProgressCookie(encode({ v: 1, m: { rights: { q1: [1e9, 'a', 'b'] } } }));
		expect(state.rights?.q1.attempts).toBe(99);
	});
});
