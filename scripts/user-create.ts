// `npm run user:create -- --email jan@gemeente.nl --role work_consultant --municipality wassenaar [--name "Jan Jansen"] [--password …]`
// Creates a staff account and prints its first password (generated unless given).
import { closeDatabase, db, initDatabase } from '../src/lib/server/db';
import { getMunicipalityBySlug } from '../src/lib/server/auth/accounts';
import { createStaffAccount } from '../src/lib/server/auth/staff-accounts';
import { passwordProblem } from '../src/lib/server/auth/password';
import { STAFF_ROLES, type StaffRole } from '../src/lib/server/auth/roles';
import { syncMunicipalities } from '../src/lib/server/municipality/sync';
import { fail, readArgs } from './cli';

const args = readArgs();
const email = typeof args.email === 'string' ? args.email : fail('--email is required');
const role =
	typeof args.role === 'string' ? args.role : fail(`--role is required: ${STAFF_ROLES.join(', ')}`);
if (!(STAFF_ROLES as readonly string[]).includes(role))
	fail(`--role must be one of: ${STAFF_ROLES.join(', ')}`);
const slug =
	typeof args.municipality === 'string'
		? args.municipality
		: fail('--municipality is required (a slug from config/municipalities.json)');
const name = typeof args.name === 'string' ? args.name : email.split('@')[0];
const password = typeof args.password === 'string' ? args.password : undefined;
if (password) {
	const weak = passwordProblem(password, email);
	if (weak) fail(`Password refused: ${weak}`);
}

await initDatabase();
await syncMunicipalities(db());
const place = await getMunicipalityBySlug(db(), slug);
if (!place) {
	await closeDatabase();
	fail(`Unknown municipality "${slug}"`);
}
const result = await createStaffAccount(db(), {
	name,
	email,
	role: role as StaffRole,
	municipalityId: place.id,
	password
});
await closeDatabase();
if (!result.ok) fail(`An account with e-mail ${email} already exists.`);
console.log(`Created ${role} ${result.user.email} in ${place.name}.`);
if (!password) console.log(`First password (hand it over safely): ${result.initialPassword}`);
