// Building and running the app for the benchmarks: the build (when missing or older than the
// sources), a fresh PostgreSQL database, the built server in its own process, logins over HTTP.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import postgres from 'postgres';
import { totpCode } from '../../src/lib/server/auth/totp';
import { demoTotpKey } from '../../src/lib/server/demo/two-factor';
import {
	ensureBuild as buildWhenStale,
	formPost,
	sessionCookie
} from '../../tests/support/built-app';

export { formPost };

export const BUILD_DIR = resolve(process.env.BUILD_DIR || 'build');

/** Builds into BUILD_DIR when there is no build or a source is newer than it. */
export function ensureBuild(log: (line: string) => void = console.log): void {
	buildWhenStale(BUILD_DIR, log);
}

export interface BenchDatabase {
	url: string;
	name: string;
	drop(): Promise<void>;
	/** Leaves the database in place (only closes the admin connection). */
	keep(): Promise<void>;
}

/**
 * A fresh database on the server of BENCH_DATABASE_URL (any database on it; default the local
 * server), named `<prefix>_<timestamp>`; drop() removes it (also with connections still open).
 */
export async function createBenchDatabase(prefix: string): Promise<BenchDatabase> {
	const server = new URL(
		process.env.BENCH_DATABASE_URL || 'postgres://root@127.0.0.1:5432/postgres'
	);
	const admin = new URL(server);
	admin.pathname = '/postgres';
	const name = `${prefix}_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}_${Math.random().toString(36).slice(2, 6)}`;
	const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
	await sql.unsafe(`create database ${name}`);
	const url = new URL(server);
	url.pathname = `/${name}`;
	let dropped = false;
	return {
		url: url.toString(),
		name,
		async drop() {
			if (dropped) return;
			dropped = true;
			try {
				await sql.unsafe(`drop database if exists ${name} with (force)`);
			} finally {
				await sql.end();
			}
		},
		async keep() {
			dropped = true;
			await sql.end();
		}
	};
}

export interface RunningApp {
	base: string;
	port: number;
	process: ChildProcess;
	stop(): Promise<void>;
}

/** Starts `node BUILD_DIR` on 127.0.0.1:port and waits until /readyz answers. */
export async function startApp(options: {
	port: number;
	databaseUrl: string;
	env?: Record<string, string>;
	readyTimeoutMs?: number;
}): Promise<RunningApp> {
	const base = `http://127.0.0.1:${options.port}`;
	const child = spawn(process.execPath, [BUILD_DIR], {
		env: {
			...process.env,
			PORT: String(options.port),
			HOST: '127.0.0.1',
			ORIGIN: base,
			DATABASE_URL: options.databaseUrl,
			BOOKING_JOBS_INTERVAL_SECONDS: '0',
			...options.env
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const stop = async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		const exited = new Promise((r) => child.once('exit', r));
		child.kill('SIGTERM');
		await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
	};
	const deadline = Date.now() + (options.readyTimeoutMs ?? 240_000);
	try {
		for (;;) {
			if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode}`);
			if (Date.now() > deadline) throw new Error('the app did not become ready in time');
			try {
				if ((await fetch(`${base}/readyz`)).ok) break;
			} catch {
				// not listening yet
			}
			await new Promise((r) => setTimeout(r, 500));
		}
	} catch (error) {
		await stop();
		throw error;
	}
	return { base, port: options.port, process: child, stop };
}

/** Logs in over HTTP (with the demo second factor for staff) and returns `session=…`. */
export async function login(base: string, email: string, password: string): Promise<string> {
	const first = await fetch(`${base}/login`, formPost(base, { email, password, redirectTo: '' }));
	const cookie = sessionCookie(first);
	if (first.status !== 303 || !cookie) throw new Error(`login ${email}: HTTP ${first.status}`);
	if (!first.headers.get('location')?.startsWith('/login/two-factor')) return cookie;
	// The demo staff accounts' published authenticator key (demo data only).
	const code = totpCode(demoTotpKey(), Date.now());
	const second = await fetch(
		`${base}/login/two-factor`,
		formPost(base, { code, redirectTo: '' }, { cookie })
	);
	const verified = sessionCookie(second) ?? cookie;
	if (second.status !== 303) throw new Error(`second factor ${email}: HTTP ${second.status}`);
	return verified;
}
