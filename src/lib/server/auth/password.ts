import { hash, verify } from '@node-rs/argon2';

/** argon2id with the OWASP-recommended minimum (19 MiB, 2 iterations, 1 lane). */
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 };

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** Passwords people pick most; refused whatever their length. */
const COMMON = new Set([
	'1234567890',
	'12345678910',
	'0123456789',
	'qwertyuiop',
	'wachtwoord1',
	'wachtwoord123',
	'password12',
	'password123',
	'welkom1234',
	'welkom12345',
	'aaaaaaaaaa',
	'iloveyou12'
]);

/** Returns a translation key explaining why the password is too weak, or null when it is fine. */
export function passwordProblem(password: string, email = ''): string | null {
	if (password.length < PASSWORD_MIN_LENGTH) return 'auth.password.tooShort';
	if (password.length > PASSWORD_MAX_LENGTH) return 'auth.password.tooLong';
	const lower = password.toLowerCase();
	if (COMMON.has(lower) || new Set(lower).size < 4) return 'auth.password.tooCommon';
	const local = email.toLowerCase().split('@')[0];
	if (local && local.length >= 4 && lower.includes(local)) return 'auth.password.containsEmail';
	return null;
}

export function hashPassword(password: string): Promise<string> {
	return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

/** A real hash, verified when the account does not exist, so timing does not tell which emails exist. */
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<void> {
	dummyHash ??= hashPassword('not-a-real-password-for-timing');
	await verifyPassword(await dummyHash, password);
}
