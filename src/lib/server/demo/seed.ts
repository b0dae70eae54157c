import { sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { queryRows } from '../db/sql';
import { createAccount, getMunicipalityBySlug } from '../auth/accounts';
import type { User } from '../db/schema';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts';
import { isStaffRole } from '../auth/roles';
import { storeTwoFactorKey } from '../auth/two-factor';
import { DEMO_TOTP_KEY_BASE32, demoTotpKey } from './two-factor';

/** Demo accounts by key ('applicant', 'workConsultant', …), handed to each capability's seeder. */
export type DemoPeople = Record<string, User>;

/**
 * A capability adds life to the demo by registering a seeder here; seeders run in order,
 * inside the same transaction, after the accounts exist.
 */
export type DemoSeeder = (db: Executor, people: DemoPeople) => Promise<void>;
const seeders: DemoSeeder[] = [];

export function registerDemoSeeder(seeder: DemoSeeder): void {
	seeders.push(seeder);
}

export async function isDatabaseEmpty(db: Executor): Promise<boolean> {
	const [row] = await queryRows<{ n: number | string }>(
		db,
		sql`select count(*) as n from app_user`
	);
	return Number(row.n) === 0;
}

/**
 * Loads the demo accounts and data when the database has no users. Returns whether it did.
 * The caller makes sure this never runs in production mode.
 */
export async function seedDemoData(db: Executor, log: (line: string) => void = console.log) {
	if (!(await isDatabaseEmpty(db))) return false;
	await db.transaction(async (tx) => {
		const people: DemoPeople = {};
		for (const account of DEMO_ACCOUNTS) {
			const place = await getMunicipalityBySlug(tx, account.municipality);
			if (!place) throw new Error(`demo municipality ${account.municipality} missing`);
			people[account.key] = await createAccount(tx, {
				email: account.email,
				name: account.name,
				password: DEMO_PASSWORD,
				role: account.role,
				municipalityId: place.id,
				preferredLocale: account.locale,
				isStatusHolder: account.isStatusHolder
			});
			// Staff log in with a second factor; demo staff share a published demo key.
			if (isStaffRole(account.role))
				await storeTwoFactorKey(tx, people[account.key].id, demoTotpKey());
		}
		for (const seeder of seeders) await seeder(tx, people);
	});
	log('Demo data loaded.');
	return true;
}

export function printDemoAccounts(log: (line: string) => void = console.log): void {
	log(`Demo accounts (demo data only; password for all: ${DEMO_PASSWORD}):`);
	for (const account of DEMO_ACCOUNTS) log(`  ${account.email.padEnd(34)} ${account.description}`);
	log(`Demo staff log in with a second factor: \`npm run demo:totp\` prints the current code`);
	log(`(or add the demo key ${DEMO_TOTP_KEY_BASE32} to an authenticator app).`);
}
