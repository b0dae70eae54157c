/**
 * Who the access matrix asks as. Every route and action in `policy.ts` says, for each of these,
 * what answer it must get.
 */
export const PERSONAS = [
	'anonymous',
	'applicantA',
	'applicantB',
	'client',
	'work_consultant',
	'income_consultant',
	'account_manager',
	'quality_officer',
	'administrator',
	'otherMunicipality'
] as const;

export type Persona = (typeof PERSONAS)[number];

/**
 * Not in the grid, only in probes: a session that gave a staff account's password but not yet its
 * second factor (a new work consultant with an authenticator, made for the run).
 */
export type Asker = Persona | 'pendingStaff';

/** Applicants/clients: A and B are fresh applicants, `client` is the demo client Mark Jansen (klant@). */
export const CLIENT_PERSONAS = ['applicantA', 'applicantB', 'client'] as const;

/** Staff of Leidschendam-Voorburg, the municipality A, B and the demo client belong to. */
export const LV_STAFF = [
	'work_consultant',
	'income_consultant',
	'account_manager',
	'quality_officer',
	'administrator'
] as const;

export type StaffPersona = (typeof LV_STAFF)[number] | 'otherMunicipality';

/** The role each staff persona has (the other municipality's consultant is a work consultant). */
export const STAFF_ROLE: Record<StaffPersona, string> = {
	work_consultant: 'work_consultant',
	income_consultant: 'income_consultant',
	account_manager: 'account_manager',
	quality_officer: 'quality_officer',
	administrator: 'administrator',
	otherMunicipality: 'work_consultant'
};

/** Demo accounts used as personas (password `demo-wachtwoord-2026`; staff pass the demo TOTP). */
export const DEMO_EMAIL: Partial<Record<Persona, string>> = {
	client: 'klant@example.org',
	work_consultant: 'consulent@example.org',
	income_consultant: 'inkomen@example.org',
	account_manager: 'accountmanager@example.org',
	quality_officer: 'kwaliteit@example.org',
	administrator: 'admin@example.org',
	otherMunicipality: 'consulent.wassenaar@example.org'
};

export function isLvStaff(persona: Asker): boolean {
	return (LV_STAFF as readonly string[]).includes(persona);
}

export function isStaff(persona: Persona): persona is StaffPersona {
	return persona === 'otherMunicipality' || isLvStaff(persona);
}

export function isClient(persona: Persona): boolean {
	return (CLIENT_PERSONAS as readonly string[]).includes(persona);
}
