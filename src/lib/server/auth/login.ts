import type { Executor } from '../db';
import type { User } from '../db/schema';
import { config } from '../config';
import { authenticate, normaliseEmail } from './accounts';
import { hitLimit, peekLimit, resetLimit, type Limit } from './rate-limit';
import { hasTwoFactor } from './two-factor';

export type LoginResult =
	| { ok: true; user: User; twoFactor: { role: User['role']; twoFactorEnabled: boolean } }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAt: Date };

function limits(): { account: Limit; ip: Limit } {
	const cfg = config();
	const windowMs = cfg.loginWindowMinutes * 60_000;
	return {
		account: { bucket: 'login-account', max: cfg.loginLimitPerAccount, windowMs },
		ip: { bucket: 'login-ip', max: cfg.loginLimitPerIp, windowMs }
	};
}

/**
 * Checks a login attempt. Failed attempts are counted per account and per IP address (in the
 * database); once either limit is reached, attempts are refused until the window ends, even with
 * the right password, so guessing gets nowhere.
 */
export async function attemptLogin(
	db: Executor,
	input: { email: string; password: string; ip: string }
): Promise<LoginResult> {
	const { account, ip } = limits();
	const email = normaliseEmail(input.email);
	const [byAccount, byIp] = await Promise.all([
		peekLimit(db, account, email),
		peekLimit(db, ip, input.ip)
	]);
	if (byAccount.blocked || byIp.blocked) {
		const retryAt = new Date(Math.max(byAccount.retryAt.getTime(), byIp.retryAt.getTime()));
		return { ok: false, reason: 'throttled', retryAt };
	}
	const found = await authenticate(db, email, input.password);
	if (!found) {
		await Promise.all([hitLimit(db, account, email), hitLimit(db, ip, input.ip)]);
		return { ok: false, reason: 'invalid' };
	}
	await resetLimit(db, account, email);
	const twoFactorEnabled = await hasTwoFactor(db, found.id);
	return { ok: true, user: found, twoFactor: { role: found.role, twoFactorEnabled } };
}
