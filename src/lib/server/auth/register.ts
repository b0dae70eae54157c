import type { Executor } from '../db';
import type { User } from '../db/schema';
import { createAccount, EmailTakenError, getMunicipalityBySlug } from './accounts';
import { passwordProblem } from './password';
import { hitLimit } from './rate-limit';

export interface Registration {
	name: string;
	email: string;
	password: string;
	language: string;
	municipality: string;
	ip: string;
}

export type RegisterResult =
	| { ok: true; user: User }
	| { ok: false; field: 'email' | 'password' | 'municipality' | null; error: string };

const REGISTER_LIMIT = {
	bucket: 'register-ip',
	max: Number(process.env.REGISTER_LIMIT_PER_IP || 20),
	windowMs: 60 * 60_000
};

/** Self-registration: everyone who signs up is an applicant (aanvrager) of their municipality. */
export async function registerApplicant(
	db: Executor,
	input: Registration
): Promise<RegisterResult> {
	const weak = passwordProblem(input.password, input.email);
	if (weak) return { ok: false, field: 'password', error: weak };
	const place = await getMunicipalityBySlug(db, input.municipality);
	if (!place) return { ok: false, field: 'municipality', error: 'form.choice' };
	const limit = await hitLimit(db, REGISTER_LIMIT, input.ip);
	if (limit.blocked) return { ok: false, field: null, error: 'auth.register.throttled' };
	try {
		const user = await createAccount(db, {
			email: input.email,
			name: input.name,
			password: input.password,
			role: 'applicant',
			municipalityId: place.id,
			preferredLocale: input.language
		});
		return { ok: true, user };
	} catch (error) {
		if (error instanceof EmailTakenError) {
			return { ok: false, field: 'email', error: 'auth.register.emailTaken' };
		}
		throw error;
	}
}
