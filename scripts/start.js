#!/usr/bin/env node
// `npm start`: builds the app when the build is missing or older than the sources, then serves it
// on http://localhost:3000. Without DATABASE_URL it runs on the embedded PGlite database in
// ./data/pglite and loads the demo data into it on first start.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = [
	'src',
	'static',
	'drizzle',
	'package-lock.json',
	'svelte.config.js',
	'vite.config.ts'
];

function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

const builtAt = existsSync('build/handler.js') ? statSync('build/handler.js').mtimeMs : 0;
const sourcesAt = Math.max(...SOURCES.map(newestMtime));
if (builtAt < sourcesAt) {
	console.log(
		builtAt ? 'Sources changed: building the portal…' : 'Building the portal (first start)…'
	);
	const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const env = { ...process.env };
env.PORT ||= '3000';
env.ORIGIN ||= `http://localhost:${env.PORT}`;
if (!env.DATABASE_URL && env.DEMO_DATA === undefined) env.DEMO_DATA = 'true';

console.log(
	env.DATABASE_URL
		? 'Database: PostgreSQL (DATABASE_URL).'
		: `Database: embedded PGlite in ${env.PGLITE_DIR || './data/pglite'} (one process only).`
);
const server = spawn(process.execPath, ['build'], { stdio: 'inherit', env });
server.on('spawn', () => console.log(`Portal starting on ${env.ORIGIN}`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
