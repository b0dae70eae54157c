/**
 * Form discovery: fetch pages as a persona, parse their HTML (the browser's DOMParser, on a blank
 * page) and list every `<form method="post">` with its action, fields, options and hidden values,
 * plus the links to follow. Route ids come from the route tree, never from a hand-made list.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { routeTree, type RouteEntry } from '../support/route-tree';

export interface FormField {
	name: string;
	tag: 'input' | 'select' | 'textarea';
	type: string;
	/** The value the page shows (selected option, checked radio, input value). */
	value: string;
	options: string[];
	/** The field's maxlength attribute, when it has one. */
	maxLength?: number;
}

export interface DiscoveredForm {
	/** Route id of the action's target, e.g. `/staff/clients/[id]/trajectory`. */
	routeId: string;
	action: string;
	/** Absolute path plus `?/name` to post to. */
	url: string;
	/** The page the form was found on. */
	foundOn: string;
	fields: FormField[];
}

export interface ParsedPage {
	forms: {
		action: string;
		fields: FormField[];
		submitter: { name: string; value: string } | null;
	}[];
	links: string[];
}

/** Runs in the browser: the forms and links of an HTML document. */
function parseInBrowser([html, base]: [string, string]): ParsedPage {
	const doc = new DOMParser().parseFromString(html, 'text/html');
	const forms: ParsedPage['forms'] = [];
	for (const form of Array.from(doc.querySelectorAll('form'))) {
		if ((form.getAttribute('method') ?? 'get').toLowerCase() !== 'post') continue;
		const fields = new Map<string, FormField>();
		let submitter: { name: string; value: string } | null = null;
		for (const el of Array.from(form.querySelectorAll('input, select, textarea, button'))) {
			const name = el.getAttribute('name');
			if (!name) continue;
			const tag = el.tagName.toLowerCase();
			if (tag === 'button' || (tag === 'input' && el.getAttribute('type') === 'submit')) {
				submitter ??= { name, value: el.getAttribute('value') ?? '' };
				continue;
			}
			const type = tag === 'input' ? (el.getAttribute('type') ?? 'text').toLowerCase() : tag;
			const known = fields.get(name);
			if (tag === 'select') {
				const options = Array.from((el as HTMLSelectElement).options).map((o) => o.value);
				const selected = Array.from((el as HTMLSelectElement).options).find((o) =>
					o.hasAttribute('selected')
				);
				fields.set(name, {
					name,
					tag: 'select',
					type,
					value: selected?.value ?? options[0] ?? '',
					options
				});
			} else if (tag === 'textarea') {
				fields.set(name, {
					name,
					tag: 'textarea',
					type,
					value: el.textContent ?? '',
					options: [],
					maxLength: Number(el.getAttribute('maxlength')) || undefined
				});
			} else if (type === 'radio' || type === 'checkbox') {
				const value = el.getAttribute('value') ?? 'on';
				const entry = known ?? { name, tag: 'input' as const, type, value: '', options: [] };
				entry.options.push(value);
				if (el.hasAttribute('checked') || (!entry.value && type === 'radio')) entry.value = value;
				fields.set(name, entry);
			} else if (!known) {
				fields.set(name, {
					name,
					tag: 'input',
					type,
					value: el.getAttribute('value') ?? '',
					options: [],
					maxLength: Number(el.getAttribute('maxlength')) || undefined
				});
			}
		}
		const action = new URL(form.getAttribute('action') ?? '', base);
		forms.push({
			action: action.pathname + action.search,
			fields: [...fields.values()],
			submitter
		});
	}
	const links = Array.from(doc.querySelectorAll('a[href]'))
		.map((a) => new URL(a.getAttribute('href')!, base))
		.filter((u) => u.origin === new URL(base).origin)
		.map((u) => u.pathname);
	return { forms, links: [...new Set(links)] };
}

export async function parsePage(page: Page, html: string, base: string): Promise<ParsedPage> {
	return page.evaluate(parseInBrowser, [html, base] as [string, string]);
}

const ROUTES = routeTree();

function routeRegex(id: string): RegExp {
	const pattern = id
		.split('/')
		.map((part) =>
			part.replace(/\[\.\.\.\w+\]|\[\w+(?:=\w+)?\]|[.*+?^${}()|\\]/g, (m) =>
				m.startsWith('[...') ? '.+' : m.startsWith('[') ? '[^/]+' : '\\' + m
			)
		)
		.join('/');
	return new RegExp(`^${pattern}/?$`);
}

const MATCHERS = ROUTES.map((route) => ({ route, regex: routeRegex(route.id) }))
	// Static segments win over parameters: more literal characters first.
	.sort(
		(a, b) =>
			b.route.id.replace(/\[[^\]]+\]/g, '').length - a.route.id.replace(/\[[^\]]+\]/g, '').length
	);

export function routeOf(pathname: string): RouteEntry | undefined {
	return MATCHERS.find((m) => m.regex.test(pathname === '' ? '/' : pathname))?.route;
}

/** `?/name` of a form action URL, `default` without one. */
export function actionName(search: string): string {
	const match = /^\?\/([^&#]+)/.exec(search);
	return match ? decodeURIComponent(match[1]) : 'default';
}

export interface CrawlOptions {
	start: string[];
	/** Which linked pages to visit (the start pages are always visited). */
	follow: (path: string, routeId: string) => boolean;
	/** Concrete pages per parameterised route (the first found, e.g. the first client). */
	perRoute?: number;
	maxPages?: number;
}

/**
 * Visits the start pages and, breadth-first, the linked pages of allowed routes, with the persona's
 * request context (no redirects followed: a redirect means the persona cannot use that page).
 */
export async function crawl(
	request: APIRequestContext,
	page: Page,
	baseURL: string,
	options: CrawlOptions
): Promise<{ forms: DiscoveredForm[]; visited: string[] }> {
	const perRoute = new Map<string, number>();
	const queue = [...options.start];
	const seen = new Set<string>(queue);
	const visited: string[] = [];
	const forms: DiscoveredForm[] = [];
	while (queue.length > 0 && visited.length < (options.maxPages ?? 40)) {
		const path = queue.shift()!;
		const response = await request.get(path, { maxRedirects: 0, headers: { accept: 'text/html' } });
		if (response.status() !== 200 || !/html/.test(response.headers()['content-type'] ?? ''))
			continue;
		visited.push(path);
		const parsed = await parsePage(page, await response.text(), baseURL + path);
		for (const form of parsed.forms) {
			const url = new URL(form.action, baseURL);
			const route = routeOf(url.pathname);
			if (!route) continue;
			const fields = [...form.fields];
			if (form.submitter && !fields.some((f) => f.name === form.submitter!.name)) {
				fields.push({
					name: form.submitter.name,
					tag: 'input',
					type: 'submit',
					value: form.submitter.value,
					options: [form.submitter.value]
				});
			}
			forms.push({
				routeId: route.id,
				action: actionName(url.search),
				url: url.pathname + (url.search.startsWith('?/') ? url.search.split('#')[0] : ''),
				foundOn: path,
				fields
			});
		}
		// Child pages of this one in the route tree (e.g. a module's quiz, linked only from its last
		// screen) are visited too, with the same parameters.
		const here = routeOf(path);
		const children = here
			? ROUTES.filter(
					(r) =>
						r.page &&
						r.id.startsWith(here.id + '/') &&
						/^[\w-]+$/.test(r.id.slice(here.id.length + 1))
				).map((r) => `${path.replace(/\/$/, '')}${r.id.slice(here.id.length)}`)
			: [];
		for (const link of [...parsed.links, ...children]) {
			if (seen.has(link) || /\.(ics|csv|json|css|svg|png)$/.test(link)) continue;
			const route = routeOf(link);
			if (!route || !route.page || !options.follow(link, route.id)) continue;
			const count = perRoute.get(route.id) ?? 0;
			if (route.params.length > 0 && count >= (options.perRoute ?? 1)) continue;
			perRoute.set(route.id, count + 1);
			seen.add(link);
			queue.push(link);
		}
	}
	return { forms, visited };
}
