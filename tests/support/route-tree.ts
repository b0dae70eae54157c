import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The portal's routes, read from the route tree (src/routes) so tests that walk "every route" or
 * "every form action" cover a new route without anyone remembering to add it.
 */
export interface RouteEntry {
	/** SvelteKit route id, e.g. `/staff/clients/[id]` (groups like `(app)` removed). */
	id: string;
	/** Dynamic parameter names in order, e.g. `['id']`. */
	params: string[];
	/** A page (`+page.svelte`) lives here. */
	page: boolean;
	/** Named form actions of the page (`default` for an unnamed one). */
	actions: string[];
	/** HTTP methods exported by `+server.ts`. */
	methods: string[];
}

const ROUTES_DIR = join(process.cwd(), 'src', 'routes');
const METHOD = /export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g;

function routeIdOf(dir: string): string {
	const parts = relative(ROUTES_DIR, dir)
		.split(sep)
		.filter((part) => part && !/^\(.*\)$/.test(part));
	return '/' + parts.join('/');
}

/** Top-level keys of `export const actions = { … }` (one tab deep, as prettier writes them). */
export function actionNamesOf(source: string): string[] {
	const start = source.search(/export\s+const\s+actions\b/);
	if (start < 0) return [];
	const names: string[] = [];
	for (const line of source.slice(start).split('\n').slice(1)) {
		if (/^\}/.test(line)) break;
		const match = /^\t(?:async\s+)?(['"]?)([A-Za-z_$][\w$-]*)\1\s*[:(]/.exec(line);
		if (match) names.push(match[2]);
	}
	return names;
}

function walk(dir: string, out: RouteEntry[]): void {
	const file = (name: string) => join(dir, name);
	const page = existsSync(file('+page.svelte'));
	const pageServer = ['+page.server.ts', '+page.server.js'].map(file).find(existsSync);
	const server = ['+server.ts', '+server.js'].map(file).find(existsSync);
	if (page || server) {
		const id = routeIdOf(dir);
		out.push({
			id,
			params: [...id.matchAll(/\[(?:\.\.\.)?(\w+)(?:=\w+)?\]/g)].map((m) => m[1]),
			page,
			actions: pageServer ? actionNamesOf(readFileSync(pageServer, 'utf8')) : [],
			methods: server ? [...readFileSync(server, 'utf8').matchAll(METHOD)].map((m) => m[1]) : []
		});
	}
	for (const name of readdirSync(dir).sort()) {
		if (statSync(file(name)).isDirectory()) walk(file(name), out);
	}
}

/** Every route of the portal, sorted by id. */
export function routeTree(): RouteEntry[] {
	const out: RouteEntry[] = [];
	walk(ROUTES_DIR, out);
	return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** Fills a route id's parameters: `fill('/staff/clients/[id]', { id: 'abc' })`. */
export function fillRoute(id: string, params: Record<string, string>): string {
	return id.replace(/\[(?:\.\.\.)?(\w+)(?:=\w+)?\]/g, (_, name: string) => {
		const value = params[name];
		if (value === undefined) throw new Error(`no value for [${name}] in ${id}`);
		return encodeURIComponent(value);
	});
}
