/**
 * Every environment variable the server reads, declared and validated in one place.
 * Read from process.env (not $env) so the CLI scripts under scripts/ share this module.
 */

function flag(value: string | undefined): boolean {
	return value === '1' || value === 'true' || value === 'yes';
}

function positiveInt(name: string, fallback: number): number {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	const n = Number(raw);
	if (!Number.isInteger(n) || n <= 0)
		throw new Error(`${name} must be a positive whole number, got "${raw}"`);
	return n;
}

export interface ServerConfig {
	/** PostgreSQL connection string; when absent the embedded PGlite database is used. */
	databaseUrl: string | undefined;
	/** Folder of the embedded database. */
	pgliteDir: string;
	/** 'production' refuses demo data and sets Secure cookies. */
	production: boolean;
	/** Load the demo municipalities, accounts and data when the database is empty. */
	demoData: boolean;
	/** Which municipality's name, logo and colours the portal wears. */
	themeMunicipality: string;
	/** Failed logins per account / per IP before throttling, and the window in minutes. */
	loginLimitPerAccount: number;
	loginLimitPerIp: number;
	loginWindowMinutes: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
	const production = env.NODE_ENV === 'production' && !flag(env.PORTAL_NOT_PRODUCTION);
	const demoData = flag(env.DEMO_DATA);
	return {
		databaseUrl: env.DATABASE_URL || undefined,
		pgliteDir: env.PGLITE_DIR || './data/pglite',
		production,
		demoData,
		themeMunicipality: env.PORTAL_MUNICIPALITY || 'leidschendam-voorburg',
		loginLimitPerAccount: positiveInt('LOGIN_LIMIT_PER_ACCOUNT', 5),
		loginLimitPerIp: positiveInt('LOGIN_LIMIT_PER_IP', 30),
		loginWindowMinutes: positiveInt('LOGIN_WINDOW_MINUTES', 15)
	};
}

let cached: ServerConfig | undefined;

export function config(): ServerConfig {
	cached ??= readConfig();
	return cached;
}
