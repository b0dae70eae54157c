/**
 * Validation at the boundary: form data arrives as unknown strings and leaves as typed values,
 * or as per-field translation keys plus what the person typed (never the password), so a form
 * can be shown again with nothing lost.
 */

export type FieldSpec =
	| { type: 'text'; required?: boolean; min?: number; max: number; multiline?: boolean }
	| { type: 'email'; required?: boolean }
	| { type: 'password'; required?: boolean; max: number }
	| { type: 'choice'; options: readonly string[]; required?: boolean }
	| { type: 'flag' };

type ValueOf<S extends FieldSpec> = S extends { type: 'flag' } ? boolean : string;
export type Parsed<T extends Record<string, FieldSpec>> = { [K in keyof T]: ValueOf<T[K]> };

export type ParseResult<T extends Record<string, FieldSpec>> =
	| { ok: true; data: Parsed<T>; values: Record<string, string> }
	| {
			ok: false;
			errors: Partial<Record<keyof T & string, string>>;
			values: Record<string, string>;
	  };

// Simple and permissive on purpose: the only real check of an address is mail arriving there.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;
// Control characters other than tab/newline, and bidi overrides that can disguise text.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

export function cleanText(value: string, multiline = false): string {
	const cleaned = value.normalize('NFC').replace(UNSAFE_CHARS, '');
	return multiline ? cleaned.replace(/\r\n/g, '\n').trim() : cleaned.replace(/\s+/g, ' ').trim();
}

export function parseForm<T extends Record<string, FieldSpec>>(
	form: FormData,
	spec: T
): ParseResult<T> {
	const data: Record<string, string | boolean> = {};
	const values: Record<string, string> = {};
	const errors: Record<string, string> = {};
	for (const [name, field] of Object.entries(spec)) {
		const raw = form.get(name);
		const text = typeof raw === 'string' ? raw : '';
		if (field.type === 'flag') {
			data[name] = text === 'on' || text === 'true' || text === '1';
			values[name] = data[name] ? 'on' : '';
			continue;
		}
		if (field.type === 'password') {
			// Passwords are never echoed back and never trimmed.
			if (!text && field.required !== false) errors[name] = 'form.required';
			else if (text.length > field.max) errors[name] = 'form.tooLong';
			data[name] = text;
			continue;
		}
		const value = cleanText(text, field.type === 'text' && field.multiline);
		values[name] = value.slice(0, 5000);
		data[name] = value;
		if (!value) {
			if (field.required !== false) errors[name] = 'form.required';
			continue;
		}
		if (field.type === 'text') {
			if (value.length > field.max) errors[name] = 'form.tooLong';
			else if (field.min && value.length < field.min) errors[name] = 'form.tooShort';
		} else if (field.type === 'email') {
			if (value.length > 254 || !EMAIL.test(value)) errors[name] = 'form.email';
		} else if (field.type === 'choice') {
			if (!field.options.includes(value)) errors[name] = 'form.choice';
		}
	}
	if (Object.keys(errors).length > 0) {
		return { ok: false, errors: errors as Partial<Record<keyof T & string, string>>, values };
	}
	return { ok: true, data: data as Parsed<T>, values };
}
