/**
 * Removes personal data from free text before it is logged or stored (questions to the assistant).
 *
 * Replaced: IBANs (mod-97 valid), e-mail addresses, phone numbers (Dutch mobile and landline,
 * +31/0031, other international numbers starting with +), and citizen service numbers (BSN:
 * nine digits, optionally grouped with dots or spaces, that pass the 11-test). A nine-digit number
 * that fails the 11-test is left alone (it is probably a case or order number).
 */

export const PLACEHOLDERS = {
	bsn: '[BSN]',
	phone: '[telefoon]',
	email: '[e-mail]',
	iban: '[IBAN]'
} as const;

/** The BSN 11-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11). */
export function isValidBsn(value: string): boolean {
	const digits = value.replace(/[\s.]/g, '');
	if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
	let sum = 0;
	for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
	sum -= Number(digits[8]);
	return sum % 11 === 0;
}

/** ISO 13616 check: rearrange, letters to numbers, mod 97 = 1. */
export function isValidIban(value: string): boolean {
	const iban = value.replace(/\s/g, '').toUpperCase();
	if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
	if (iban.startsWith('NL') && !/^NL\d{2}[A-Z]{4}\d{10}$/.test(iban)) return false;
	const rearranged = iban.slice(4) + iban.slice(0, 4);
	let rem = 0;
	for (const ch of rearranged) {
		const code = ch.charCodeAt(0);
		const num = code >= 65 ? String(code - 55) : ch;
		for (const d of num) rem = (rem * 10 + Number(d)) % 97;
	}
	return rem === 1;
}

const IBAN_CANDIDATE = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30}/g;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** Dutch numbers: 0 / +31 / 0031, optional (0), then nine digits (first 1-9) with optional separators. */
const PHONE_NL = /(?<![\w+])(?:\+31|0031|0)[\s.-]?(?:\(0\)[\s.-]?)?[1-9](?:[\s.-]?\d){8}(?![\d])/g;
/** Other international numbers written with a leading +. */
const PHONE_INTL =
	/(?<![\w+])\+[1-9]\d{0,2}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?(?:\d[\s.-]?){6,12}\d(?!\d)/g;
/** Nine digits, single dots/spaces allowed between digits, not part of a longer number. */
const BSN_CANDIDATE = /(?<!\d[.\s]?)\d(?:[.\s]?\d){8}(?![.\s]?\d)/g;

function replaceIbans(text: string): string {
	return text.replace(IBAN_CANDIDATE, (match) => {
		// The candidate may have swallowed a following word ("... 1643 00 en"); shrink until valid.
		const compact = match.replace(/ /g, '');
		for (let len = compact.length; len >= 15; len--) {
			if (!isValidIban(compact.slice(0, len))) continue;
			let seen = 0;
			let cut = 0;
			while (cut < match.length && seen < len) {
				if (match[cut] !== ' ') seen++;
				cut++;
			}
			const rest = match.slice(cut);
			if (/^[A-Za-z0-9]/.test(rest)) continue; // would end in the middle of a word
			return PLACEHOLDERS.iban + rest;
		}
		return match;
	});
}

export function scrubPersonalData(text: string): string {
	if (!text) return text;
	let t = String(text);
	// Arabic-Indic digits are written too; fold them so numbers are recognised.
	t = t.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
		const cp = d.codePointAt(0)!;
		return String(cp >= 0x06f0 ? cp - 0x06f0 : cp - 0x0660);
	});
	t = replaceIbans(t);
	t = t.replace(EMAIL, PLACEHOLDERS.email);
	t = t.replace(PHONE_NL, PLACEHOLDERS.phone);
	t = t.replace(PHONE_INTL, PLACEHOLDERS.phone);
	t = t.replace(BSN_CANDIDATE, (m) => (isValidBsn(m) ? PLACEHOLDERS.bsn : m));
	return t;
}
