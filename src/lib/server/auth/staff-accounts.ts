import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type { Executor } from '../db';
import type { User } from '../db/schema';
import { createAccount, EmailTakenError } from './accounts';
import type { StaffRole } from './roles';

/** A random first password for a new staff account, handed over once; 20 characters. */
export function generateInitialPassword(): string {
	const bytes = new Uint8Array(12);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export type CreateStaffResult =
	{ ok: true; user: User; initialPassword: string } | { ok: false; field: 'email'; error: string };

/** Staff accounts are made by an administrator (or the CLI), never by self-registration. */
export async function createStaffAccount(
	db: Executor,
	input: { name: string; email: string; role: StaffRole; municipalityId: string; password?: string }
): Promise<CreateStaffResult> {
	const initialPassword = input.password ?? generateInitialPassword();
	try {
		const user = await createAccount(db, {
			name: input.name,
			email: input.email,
			password: initialPassword,
			role: input.role,
			municipalityId: input.municipalityId,
			preferredLocale: 'nl'
		});
		return { ok: true, user, initialPassword };
	} catch (error) {
		if (error instanceof EmailTakenError)
			return { ok: false, field: 'email', error: 'auth.register.emailTaken' };
		throw error;
	}
}
