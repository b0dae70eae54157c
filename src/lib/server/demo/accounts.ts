import type { Role } from '../db/schema';

/** Demo data only; never loaded in production mode. Listed in the README too. */
export const DEMO_PASSWORD = 'demo-wachtwoord-2026';

export interface DemoAccount {
	key: string;
	email: string;
	name: string;
	role: Role;
	municipality: string;
	locale: string;
	isStatusHolder?: boolean;
	description: string;
}

const LV = 'leidschendam-voorburg';

export const DEMO_ACCOUNTS: DemoAccount[] = [
	{
		key: 'applicant',
		email: 'aanvrager@example.org',
		name: 'Sanne de Vries',
		role: 'applicant',
		municipality: LV,
		locale: 'nl',
		description: 'applicant, just registered'
	},
	{
		key: 'client',
		email: 'klant@example.org',
		name: 'Mark Jansen',
		role: 'client',
		municipality: LV,
		locale: 'nl',
		description: 'client on a reintegration route'
	},
	{
		key: 'statusHolder',
		email: 'statushouder@example.org',
		name: 'Rania Haddad',
		role: 'client',
		municipality: LV,
		locale: 'ar',
		isStatusHolder: true,
		description: 'client, status holder, prefers Arabic'
	},
	{
		key: 'waitingApplicant',
		email: 'wachtend@example.org',
		name: 'Selam Tesfamariam',
		role: 'applicant',
		municipality: LV,
		locale: 'ti',
		isStatusHolder: true,
		description: 'applicant, status holder (Tigrinya), questionnaire awaiting review'
	},
	{
		key: 'participation',
		email: 'participatie@example.org',
		name: 'Henk Bakker',
		role: 'client',
		municipality: LV,
		locale: 'nl',
		description: 'client on the participation route'
	},
	{
		key: 'workConsultant',
		email: 'consulent@example.org',
		name: 'Fatima El Amrani',
		role: 'work_consultant',
		municipality: LV,
		locale: 'nl',
		description: 'work consultant'
	},
	{
		key: 'incomeConsultant',
		email: 'inkomen@example.org',
		name: 'Peter van Dijk',
		role: 'income_consultant',
		municipality: LV,
		locale: 'nl',
		description: 'income consultant'
	},
	{
		key: 'accountManager',
		email: 'accountmanager@example.org',
		name: 'Lisa Verbeek',
		role: 'account_manager',
		municipality: LV,
		locale: 'nl',
		description: 'account manager (employer service point)'
	},
	{
		key: 'qualityOfficer',
		email: 'kwaliteit@example.org',
		name: 'Joost Smit',
		role: 'quality_officer',
		municipality: LV,
		locale: 'nl',
		description: 'quality officer'
	},
	{
		key: 'administrator',
		email: 'admin@example.org',
		name: 'Anouk Visser',
		role: 'administrator',
		municipality: LV,
		locale: 'nl',
		description: 'administrator'
	},
	{
		key: 'workConsultantWassenaar',
		email: 'consulent.wassenaar@example.org',
		name: 'Daan Mulder',
		role: 'work_consultant',
		municipality: 'wassenaar',
		locale: 'nl',
		description: 'work consultant in Wassenaar'
	}
];
