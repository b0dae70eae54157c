import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the scripts that run the built app over real HTTP share (`npm run bench`,
 * `npm run test:outage`): building when needed, and posting forms as a browser does.
 */
const SOURCES = [
	'src',
	'static',
	'drizzle',
	'package-lock.json',
	'svelte.config.js',
	'vite.config.ts'
];

function newest(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

/** Builds into `dir` when there is no build there or a source is newer than it. */
export function ensureBuild(dir: string, log: (line: string) => void = console.log): void {
	const handler = join(dir, 'handler.js');
	const built = existsSync(handler) ? statSync(handler).mtimeMs : 0;
	if (built >= Math.max(...SOURCES.map(newest))) return;
	log(`Building into ${dir} …`);
	const result = spawnSync('npx', ['vite', 'build'], {
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, BUILD_DIR: dir },
		maxBuffer: 64 * 1024 * 1024
	});
	if (result.status !== 0) {
		// Vite's warnings are noise in these scripts' output; its errors are not.
		process.stderr.write(result.stdout);
		process.stderr.write(result.stderr);
		throw new Error('build failed');
	}
}

/** A form post as a browser without JavaScript sends it (Accept: text/html, else SvelteKit answers JSON). */
export function formPost(
	base: string,
	fields: Record<string, string>,
	headers: Record<string, string> = {}
): RequestInit {
	return {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html',
			'accept-language': 'nl',
			origin: base,
			...headers
		},
		body: new URLSearchParams(fields).toString()
	};
}

/** The `session=…` pair a response sets, for the Cookie header of the next request. */
export function sessionCookie(response: Response): string | undefined {
	return response.headers
		.getSetCookie()
		.find((c) => c.startsWith('session='))
		?.split(';')[0];
}
