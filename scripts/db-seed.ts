// `npm run db:seed`: loads the demo data into an empty database (refused in production mode).
import { config } from '../src/lib/server/config';
import { closeDatabase, db, initDatabase } from '../src/lib/server/db';
import { printDemoAccounts, seedDemoData } from '../src/lib/server/demo/seed';
import { syncMunicipalities } from '../src/lib/server/municipality/sync';
import '../src/lib/server/demo/seeders';

if (config().production) {
	console.error('Refused: demo data is never loaded in production mode (NODE_ENV=production).');
	process.exit(2);
}
await initDatabase();
await syncMunicipalities(db());
const loaded = await seedDemoData(db());
if (!loaded) console.log('The database already has accounts: demo data not loaded.');
printDemoAccounts();
await closeDatabase();
