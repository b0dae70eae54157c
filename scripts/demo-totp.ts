// `npm run demo:totp`: the current second-factor code of the demo staff accounts (demo data only).
import { currentStep, TOTP_PERIOD, totpCode } from '../src/lib/server/auth/totp';
import { demoTotpKey } from '../src/lib/server/demo/two-factor';

const now = Date.now();
const secondsLeft = TOTP_PERIOD - Math.floor(now / 1000 - currentStep(now) * TOTP_PERIOD);
console.log(
	`Demo staff code: ${totpCode(demoTotpKey(), now)} (valid for another ${secondsLeft} s)`
);
