import { expect, test, type Page } from '@playwright/test';
import { login } from './support/helpers';

/**
 * The Content-Security-Policy and the other security headers, read from real responses of the
 * main pages, and enforced by the browser: our own scripts run (no violation), an injected inline
 * handler does not.
 */

type Directives = Map<string, string[]>;

function parseCsp(header: string): Directives {
	const directives: Directives = new Map();
	for (const part of header.split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), values);
	}
	return directives;
}

/** A strict policy: scripts only from this site or with a nonce/hash, nothing inline or eval'd. */
function expectStrictCsp(
	path: string,
	response: { headers(): Record<string, string> } | null
): void {
	expect(response, path).not.toBeNull();
	const headers = response!.headers();
	const header = headers['content-security-policy'];
	expect(header, `${path}: content-security-policy`).toBeTruthy();
	const csp = parseCsp(header);

	const scriptSrc = csp.get('script-src') ?? csp.get('default-src');
	expect(scriptSrc, `${path}: script-src`).toBeTruthy();
	for (const source of scriptSrc!) {
		expect(source, `${path}: script-src source`).toMatch(
			/^('self'|'nonce-[A-Za-z0-9+/=_-]+'|'sha(256|384|512)-[A-Za-z0-9+/=]+'|'strict-dynamic')$/
		);
	}
	expect(header).not.toContain("'unsafe-eval'");
	for (const directive of ['script-src', 'script-src-elem', 'script-src-attr', 'default-src']) {
		const sources = csp.get(directive) ?? [];
		expect(sources, `${path}: ${directive}`).not.toContain("'unsafe-inline'");
		expect(sources, `${path}: ${directive}`).not.toContain("'unsafe-eval'");
		expect(sources, `${path}: ${directive}`).not.toContain("'unsafe-hashes'");
		expect(sources, `${path}: ${directive}`).not.toContain('*');
		expect(sources, `${path}: ${directive}`).not.toContain('data:');
	}
	expect(csp.get('default-src'), `${path}: default-src`).toEqual(["'self'"]);
	expect(csp.get('object-src'), `${path}: object-src`).toEqual(["'none'"]);
	expect(["'self'", "'none'"], `${path}: base-uri`).toContain(csp.get('base-uri')?.join(' '));
	expect(csp.get('frame-ancestors'), `${path}: frame-ancestors`).toEqual(["'none'"]);
	expect(csp.get('form-action'), `${path}: form-action`).toEqual(["'self'"]);

	expect(headers['x-content-type-options'], `${path}: nosniff`).toBe('nosniff');
	expect(headers['referrer-policy'], `${path}: referrer-policy`).toBe(
		'strict-origin-when-cross-origin'
	);
	expect(headers['x-frame-options'], `${path}: x-frame-options`).toBe('DENY');
	expect(headers['permissions-policy'], `${path}: permissions-policy`).toMatch(
		/camera=\(\).*microphone=\(\).*geolocation=\(\)/
	);
}

/** Records CSP violations from the start of every document. */
async function recordViolations(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __cspViolations: string[] };
		w.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
		});
	});
}

/** Opens a page: strict headers, no violation, and SvelteKit's own (nonce'd) bootstrap ran. */
async function expectCleanPage(page: Page, path: string, signedIn: boolean): Promise<void> {
	const response = await page.goto(path);
	expect(response?.status(), path).toBe(200);
	expectStrictCsp(path, response);
	if (signedIn) expect(response!.headers()['cache-control']).toBe('private, no-store');
	await page.waitForLoadState('load');
	// The inline bootstrap carries the nonce; it defines SvelteKit's global and starts the app.
	await expect
		.poll(() =>
			page.evaluate(() => Object.keys(window).some((key) => key.startsWith('__sveltekit_')))
		)
		.toBe(true);
	expect(
		await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
		`${path}: CSP violations`
	).toEqual([]);
}

test.describe('Content-Security-Policy and security headers', () => {
	test('public pages and an applicant’s pages send a strict policy and run without violations', async ({
		page
	}) => {
		await recordViolations(page);
		for (const path of ['/', '/login', '/register', '/assistant', '/info-session']) {
			await expectCleanPage(page, path, false);
		}
		await login(page, 'aanvrager@example.org');
		for (const path of ['/my', '/my/data', '/questionnaire', '/questionnaire/situation']) {
			await expectCleanPage(page, path, true);
		}
		// The JSON download: a download, never sniffed into HTML.
		const download = await page.request.get('/my/data/download');
		expect(download.status()).toBe(200);
		expect(download.headers()['content-type']).toMatch(/^application\/json\b/);
		expect(download.headers()['x-content-type-options']).toBe('nosniff');
		expect(download.headers()['content-disposition']).toMatch(/^attachment;\s*filename=/);
	});

	test('staff pages and a client file send a strict policy and run without violations', async ({
		page
	}) => {
		await recordViolations(page);
		await login(page, 'consulent@example.org');
		for (const path of ['/staff', '/staff/questionnaires', '/staff/day']) {
			await expectCleanPage(page, path, true);
		}
		await page.goto('/staff?scope=all&q=Mark%20Jansen');
		const file = await page
			.getByRole('link', { name: 'Mark Jansen', exact: true })
			.first()
			.getAttribute('href');
		expect(file).toMatch(/^\/staff\/clients\/[0-9a-f-]{36}/);
		await expectCleanPage(page, file!.replace(/#.*$/, ''), true);
	});

	test('the browser enforces it: an injected inline handler or script does not run', async ({
		page
	}) => {
		await recordViolations(page);
		await page.goto('/');
		await page.waitForLoadState('load');
		// As if a template had rendered user text as HTML: the policy must still stop it.
		await page.evaluate(() => {
			document.body.insertAdjacentHTML(
				'beforeend',
				`<img src="/favicon-missing.png" onerror="window.__cspProbe='attr'">`
			);
			const script = document.createElement('script');
			script.textContent = "window.__cspProbe='inline'";
			document.body.append(script);
		});
		await expect
			.poll(() =>
				page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)
			)
			.toHaveLength(2);
		expect(
			await page.evaluate(() => (window as unknown as { __cspProbe?: string }).__cspProbe)
		).toBeUndefined();
		const violations = await page.evaluate(
			() => (window as unknown as { __cspViolations: string[] }).__cspViolations
		);
		expect(violations.join('\n')).toMatch(/script-src/);
	});
});
