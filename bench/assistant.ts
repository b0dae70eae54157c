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
 *
 * `assistantInProcess` and `assistantOverHttp` return the figures; `npm run bench` (bench/run.ts)
 * calls them against its own app on PostgreSQL.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readArgs } from '../scripts/cli';
import { loadContentRecordsFromFiles } from '../src/lib/server/assistant/content';
import { answerFromSnapshot } from '../src/lib/server/assistant/answer';
import { parseEvalLines, type EvalLine } from '../src/lib/server/assistant/eval';
import { openOfflineDatabase, snapshotFromDatabase } from '../src/lib/server/assistant/offline';

const buildDir = resolve(process.env.BUILD_DIR || 'build');

export interface LatencyFigures {
	p50: number;
	p95: number;
	max: number;
	n: number;
}

export function readQuestions(file = 'eval/assistant-dev.jsonl'): EvalLine[] {
	return parseEvalLines(readFileSync(file, 'utf8'), file);
}

function figures(ms: number[]): LatencyFigures {
	const s = [...ms].sort((a, b) => a - b);
	return { p50: percentile(s, 50), p95: percentile(s, 95), max: s.at(-1) ?? 0, n: s.length };
}

function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return 0;
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summary(f: LatencyFigures): string {
	return `p50 ${f.p50.toFixed(3)} ms, p95 ${f.p95.toFixed(3)} ms, max ${f.max.toFixed(3)} ms (n=${f.n})`;
}

/**
 * answerFromSnapshot over the questions, `passes` times, with the index built from a database as
 * the app builds it (`databaseUrl`, else a temporary PGlite).
 */
export async function assistantInProcess(
	lines: EvalLine[],
	options: { passes?: number; databaseUrl?: string } = {}
): Promise<LatencyFigures & { buildMs: number }> {
	const database = await openOfflineDatabase(options.databaseUrl ?? '');
	try {
		const { snapshot, buildMs } = await snapshotFromDatabase(
			database.handle.db,
			loadContentRecordsFromFiles().topics
		);
		for (const l of lines.slice(0, 20)) answerFromSnapshot(snapshot, l.question, l.locale); // warm-up
		const times: number[] = [];
		for (let p = 0; p < (options.passes ?? 5); p++) {
			for (const l of lines) {
				const t0 = performance.now();
				answerFromSnapshot(snapshot, l.question, l.locale);
				times.push(performance.now() - t0);
			}
		}
		return { ...figures(times), buildMs };
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

export interface HttpFigures extends LatencyFigures {
	requestsPerSecond: number;
	seconds: number;
	concurrency: number;
	statuses: Record<string, number>;
}

/**
 * POST /api/assistant against a running app (`base`; its ASSISTANT_RATE_LIMIT must allow the
 * load): waits for the first answer (the index build), then `requests` questions with
 * `concurrency` in flight.
 */
export async function assistantOverHttp(
	base: string,
	lines: EvalLine[],
	options: { requests?: number; concurrency?: number } = {}
): Promise<HttpFigures> {
	const requests = options.requests ?? 1000;
	const concurrency = options.concurrency ?? 8;
	const ask = async (l: EvalLine) => {
		const res = await fetch(`${base}/api/assistant`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ question: l.question, locale: l.locale })
		});
		await res.arrayBuffer();
		return res.status;
	};
	// The first question waits for the first index build; after it, the index is warm.
	await waitFor(async () => (await ask(lines[0])) === 200, 60_000, 'the first answer');
	const times: number[] = [];
	const statuses: Record<string, number> = {};
	let next = 0;
	const t0 = performance.now();
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < requests) {
				const l = lines[next++ % lines.length];
				const s = performance.now();
				const status = await ask(l);
				times.push(performance.now() - s);
				statuses[status] = (statuses[status] ?? 0) + 1;
			}
		})
	);
	const seconds = (performance.now() - t0) / 1000;
	return {
		...figures(times),
		requestsPerSecond: times.length / seconds,
		seconds,
		concurrency,
		statuses
	};
}

async function overHttp(lines: EvalLine[], requests: number, concurrency: number) {
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
	try {
		await waitFor(async () => (await fetch(`${base}/healthz`)).ok, 60_000, 'the server');
		const r = await assistantOverHttp(base, lines, { requests, concurrency });
		console.log(
			`HTTP POST /api/assistant: ${r.requestsPerSecond.toFixed(1)} requests/s (${r.n} requests, ${concurrency} at a time, ${r.seconds.toFixed(1)} s); latency ${summary(r)}; statuses ${JSON.stringify(r.statuses)}`
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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const args = readArgs();
	const file = typeof args.file === 'string' ? args.file : 'eval/assistant-dev.jsonl';
	const lines = readQuestions(file);
	console.log(`questions: ${lines.length} from ${file}`);
	const local = await assistantInProcess(lines, { passes: Number(args.passes ?? 5) });
	console.log(`index built from the database in ${local.buildMs.toFixed(0)} ms`);
	console.log(`in process (answerFromSnapshot): ${summary(local)}`);
	if (!args['no-http'])
		await overHttp(lines, Number(args.requests ?? 1000), Number(args.concurrency ?? 8));
}
