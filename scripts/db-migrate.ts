// `npm run db:migrate`: applies the migrations in drizzle/ to DATABASE_URL, or to the embedded
// database (PGLITE_DIR, default ./data/pglite). The app also does this at every start.
import { closeDatabase, databaseDriver, initDatabase } from '../src/lib/server/db';

await initDatabase();
console.log(`Migrations applied (${databaseDriver()}).`);
await closeDatabase();
