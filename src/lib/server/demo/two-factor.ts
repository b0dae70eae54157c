import { decodeBase32IgnorePadding } from '@oslojs/encoding';

/**
 * Demo data only: every demo staff account has its authenticator set up with this published key,
 * so a visitor can log in without a phone: `npm run demo:totp` prints the current code, or add the
 * key to any authenticator app. Never loaded in production mode.
 */
export const DEMO_TOTP_KEY_BASE32 = 'DEMOWERKENINKOMENPORTAALTWEEDUIZ';

export function demoTotpKey(): Uint8Array {
	return decodeBase32IgnorePadding(DEMO_TOTP_KEY_BASE32);
}
