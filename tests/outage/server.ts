/**
 * The built app as a real process (`node <build>`), its output kept for the assertions, and plain
 * HTTP helpers: form posts as a browser without JavaScript sends them, and requests held open
 * halfway through their body (to have requests really in flight when SIGTERM arrives).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { ensureBuild as buildWhenStale } from '../support/built-app';

export { formPost, sessionCookie } from '../support/built-app';

/** Builds into `dir` when it is missing or older than the sources (CI has just built `build`). */
export function ensureBuild(dir: string): void {
	if (process.env.OUTAGE_NO_BUILD && existsSync(join(dir, 'handler.js'))) return;
	buildWhenStale(dir);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface AppOptions {
	build: string;
	port: number;
	env: Record<string, string>;
	label: string;
}

/** One line of the app's output, with when it was written. */
export interface OutputLine {
	at: number;
	text: string;
}

export class App {
	readonly base: string;
	readonly stdout: OutputLine[] = [];
	readonly stderr: OutputLine[] = [];
	private child: ChildProcess;
	readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;

	constructor(readonly options: AppOptions) {
		this.base = `http://127.0.0.1:${options.port}`;
		const env: NodeJS.ProcessEnv = { ...process.env };
		// Whatever database the calling shell points at is not ours.
		for (const name of ['DATABASE_URL', 'PGLITE_DIR', 'TEST_DATABASE_URL', 'E2E_DATABASE_URL'])
			delete env[name];
		if (env.NODE_ENV === 'production') delete env.NODE_ENV;
		Object.assign(env, {
			PORT: String(options.port),
			HOST: '127.0.0.1',
			ORIGIN: this.base,
			REGISTER_LIMIT_PER_IP: '10000',
			LOGIN_LIMIT_PER_IP: '10000',
			ASSISTANT_RATE_LIMIT: '10000',
			...options.env
		});
		this.child = spawn('node', [options.build], { env, stdio: ['ignore', 'pipe', 'pipe'] });
		const keep = (into: OutputLine[]) => {
			let rest = '';
			return (chunk: Buffer) => {
				const lines = (rest + chunk.toString('utf8')).split('\n');
				rest = lines.pop() ?? '';
				for (const text of lines) into.push({ at: Date.now(), text });
			};
		};
		this.child.stdout!.on('data', keep(this.stdout));
		this.child.stderr!.on('data', keep(this.stderr));
		this.exited = new Promise((resolve) =>
			this.child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() }))
		);
	}

	get pid(): number | undefined {
		return this.child.pid;
	}

	get running(): boolean {
		return this.child.exitCode === null && this.child.signalCode === null;
	}

	signal(signal: NodeJS.Signals): void {
		this.child.kill(signal);
	}

	async waitReady(timeoutMs = 180_000): Promise<number> {
		const started = Date.now();
		while (Date.now() - started < timeoutMs) {
			if (!this.running)
				throw new Error(`${this.options.label}: the app exited during start\n${this.tail()}`);
			try {
				const response = await fetch(`${this.base}/readyz`);
				await response.arrayBuffer();
				if (response.ok) return Date.now() - started;
			} catch {
				// not listening yet
			}
			await sleep(300);
		}
		throw new Error(
			`${this.options.label}: not ready within ${timeoutMs / 1000} s\n${this.tail()}`
		);
	}

	/** Stops the process for clean-up: SIGTERM, SIGKILL after a while. */
	async stop(graceMs = 15_000): Promise<void> {
		if (!this.running) return;
		this.signal('SIGTERM');
		const done = await Promise.race([
			this.exited.then(() => true),
			sleep(graceMs).then(() => false)
		]);
		if (!done) {
			this.signal('SIGKILL');
			await this.exited;
		}
	}

	tail(lines = 30): string {
		const all = [
			...this.stdout.map((l) => ({ ...l, text: `out| ${l.text}` })),
			...this.stderr.map((l) => ({ ...l, text: `err| ${l.text}` }))
		].sort((a, b) => a.at - b.at);
		return all
			.slice(-lines)
			.map((l) => l.text)
			.join('\n');
	}
}

/** Whether a fresh TCP connection to the port is refused (the server stopped listening). */
export function connectionRefused(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect({ host: '127.0.0.1', port });
		socket.once('connect', () => {
			socket.destroy();
			resolve(false);
		});
		socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
	});
}

export interface RawResponse {
	status: number;
	headers: Record<string, string>;
	/** Every Set-Cookie header (headers keeps only the last). */
	cookies: string[];
	body: string;
}

/**
 * A POST over its own TCP connection with `Expect: 100-continue`: the server's "100 Continue"
 * proves it has read the headers (the request is in flight). Then half the body goes; the rest
 * only when `finish()` is called.
 */
export class HeldRequest {
	private socket: Socket;
	private received = '';
	private rest: string;
	readonly accepted: Promise<void>;
	readonly response: Promise<RawResponse>;

	constructor(port: number, path: string, fields: Record<string, string>, cookie?: string) {
		const body = new URLSearchParams(fields).toString();
		const half = Math.floor(body.length / 2);
		this.rest = body.slice(half);
		const head = [
			`POST ${path} HTTP/1.1`,
			`Host: 127.0.0.1:${port}`,
			`Origin: http://127.0.0.1:${port}`,
			'Content-Type: application/x-www-form-urlencoded',
			'Accept: text/html',
			'Accept-Language: nl',
			...(cookie ? [`Cookie: ${cookie}`] : []),
			`Content-Length: ${Buffer.byteLength(body)}`,
			'Expect: 100-continue',
			'Connection: close',
			'',
			''
		].join('\r\n');
		this.socket = connect({ host: '127.0.0.1', port });
		this.socket.setEncoding('utf8');
		this.socket.write(head);
		// First: keep everything that arrives (the listeners below read it).
		this.socket.on('data', (chunk: string) => (this.received += chunk));
		this.accepted = new Promise((resolve, reject) => {
			const onData = () => {
				if (/^HTTP\/1\.1 100 Continue\r\n\r\n/.test(this.received)) {
					this.socket.off('data', onData);
					this.socket.write(body.slice(0, half));
					resolve();
				}
			};
			this.socket.on('data', onData);
			this.socket.once('error', reject);
			this.socket.once('close', () => reject(new Error('closed before 100 Continue')));
		});
		this.response = new Promise((resolve, reject) => {
			this.socket.once('error', reject);
			this.socket.once('close', () => {
				// Skip the interim 100 Continue.
				const text = this.received.replace(/^HTTP\/1\.1 100 Continue\r\n\r\n/, '');
				const [head, ...bodyParts] = text.split('\r\n\r\n');
				const [statusLine, ...headerLines] = head.split('\r\n');
				const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
				if (!status) {
					reject(new Error(`no HTTP response (${text.length} bytes received)`));
					return;
				}
				const headers: Record<string, string> = {};
				const cookies: string[] = [];
				for (const line of headerLines) {
					const colon = line.indexOf(':');
					const name = line.slice(0, colon).trim().toLowerCase();
					const value = line.slice(colon + 1).trim();
					if (name === 'set-cookie') cookies.push(value);
					headers[name] = value;
				}
				resolve({ status, headers, cookies, body: bodyParts.join('\r\n\r\n') });
			});
		});
		// Rejections are read later; do not let an early one count as unhandled.
		this.accepted.catch(() => {});
		this.response.catch(() => {});
	}

	finish(): void {
		this.socket.write(this.rest);
	}
}
