import { redirect, type RequestEvent } from '@sveltejs/kit';
import { encodeBase64, decodeBase64 } from '@oslojs/encoding';
import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import type { SessionUser, ValidatedSession } from './session';
import { generateTotpKey, totpQrSvg, totpUri } from './totp';

type FlowEvent = Pick<RequestEvent, 'locals' | 'url'>;

/**
 * Who is setting up or checking a second factor: someone halfway through logging in, or someone
 * signed in who turns it on (clients) or replaces their authenticator. Otherwise: to the login page.
 */
export function requireTwoFactorActor(event: FlowEvent): {
	user: SessionUser;
	session: ValidatedSession;
	pending: boolean;
} {
	const pending = event.locals.pendingTwoFactor;
	if (pending) return { ...pending, pending: true };
	if (event.locals.user && event.locals.session) {
		return { user: event.locals.user, session: event.locals.session, pending: false };
	}
	redirect(303, '/login');
}

/** A new key for enrolment, with what the page shows: QR code, the key to type, and the hidden field. */
export function newEnrolment(issuer: string, accountName: string) {
	const key = generateTotpKey();
	return enrolmentView(issuer, accountName, key);
}

export function enrolmentView(issuer: string, accountName: string, key: Uint8Array) {
	const uri = totpUri(issuer, accountName, key);
	return {
		encodedKey: encodeBase64(key),
		manualKey: encodeBase32UpperCaseNoPadding(key)
			.replace(/(.{4})/g, '$1 ')
			.trim(),
		qrSvg: totpQrSvg(uri)
	};
}

/** The key from the hidden field, or null when it is not a 20-byte key. */
export function decodeEnrolmentKey(encoded: string): Uint8Array | null {
	try {
		const key = decodeBase64(encoded);
		return key.length === 20 ? key : null;
	} catch {
		return null;
	}
}
