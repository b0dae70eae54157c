import { generateHOTP, createTOTPKeyURI } from '@oslojs/otp';
import { renderSVG } from 'uqr';

/** TOTP as authenticator apps expect it: 30-second steps, 6 digits, SHA-1 (RFC 6238). */
export const TOTP_PERIOD = 30;
export const TOTP_DIGITS = 6;

export function generateTotpKey(): Uint8Array {
	const key = new Uint8Array(20);
	crypto.getRandomValues(key);
	return key;
}

export function currentStep(now = Date.now()): number {
	return Math.floor(now / 1000 / TOTP_PERIOD);
}

/**
 * The step a code belongs to, allowing one step of clock drift either way, or null.
 * Returning the step lets the caller refuse a code that was already used.
 */
export function matchTotpStep(key: Uint8Array, code: string, now = Date.now()): number | null {
	if (!/^\d{6}$/.test(code)) return null;
	const step = currentStep(now);
	for (const candidate of [step, step - 1, step + 1]) {
		if (generateHOTP(key, BigInt(candidate), TOTP_DIGITS) === code) return candidate;
	}
	return null;
}

export function totpCode(key: Uint8Array, now = Date.now()): string {
	return generateHOTP(key, BigInt(currentStep(now)), TOTP_DIGITS);
}

export function totpUri(issuer: string, accountName: string, key: Uint8Array): string {
	return createTOTPKeyURI(issuer, accountName, key, TOTP_PERIOD, TOTP_DIGITS);
}

/** The enrolment QR code as an SVG string (no JavaScript needed to show it). */
export function totpQrSvg(uri: string): string {
	return renderSVG(uri, { border: 2 });
}
