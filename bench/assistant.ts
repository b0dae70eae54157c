/**
 * `npm run bench:assistant`: how fast the FAQ assistant answers.
 *
 *  1. In process: p50/p95 of answerFromSnapshot (the API's answering function) over the dev set,
 *     several passes, with the index built from the database (temporary PGlite).
 *  2. Over HTTP: starts the built app (`npm run build` first; BUILD_DIR to choose the folder) on a
 *     spare port with an embedded PGlite in a temporary folder and a high ASSISTANT_RATE_LIMIT,
 *     sends a bounded number of POST /api/assistant requests with a few in flight at once, reports
 *     requests per second and latencies, and stops the server.
 *
 * Options: --passes 5 --requests 1000 --concurrency 8 --file eval/assistant-dev.jsonl --no-http
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readArgs } from '../scripts/cli';
import { loadContentRecordsFromFiles } from '../src/lib/server/assistant/content';
import { answerFromSnapshot } from '../src/lib/server/assistant/answer';
import { parseEvalLines, type EvalLine } from '../src/lib/server/assistant/eval';
import { openOfflineDatabase, snapshotFromDatabase } from '../src/lib/server/assistant/offline';

const args = readArgs();
const passes = Number(args.passes ?? 5);
const requests = Number(args.requests ?? 1000);
const concurrency = Number(args.concurrency ?? 8);
const file = typeof args.file === 'string' ? args.file : 'eval/assistant-dev.jsonl';
const buildDir = resolve(process.env.BUILD_DIR || 'build');

function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return 0;
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summary(ms: number[]): string {
	const s = [...ms].sort((a, b) => a - b);
	return `p50 ${percentile(s, 50).toFixed(3)} ms, p95 ${percentile(s, 95).toFixed(3)} ms, max ${s.at(-1)?.toFixed(3)} ms (n=${s.length})`;
}

async function inProcess(lines: EvalLine[]) {
	const database = await openOfflineDatabase('');
	try {
		const { snapshot, buildMs } = await snapshotFromDatabase(
			database.handle.db,
			loadContentRecordsFromFiles().topics
		);
		console.log(`index built from the database in ${buildMs.toFixed(0)} ms`);
		for (const l of lines.slice(0, 20)) answerFromSnapshot(snapshot, l.question, l.locale); // warm-up
		const times: number[] = [];
		for (let p = 0; p < passes; p++) {
			for (const l of lines) {
				const t0 = performance.now();
				answerFromSnapshot(snapshot, l.question, l.locale);
				times.push(performance.now() - t0);
			}
		}
		console.log(`in process (answerFromSnapshot): ${summary(times)}`);
	} finally {
		await database.close();
	}
}

function sparePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolvePort(port));
		});
	});
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string) {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		try {
			if (await check()) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`timed out waiting for ${what}`);
}

async function overHttp(lines: EvalLine[]) {
	if (!existsSync(join(buildDir, 'index.js'))) {
		console.log(
			`HTTP: skipped, no built app in ${buildDir} (run \`npm run build\` or set BUILD_DIR)`
		);
		return;
	}
	const port = await sparePort();
	const base = `http://127.0.0.1:${port}`;
	const dataDir = mkdtempSync(join(tmpdir(), 'assistant-bench-'));
	const server = spawn(process.execPath, [buildDir], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: base,
			PGLITE_DIR: join(dataDir, 'pglite'),
			DATABASE_URL: '',
			DEMO_DATA: 'false',
			ASSISTANT_RATE_LIMIT: '100000000'
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	// Never leave the server behind, whatever happens.
	const killTimer = setTimeout(() => server.kill('SIGKILL'), 180_000);
	const ask = async (l: EvalLine) => {
		const res = await fetch(`${base}/api/assistant`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ question: l.question, locale: l.locale })
		});
		await res.arrayBuffer();
		return res.status;
	};
	try {
		await waitFor(async () => (await fetch(`${base}/healthz`)).ok, 60_000, 'the server');
		// The first question waits for the first index build; after it, the index is warm.
		await waitFor(async () => (await ask(lines[0])) === 200, 60_000, 'the first answer');
		const times: number[] = [];
		const statuses = new Map<number, number>();
		let next = 0;
		const t0 = performance.now();
		await Promise.all(
			Array.from({ length: concurrency }, async () => {
				while (next < requests) {
					const l = lines[next++ % lines.length];
					const s = performance.now();
					const status = await ask(l);
					times.push(performance.now() - s);
					statuses.set(status, (statuses.get(status) ?? 0) + 1);
				}
			})
		);
		const seconds = (performance.now() - t0) / 1000;
		console.log(
			`HTTP POST /api/assistant: ${(times.length / seconds).toFixed(1)} requests/s (${times.length} requests, ${concurrency} at a time, ${seconds.toFixed(1)} s); latency ${summary(times)}; statuses ${JSON.stringify(Object.fromEntries(statuses))}`
		);
	} finally {
		clearTimeout(killTimer);
		const exited = new Promise((r) => server.once('exit', r));
		server.kill('SIGTERM');
		await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
		if (server.exitCode === null) server.kill('SIGKILL');
		rmSync(dataDir, { recursive: true, force: true });
	}
}

const lines = parseEvalLines(readFileSync(file, 'utf8'), file);
console.log(`questions: ${lines.length} from ${file}`);
await inProcess(lines);
if (!args['no-http']) await overHttp(lines);
