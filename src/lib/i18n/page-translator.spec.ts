import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES, type Locale } from './languages';
import { createPageTranslator } from './page-translator';
import { createTranslator, type Messages } from './translator';

/** Every message of every language says the same through the page translator as through i18next. */
const LOCALES_DIR = join(process.cwd(), 'src', 'lib', 'i18n', 'locales');

function messagesOf(locale: string): Messages {
	const messages: Messages = {};
	for (const file of readdirSync(join(LOCALES_DIR, locale))) {
		if (!file.endsWith('.json')) continue;
		messages[file.replace(/\.json$/, '')] = JSON.parse(
			readFileSync(join(LOCALES_DIR, locale, file), 'utf8')
		);
	}
	return messages;
}

function leaves(node: unknown, prefix = ''): [string, string][] {
	if (typeof node === 'string') return [[prefix, node]];
	if (node === null || typeof node !== 'object') return [];
	return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

describe.each(LOCALE_CODES as readonly Locale[])('page translator in %s', (locale) => {
	const messages = messagesOf(locale);
	const reference = createTranslator(locale, messages);
	const page = createPageTranslator(locale, messages);
	const all = leaves(messages);

	it('has messages to compare', () => {
		expect(all.length).toBeGreaterThan(500);
	});

	it('says what i18next says for every message, with and without its placeholders filled', () => {
		const differences: string[] = [];
		for (const [path, text] of all) {
			const key = path.replace(PLURAL, '');
			const names = [...text.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g)].map((m) => m[1]);
			const filled = Object.fromEntries(names.map((n) => [n, `«${n}»`]));
			const cases: (Record<string, unknown> | undefined)[] = [undefined, filled, { other: 'x' }];
			if (PLURAL.test(path))
				for (const count of [0, 1, 2, 3, 11, 100]) cases.push({ ...filled, count });
			for (const options of cases) {
				const expected = reference(key, options as never);
				const actual = page(key, options as never);
				if (actual !== expected)
					differences.push(`${path} ${JSON.stringify(options)}: ${actual} ≠ ${expected}`);
			}
		}
		expect(differences).toEqual([]);
	});

	it('answers a missing key with the key, or the default value', () => {
		for (const options of [undefined, { defaultValue: 'anders' }, { name: 'x' }]) {
			expect(page('nothing.here', options as never)).toBe(
				reference('nothing.here', options as never)
			);
		}
		const section = all.find(([path]) => path.split('.').length > 2)![0];
		const parent = section.split('.').slice(0, -1).join('.');
		expect(page(parent, { defaultValue: 'x' } as never)).toBe('x');
	});
});

describe('plurals by count (i18next format)', () => {
	const messages = { units: { months_one: '{{count}} maand', months_other: '{{count}} maanden' } };
	it.each([
		['nl', 1],
		['nl', 4],
		['ar', 0],
		['ar', 2],
		['ar', 5],
		['ar', 11]
	] as const)('%s, %i', (locale, count) => {
		const reference = createTranslator(locale, messages);
		expect(createPageTranslator(locale, messages)('units.months', { count } as never)).toBe(
			reference('units.months', { count } as never)
		);
	});
});
