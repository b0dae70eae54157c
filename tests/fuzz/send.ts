/**
 * Builds fuzz requests for a discovered form, sends them over real HTTP with the persona's session,
 * and checks each answer: never a 5xx, rejections with the right status and a translated message,
 * and what the person typed shown again.
 */
import { request as playwrightRequest, type APIRequestContext, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DiscoveredForm, FormField } from './discover';
import {
	ALL_FIELD_PAYLOADS,
	expectedStored,
	geez,
	wrongTypeFor,
	type FieldValue,
	type Payload
} from './payloads';

export type Body = { contentType: string | null; data: Buffer };

export interface FuzzCase {
	name: string;
	body: Body;
	/** Origin header; undefined: none. */
	origin?: string;
	/** Statuses that are the right answer for this case (besides the general rules). */
	expect?: number[];
	/** Text fields whose value should be shown again on a 400: name → expected value. */
	kept?: Record<string, string>;
	/**
	 * Sent on a connection of its own, without the session: the server may answer and close the
	 * connection before reading a body this large, which would also break requests sharing it.
	 */
	isolated?: boolean;
	/** The connection may be closed by the server (see isolated). */
	closes?: boolean;
}

const FORM = 'application/x-www-form-urlencoded';

function encodeValue(value: FieldValue): Buffer[] {
	if (Array.isArray(value)) return value.flatMap(encodeValue);
	if (typeof value === 'string') return [Buffer.from(encodeURIComponent(value))];
	return [Buffer.from([...value.bytes].map((b) => '%' + b.toString(16).padStart(2, '0')).join(''))];
}

export function urlEncoded(values: [string, FieldValue | undefined][]): Buffer {
	const parts: Buffer[] = [];
	for (const [name, value] of values) {
		if (value === undefined) continue;
		for (const encoded of encodeValue(value))
			parts.push(Buffer.concat([Buffer.from(encodeURIComponent(name) + '='), encoded]));
	}
	return Buffer.concat(parts.flatMap((p, i) => (i ? [Buffer.from('&'), p] : [p])));
}

function multipart(values: [string, FieldValue | undefined][], boundary: string): Buffer {
	const parts: Buffer[] = [];
	const add = (name: string, value: FieldValue) => {
		if (Array.isArray(value)) return value.forEach((v) => add(name, v));
		const bytes = typeof value === 'string' ? Buffer.from(value) : value.bytes;
		parts.push(
			Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`),
			bytes,
			Buffer.from('\r\n')
		);
	};
	for (const [name, value] of values) if (value !== undefined) add(name, value);
	parts.push(Buffer.from(`--${boundary}--\r\n`));
	return Buffer.concat(parts);
}

const form = (values: [string, FieldValue | undefined][]): Body => ({
	contentType: FORM,
	data: urlEncoded(values)
});

const isTextField = (f: FormField) =>
	(f.tag === 'textarea' || ['text', 'email', 'search', 'tel', 'url'].includes(f.type)) &&
	f.type !== 'password';
/** One-time codes are, like passwords, never shown again (by design). */
const isEchoed = (f: FormField) => isTextField(f) && f.name !== 'code';

/** Payloads whose kept value is checked on a 400 (text fields of the re-shown form). */
const KEPT_SAMPLE = new Set(['sql-or', 'arabic', 'emoji', 'html-script', 'template']);

export type MatrixSize = 'full' | 'reduced';

/**
 * The cases for one form: every payload in every visible field (hidden ones keep their real
 * values, unless the form has nothing else), a wrong type in one field at a time (the others as
 * the page showed them), missing fields, wrong content types, missing/foreign Origin, and bodies
 * above the form reader's and the adapter's limits.
 */
export function casesFor(target: DiscoveredForm, baseURL: string, size: MatrixSize): FuzzCase[] {
	const fields = target.fields;
	const visible = fields.filter((f) => f.type !== 'hidden');
	const replaced = visible.length > 0 ? visible : fields;
	const defaults = (): [string, FieldValue | undefined][] => fields.map((f) => [f.name, f.value]);
	const withAll = (value: FieldValue): [string, FieldValue | undefined][] =>
		fields.map((f) => [f.name, replaced.includes(f) ? value : f.value]);
	const cases: FuzzCase[] = [];
	const payloads: Payload[] =
		size === 'full'
			? ALL_FIELD_PAYLOADS
			: ALL_FIELD_PAYLOADS.filter((p) =>
					['nul', 'sql-drop', 'geez-5000', 'invalid-utf8'].includes(p.name)
				);
	for (const payload of payloads) {
		const kept: Record<string, string> = {};
		if (KEPT_SAMPLE.has(payload.name) && typeof payload.value === 'string') {
			for (const f of replaced.filter(isEchoed))
				kept[f.name] = expectedStored(payload.value, f.tag === 'textarea');
		}
		cases.push({ name: `all:${payload.name}`, body: form(withAll(payload.value)), kept });
	}
	// Long but valid: every empty text field filled to its maxlength with Ge'ez script (other
	// fields as shown), so the value passes validation and reaches the action and the database.
	// Only on forms that create something (empty text fields), never over existing content.
	const long = replaced.filter((f) => isTextField(f) && f.maxLength);
	if (size === 'full' && long.length > 0 && long.every((f) => f.value === '')) {
		cases.push({
			name: 'at-maxlength',
			body: form(fields.map((f) => [f.name, long.includes(f) ? geez(f.maxLength!) : f.value]))
		});
	}
	if (size === 'full') {
		// Hidden values (ids, keys) replaced too, by values of the wrong shape.
		if (visible.length > 0 && visible.length < fields.length) {
			for (const payload of wrongTypeFor({ tag: 'input', type: 'hidden', options: [] }).slice(0, 2))
				cases.push({
					name: `hidden:${payload.name}`,
					body: form(fields.map((f) => [f.name, f.type === 'hidden' ? payload.value : f.value]))
				});
		}
		// One field at a time, the others as shown: reaches the checks behind the first field.
		// (First wrong type of each field; ids get two: malformed and well-formed but unknown.)
		for (const field of fields.slice(0, 8)) {
			if (field.type === 'checkbox') continue;
			for (const payload of wrongTypeFor(field).slice(0, field.type === 'hidden' ? 2 : 1)) {
				cases.push({
					name: `field:${field.name}:${payload.name}`,
					body: form(defaults().map(([n, v]) => [n, n === field.name ? payload.value : v]))
				});
			}
		}
		cases.push({ name: 'missing-all-fields', body: form([]) });
		cases.push({
			name: 'unknown-fields-only',
			body: form([
				['__proto__', 'x'],
				['constructor', 'y'],
				['x'.repeat(300), 'z']
			])
		});
		cases.push({
			name: 'json-body',
			body: {
				contentType: 'application/json',
				data: Buffer.from(JSON.stringify(Object.fromEntries(withAll('json').map(([n]) => [n, 1]))))
			},
			expect: [400, 415]
		});
		cases.push({
			name: 'multipart',
			body: {
				contentType: 'multipart/form-data; boundary=fuzzfuzz',
				data: multipart(withAll("'); drop table accounts; --"), 'fuzzfuzz')
			}
		});
		cases.push({
			name: 'text-plain',
			body: { contentType: 'text/plain', data: Buffer.from('a=b\r\nc=d') },
			// (200/303: an action that does not read its body, e.g. "clear the conversation".)
			expect: [200, 303, 400, 403, 404, 415]
		});
		cases.push({
			name: 'raw-invalid-bytes',
			body: { contentType: FORM, data: Buffer.from([0x61, 0x3d, 0xff, 0x00, 0xfe, 0x26, 0x3d]) }
		});
		cases.push({
			name: 'over-form-reader-limit-200kB',
			body: form(withAll('z'.repeat(200_000))),
			expect: [200, 303, 400, 404, 413],
			isolated: true
		});
		cases.push({
			name: 'over-body-size-limit-1MB',
			body: form([[replaced[0]?.name ?? 'x', 'z'.repeat(1_048_576)]]),
			// 413 from the adapter when the body is read; 400 when the form reader refuses it first.
			expect: [200, 303, 400, 404, 413],
			isolated: true
		});
	}
	cases.push({ name: 'no-origin', body: form(withAll('x')), origin: undefined, expect: [403] });
	cases.push({
		name: 'foreign-origin',
		body: form(withAll('x')),
		origin: 'https://evil.example',
		expect: [403]
	});
	for (const c of cases) if (!('origin' in c)) c.origin = baseURL;
	return cases;
}

/** Every translation key (`ns.path.to.key`) and the generic error page titles, all languages. */
function loadTranslations(): { keys: Set<string>; errorTitles: Set<string> } {
	const keys = new Set<string>();
	const errorTitles = new Set<string>();
	const root = 'src/lib/i18n/locales';
	for (const locale of readdirSync(root)) {
		for (const file of readdirSync(join(root, locale))) {
			if (!file.endsWith('.json')) continue;
			const ns = file.slice(0, -5);
			const walk = (node: unknown, path: string[]) => {
				if (typeof node === 'string') keys.add([ns, ...path].join('.'));
				else if (node && typeof node === 'object')
					for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
			};
			const json = JSON.parse(readFileSync(join(root, locale, file), 'utf8'));
			walk(json, []);
			if (ns === 'errors' || json.errors) {
				const errors = ns === 'errors' ? json : json.errors;
				for (const k of ['general', 'notFound', 'forbidden'])
					if (errors?.[k]?.title) errorTitles.add(errors[k].title);
			}
		}
	}
	return { keys, errorTitles };
}

export const TRANSLATIONS = loadTranslations();

interface Inspected {
	alerts: string[];
	h1: string;
	/** Values of the re-shown form with the same action, when there is one. */
	values: Record<string, string> | null;
}

function inspectInBrowser([html, action]: [string, string]): Inspected {
	const doc = new DOMParser().parseFromString(html, 'text/html');
	const alerts = Array.from(doc.querySelectorAll('[role="alert"]')).map((el) =>
		(el.textContent ?? '').replace(/\s+/g, ' ').trim()
	);
	const h1 = (doc.querySelector('h1')?.textContent ?? '').trim();
	const target = new URL(action, 'http://x');
	const form = Array.from(doc.querySelectorAll('form')).find((f) => {
		const url = new URL(f.getAttribute('action') ?? '', 'http://x' + target.pathname);
		return url.pathname === target.pathname && url.search.split('#')[0] === target.search;
	});
	let values: Record<string, string> | null = null;
	if (form) {
		values = {};
		for (const el of Array.from(form.querySelectorAll('input[name], textarea[name]'))) {
			const name = el.getAttribute('name')!;
			values[name] =
				el.tagName === 'TEXTAREA' ? (el.textContent ?? '') : (el.getAttribute('value') ?? '');
		}
	}
	return { alerts, h1, values };
}

const KEY_LIKE = /\b[a-z][A-Za-z]*(?:\.[A-Za-z_]+){1,4}\b/g;

export interface Outcome {
	target: string;
	name: string;
	status: number;
	problems: string[];
	keptChecked: number;
}

export async function sendCase(
	request: APIRequestContext,
	parser: Page,
	target: { url: string; label: string; blind?: boolean },
	c: FuzzCase
): Promise<Outcome> {
	if (c.isolated) {
		const own = await playwrightRequest.newContext({
			baseURL: c.origin,
			storageState: await request.storageState()
		});
		try {
			return await sendCase(own, parser, target, { ...c, isolated: false, closes: true });
		} finally {
			await own.dispose();
		}
	}
	const headers: Record<string, string> = { accept: 'text/html' };
	if (c.body.contentType) headers['content-type'] = c.body.contentType;
	if (c.origin) headers.origin = c.origin;
	const problems: string[] = [];
	let status = 0;
	let keptChecked = 0;
	try {
		const post = () =>
			request.post(target.url, {
				data: c.body.data,
				headers,
				maxRedirects: 0,
				failOnStatusCode: false,
				timeout: 60_000
			});
		// A kept-alive connection the server has just closed resets before the request is read:
		// send it again (a few times) instead of blaming the app.
		let response;
		for (let attempt = 0; ; attempt++) {
			try {
				response = await post();
				break;
			} catch (error) {
				if (c.closes || attempt >= 4 || !/ECONNRESET|socket hang up/.test(String(error)))
					throw error;
				await new Promise((resolve) => setTimeout(resolve, 200));
			}
		}
		status = response.status();
		const type = response.headers()['content-type'] ?? '';
		if (status >= 500) {
			problems.push(`${status}: ${(await response.text()).slice(0, 200)}`);
		} else if (![200, 303, 400, 403, 404, 409, 413, 415, 429].includes(status)) {
			problems.push(`unexpected status ${status}`);
		} else if (
			c.expect &&
			!c.expect.includes(status) &&
			!(status === 303 && c.expect.includes(403))
		) {
			problems.push(`status ${status}, expected ${c.expect.join('/')}`);
		}
		if (status === 400 && /html/.test(type)) {
			const seen = await parser.evaluate(inspectInBrowser, [await response.text(), target.url] as [
				string,
				string
			]);
			const text = seen.alerts.join(' | ');
			// A form the page does not show (posted blind) cannot show its message there.
			if (seen.alerts.length === 0 && !target.blind)
				problems.push('400 without an error message (role=alert)');
			if (TRANSLATIONS.errorTitles.has(seen.h1))
				problems.push(`400 shows the error page: ${seen.h1}`);
			const raw = (text.match(KEY_LIKE) ?? []).filter((k) => TRANSLATIONS.keys.has(k));
			if (raw.length) problems.push(`untranslated message key(s): ${raw.join(', ')}`);
			for (const [name, expected] of Object.entries(c.kept ?? {})) {
				if (!seen.values || !(name in seen.values)) continue;
				keptChecked++;
				if (seen.values[name] !== expected)
					problems.push(
						`typed value of ${name} not kept: ${JSON.stringify(seen.values[name].slice(0, 60))}`
					);
			}
		} else if ((status === 403 || status === 404) && /html/.test(type)) {
			const seen = await parser.evaluate(inspectInBrowser, [await response.text(), target.url] as [
				string,
				string
			]);
			if (!seen.h1 && seen.alerts.length === 0) problems.push(`${status} without a message`);
		}
	} catch (error) {
		// A server may answer an oversized upload early and close the connection: not a failure.
		if (!(c.closes && /ECONNRESET|EPIPE|socket hang up/.test(String(error))))
			problems.push(`request failed: ${String(error).split('\n')[0]}`);
	}
	return { target: target.label, name: c.name, status, problems, keptChecked };
}

/** Runs tasks with a few in flight at once. */
export async function pool<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>) {
	const results: R[] = new Array(items.length);
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(limit, items.length) }, async () => {
			while (next < items.length) {
				const index = next++;
				results[index] = await run(items[index]);
			}
		})
	);
	return results;
}
