import { chromium, defineConfig, devices } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * End-to-end tests in Chromium against the built app (`npm run build` first; `npm test` does).
 * Database: TEST_DATABASE_URL (real PostgreSQL) when set, else a fresh embedded PGlite folder.
 */
const PORT = Number(process.env.E2E_PORT || 4173);
const BASE_URL = `http://localhost:${PORT}`;

function chromiumPath(): string | undefined {
	const candidates = [
		process.env.PLAYWRIGHT_CHROMIUM_PATH,
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser'
	];
	const found = candidates.find((p) => p && existsSync(p));
	if (found) return found;
	// Playwright's own download, if someone installed it; otherwise say what to do in one line.
	if (existsSync(chromium.executablePath())) return undefined;
	throw new Error(
		'No Chromium found: install it (Debian: apt-get install chromium) or set PLAYWRIGHT_CHROMIUM_PATH.'
	);
}

const executablePath = chromiumPath();
const e2eDatabaseUrl = process.env.E2E_DATABASE_URL || process.env.TEST_DATABASE_URL;
const databaseEnv: Record<string, string> = e2eDatabaseUrl
	? { DATABASE_URL: e2eDatabaseUrl }
	: { PGLITE_DIR: join(mkdtempSync(join(tmpdir(), 'portal-e2e-')), 'pglite') };

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	// One folder per build, so parallel runs on one machine do not wipe each other's artefacts.
	outputDir: `test-results/${process.env.BUILD_DIR || 'build'}`,
	fullyParallel: false,
	workers: 2,
	retries: 0,
	// Generous: a staff login may wait for a fresh second-factor code on a busy machine.
	timeout: 120_000,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		baseURL: BASE_URL,
		trace: 'retain-on-failure',
		// Dutch browser unless a test says otherwise: the portal's default language.
		locale: 'nl-NL',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: `node ${process.env.BUILD_DIR || 'build'}`,
		url: `${BASE_URL}/healthz`,
		reuseExistingServer: false,
		timeout: 120_000,
		env: {
			PORT: String(PORT),
			ORIGIN: BASE_URL,
			DEMO_DATA: 'true',
			REGISTER_LIMIT_PER_IP: '10000',
			LOGIN_LIMIT_PER_IP: '10000',
			ASSISTANT_RATE_LIMIT: '10000',
			...databaseEnv
		}
	}
});
