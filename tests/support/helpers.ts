import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { generateHOTP } from '@oslojs/otp';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';

export const DEMO_PASSWORD = 'demo-wachtwoord-2026';

export function uniqueEmail(prefix: string): string {
	return `${prefix}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.org`;
}

/** The published key of the demo staff accounts' authenticator (src/lib/server/demo/two-factor.ts). */
export const DEMO_TOTP_KEY = decodeBase32IgnorePadding('DEMOWERKENINKOMENPORTAALTWEEDUIZ');

export function totpCode(key: Uint8Array, stepOffset = 0): string {
	const step = Math.floor(Date.now() / 30_000) + stepOffset;
	return generateHOTP(key, BigInt(step), 6);
}

/**
 * Answers the second-factor page. A code is accepted once per 30-second step (replay protection),
 * so when another test just used this account's code, try the next step's, then wait for a new step.
 */
export async function passSecondFactor(page: Page, key: Uint8Array = DEMO_TOTP_KEY): Promise<void> {
	for (const attempt of [0, 1, 'wait', 0, 1, 'wait', 0, 1] as const) {
		if (attempt === 'wait') {
			await page.waitForTimeout(30_500 - (Date.now() % 30_000));
			continue;
		}
		await page.locator('input[name="code"]').fill(totpCode(key, attempt));
		await page.locator('form.utrecht-form button[type="submit"]').click();
		await page.waitForLoadState('domcontentloaded');
		if (!new URL(page.url()).pathname.startsWith('/login/two-factor')) return;
	}
	throw new Error('second factor not accepted');
}

/**
 * Demo staff sessions are reused between tests (one file per account): every fresh staff login
 * costs a second-factor code, and a code is accepted once per 30 seconds per account.
 */
const SESSION_CACHE = join('test-results', '.sessions');

async function reuseStaffSession(page: Page, email: string): Promise<boolean> {
	const file = join(SESSION_CACHE, `${email}.json`);
	if (!existsSync(file)) return false;
	await page.context().addCookies(JSON.parse(readFileSync(file, 'utf8')));
	const response = await page.goto('/staff');
	return (
		!!response && new URL(page.url()).pathname.startsWith('/staff') && response.status() === 200
	);
}

async function saveStaffSession(page: Page, email: string): Promise<void> {
	mkdirSync(SESSION_CACHE, { recursive: true });
	const cookies = (await page.context().cookies()).filter((c) => c.name === 'session');
	const file = join(SESSION_CACHE, `${email}.json`);
	writeFileSync(`${file}.${process.pid}`, JSON.stringify(cookies));
	renameSync(`${file}.${process.pid}`, file);
}

export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
	const demoStaff =
		password === DEMO_PASSWORD &&
		!/^(aanvrager|klant|statushouder|participatie|wachtend)@/.test(email);
	if (demoStaff && (await reuseStaffSession(page, email))) return;
	await page.context().clearCookies({ name: 'session' });
	await page.goto('/login');
	await page.locator('input[name="email"]').fill(email);
	await page.locator('input[name="password"]').fill(password);
	await page.locator('form.utrecht-form button[type="submit"]').click();
	await page.waitForURL((url) => url.pathname !== '/login');
	if (new URL(page.url()).pathname === '/login/two-factor') await passSecondFactor(page);
	await page.waitForURL((url) => !url.pathname.startsWith('/login'));
	if (demoStaff) await saveStaffSession(page, email);
}

/** Is the browser's session one of the shared demo staff sessions other test files reuse? */
async function holdsSharedStaffSession(page: Page): Promise<boolean> {
	const token = (await page.context().cookies()).find((c) => c.name === 'session')?.value;
	if (!token || !existsSync(SESSION_CACHE)) return false;
	return readdirSync(SESSION_CACHE)
		.filter((file) => file.endsWith('.json'))
		.some((file) => readFileSync(join(SESSION_CACHE, file), 'utf8').includes(token));
}

/**
 * Logs out with the button. A shared demo staff session is only dropped from this browser, not
 * ended: ending it would log out the tests running beside this one with the same session.
 */
export async function logout(page: Page): Promise<void> {
	if (await holdsSharedStaffSession(page)) {
		await page.context().clearCookies({ name: 'session' });
		await page.goto('/');
		return;
	}
	await page.locator('form[action="/logout"] button').click();
	await page.waitForURL((url) => url.pathname === '/');
}

export async function register(
	page: Page,
	input: { name: string; email: string; password?: string; language?: string }
): Promise<void> {
	await page.goto('/register');
	await page.locator('input[name="name"]').fill(input.name);
	await page.locator('input[name="email"]').fill(input.email);
	await page
		.locator('input[name="password"]')
		.fill(input.password ?? 'a sentence of several words');
	if (input.language) await page.locator('select[name="language"]').selectOption(input.language);
	await page.locator('form.utrecht-form button[type="submit"]').click();
}

/** axe-core on the current page: no serious or critical violation (WCAG 2.1 A and AA rules). */
export async function expectAccessible(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	const serious = results.violations.filter(
		(v) => v.impact === 'serious' || v.impact === 'critical'
	);
	expect(
		serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
	).toEqual([]);
}

/** The text a page should show: read from the translation files, so tests check real translations. */
export function translated(
	locale: string,
	key: string,
	params: Record<string, string> = {}
): string {
	const [namespace, ...path] = key.split('.');
	const file = `src/lib/i18n/locales/${locale}/${namespace}.json`;
	let node: unknown = JSON.parse(readFileSync(file, 'utf8'));
	for (const part of path) node = (node as Record<string, unknown>)[part];
	if (typeof node !== 'string') throw new Error(`${locale}: no text for ${key}`);
	return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => params[name] ?? '');
}
