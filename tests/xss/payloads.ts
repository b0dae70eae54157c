import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

/**
 * Stored-XSS probes. Every payload carries a marker (which field it was typed into), so a payload
 * that ever runs says where it came from: it sets `window.__xss` to its marker.
 */

/** A run-unique prefix, so payloads from earlier runs on the same database never match. */
const RUN = Date.now().toString(36).slice(-4);

export function marker(field: string): string {
	return `X${RUN}${field}`;
}

const script = (m: string) => `<script>window.__xss='${m}'</script>`;
const img = (m: string) => `<img src=x onerror="window.__xss='${m}'">`;
const svg = (m: string) => `"><svg onload=window.__xss='${m}'>`;
const template = `{{constructor.constructor('window.__xss=1')()}}`;

/**
 * The payloads, by room in the field: `full` (every vector, ~180 characters), `medium` (≤ 100:
 * attribute break-out and script), `short` (≤ 100: image and attribute break-out), `scripted`
 * (≤ 100: script and template injection), with a marker of at most 8 characters. Each also contains a `"` and a `<`, so the
 * raw string can never appear verbatim in well-escaped HTML (text escapes `<`, attributes `"`).
 */
export const payload = {
	full: (m: string) => `${m} ${script(m)}${img(m)}${svg(m)}${template}`,
	medium: (m: string) => `${m} ${svg(m)}${script(m)}`,
	short: (m: string) => `${m} ${img(m)}${svg(m)}`,
	scripted: (m: string) => `${m}" ${script(m)}${template}`
};

/** A link target for anything that becomes an href. */
export const javascriptUrl = (m: string) => `javascript:window.__xss='${m}'`;

/** How Svelte's server renderer writes text content: `&` and `<` escaped. */
export function escapedText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/**
 * Watches a page for anything a payload could set off: dialogs, and Content-Security-Policy
 * violations (an injected inline handler or script would be blocked by the CSP and reported here).
 */
export async function watch(page: Page): Promise<string[]> {
	const incidents: string[] = [];
	page.on('dialog', (dialog) => {
		incidents.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	await page.addInitScript(() => {
		const w = window as unknown as { __cspViolations: string[] };
		w.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
		});
	});
	return incidents;
}

/** What on the current page shows that a payload became markup or ran. */
async function findInjections(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		const w = window as unknown as { __xss?: unknown; __cspViolations?: string[] };
		if (w.__xss !== undefined) found.push(`window.__xss = ${String(w.__xss)}`);
		for (const v of w.__cspViolations ?? []) found.push(`CSP violation: ${v}`);
		for (const el of Array.from(document.querySelectorAll('*'))) {
			for (const attr of Array.from(el.attributes)) {
				// Svelte attaches listeners in script; no element of ours has an inline handler.
				if (/^on/i.test(attr.name)) found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
				if (
					/^(href|src|action|formaction|xlink:href)$/i.test(attr.name) &&
					/^\s*javascript:/i.test(attr.value)
				) {
					found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
				}
			}
		}
		for (const el of Array.from(document.querySelectorAll('img[src="x"]'))) {
			found.push(`injected <img src=x> in <${el.parentElement?.localName}>`);
		}
		for (const el of Array.from(document.querySelectorAll('script'))) {
			if (/^\s*window\.__xss/.test(el.textContent ?? '')) found.push('injected <script>');
		}
		// An injected <svg onload> shows up above; charts legitimately draw names in <svg><text>.
		return found;
	});
}

/** Each text is in the page's text (the DOM's text, so shown literally), named by its marker. */
async function expectText(page: Page, label: string, within: string, texts: string[]) {
	if (texts.length === 0) return;
	await expect(page.locator(within).first()).toBeAttached();
	const shown = (await page.locator(within).first().textContent())?.replace(/\s+/g, ' ') ?? '';
	const missing = texts.filter((text) => !shown.includes(text)).map((t) => t.split(' ')[0]);
	expect(missing, `${label}: payloads not shown as text`).toEqual([]);
}

export interface Viewer {
	/** Browser with JavaScript (the hydrated page). */
	page: Page;
	incidents: string[];
	/** The same person without JavaScript: the server-rendered HTML as a browser parses it. */
	noJs: Page;
}

/** A viewer for a watched, logged-in page: the same cookies in a JavaScript-less context too. */
export async function viewerFor(
	browser: Browser,
	page: Page,
	incidents: string[]
): Promise<Viewer> {
	const context: BrowserContext = page.context();
	const noJsContext = await browser.newContext({
		storageState: await context.storageState(),
		javaScriptEnabled: false
	});
	const noJs = await noJsContext.newPage();
	return { page, incidents, noJs };
}

export interface Expectation {
	/** The payloads this view must show, as literal text. */
	texts: string[];
	/** Where on the page (default `body`). */
	within?: string;
	/** Input reflected only into attributes (e.g. a search box's value): must not appear raw. */
	reflected?: string[];
}

/**
 * Opens `path` as the viewer (hydrated, then without JavaScript, then as a raw HTTP response) and
 * asserts: nothing ran, no element of a payload exists, each payload is shown as literal text,
 * and the raw HTML has it escaped (never verbatim).
 */
export async function expectShownEscaped(
	viewer: Viewer,
	path: string,
	{ texts, within = 'body', reflected = [] }: Expectation
): Promise<void> {
	const { page, noJs, incidents } = viewer;
	const response = await page.goto(path);
	expect(response?.status(), `${path} status`).toBe(200);
	await page.waitForLoadState('load');
	await expectText(page, path, within, texts);
	expect(await findInjections(page), `${path} (with JavaScript)`).toEqual([]);
	expect(incidents, `${path}: dialogs`).toEqual([]);

	// The same cookies as the hydrated page has now (a session may have been renewed meanwhile).
	await noJs.context().addCookies(await page.context().cookies());
	await noJs.goto(path);
	await expectText(noJs, `${path} (without JavaScript)`, within, texts);
	expect(await findInjections(noJs), `${path} (without JavaScript)`).toEqual([]);

	const html = await (await page.request.get(path)).text();
	for (const text of texts) {
		expect(html, `${path}: raw payload in the HTML`).not.toContain(text);
		expect(html, `${path}: escaped payload in the HTML`).toContain(escapedText(text));
	}
	for (const text of reflected) {
		expect(html, `${path}: raw reflected input in the HTML`).not.toContain(text);
	}
}
