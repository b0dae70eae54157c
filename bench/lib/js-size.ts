// JavaScript a page makes the browser load at once: every modulepreload (SvelteKit sends them in
// the `Link` header of a rendered page, as `<link>` tags in a prerendered one) and every module the
// inline start script imports, read from the build's client folder; gzip bytes as
// adapter-node serves them (its precompressed .gz files; gzip -9 of the file when there is none).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageScripts {
	files: { path: string; gzip: number }[];
	gzip: number;
}

function gzipBytes(clientDir: string, path: string): number {
	const file = join(clientDir, path);
	if (existsSync(`${file}.gz`)) return readFileSync(`${file}.gz`).length;
	if (!existsSync(file)) throw new Error(`script ${path} not in the build (${clientDir})`);
	return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** The scripts of the page at `pageUrl` answered with `html` and the `Link` header `link`. */
export function scriptsOfPage(
	html: string,
	link: string | null,
	pageUrl: string,
	clientDir: string
): PageScripts {
	const found = new Set<string>();
	for (const m of (link ?? '').matchAll(/<([^>]+)>;[^,]*rel="?modulepreload"?/g)) {
		found.add(new URL(decodeURI(m[1]), pageUrl).pathname);
	}
	for (const m of html.matchAll(/<link\b[^>]*>/g)) {
		const tag = m[0];
		if (!/rel="modulepreload"/.test(tag)) continue;
		const href = /href="([^"]+)"/.exec(tag)?.[1];
		if (href) found.add(new URL(href, pageUrl).pathname);
	}
	for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
		const src = /\bsrc="([^"]+)"/.exec(m[0])?.[1];
		if (src && /type="module"/.test(m[0])) found.add(new URL(src, pageUrl).pathname);
		for (const imp of m[1].matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)) {
			found.add(new URL(imp[1], pageUrl).pathname);
		}
	}
	const files = [...found].map((path) => ({ path, gzip: gzipBytes(clientDir, path) }));
	files.sort((a, b) => b.gzip - a.gzip);
	return { files, gzip: files.reduce((n, f) => n + f.gzip, 0) };
}
