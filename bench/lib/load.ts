// Runs the load generator (load-worker.ts) in its own process and returns its figures.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface LoadResult {
	requests: number;
	errors: number;
	seconds: number;
	rps: number;
	p50: number;
	p95: number;
	bytesPerResponse: number;
	statuses: Record<string, number>;
}

export interface LoadOptions {
	headers?: Record<string, string>;
	concurrency?: number;
	warmupMs?: number;
	durationMs?: number;
}

const WORKER = fileURLToPath(new URL('./load-worker.ts', import.meta.url));

export function runLoad(url: string, options: LoadOptions = {}): Promise<LoadResult> {
	const job = {
		url,
		headers: { accept: 'text/html', ...options.headers },
		concurrency: options.concurrency ?? 10,
		warmupMs: options.warmupMs ?? 1000,
		durationMs: options.durationMs ?? 5000
	};
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', 'tsx', WORKER, JSON.stringify(job)], {
			stdio: ['ignore', 'pipe', 'inherit']
		});
		let out = '';
		child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
		child.on('error', reject);
		child.on('exit', (code) => {
			if (code !== 0) return reject(new Error(`load generator exited with code ${code}`));
			try {
				resolve(JSON.parse(out.trim().split('\n').at(-1)!) as LoadResult);
			} catch (error) {
				reject(new Error(`load generator output unreadable: ${out.slice(0, 200)} (${error})`));
			}
		});
	});
}
