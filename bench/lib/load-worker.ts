// The load generator's process (spawned by load.ts, so it never shares an event loop with the
// server it measures): keep-alive HTTP/1.1 GETs at a fixed concurrency for a fixed time after a
// warm-up; a non-2xx answer or a failed request counts as an error. Prints one JSON line.
//
//   argv[2]: JSON { url, headers, concurrency, warmupMs, durationMs }
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

interface Job {
	url: string;
	headers: Record<string, string>;
	concurrency: number;
	warmupMs: number;
	durationMs: number;
}

const job = JSON.parse(process.argv[2]) as Job;
const target = new URL(job.url);
const agent = new Agent({ keepAlive: true, maxSockets: job.concurrency });

function get(): Promise<{ status: number; bytes: number }> {
	return new Promise((resolve) => {
		const req = request(
			{
				agent,
				host: target.hostname,
				port: target.port,
				path: target.pathname + target.search,
				headers: job.headers
			},
			(res) => {
				let bytes = 0;
				res.on('data', (chunk: Buffer) => (bytes += chunk.length));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
				res.on('error', () => resolve({ status: 0, bytes }));
			}
		);
		req.on('error', () => resolve({ status: 0, bytes: 0 }));
		req.end();
	});
}

let measuring = false;
let stop = false;
const latencies: number[] = [];
let errors = 0;
let bytes = 0;
const statuses: Record<string, number> = {};

async function loop(): Promise<void> {
	while (!stop) {
		const t0 = performance.now();
		const result = await get();
		if (!measuring) continue;
		latencies.push(performance.now() - t0);
		bytes += result.bytes;
		statuses[result.status] = (statuses[result.status] ?? 0) + 1;
		if (result.status < 200 || result.status > 299) errors += 1;
	}
}

const loops = Array.from({ length: job.concurrency }, loop);
await new Promise((r) => setTimeout(r, job.warmupMs));
measuring = true;
const started = performance.now();
await new Promise((r) => setTimeout(r, job.durationMs));
measuring = false;
const seconds = (performance.now() - started) / 1000;
stop = true;
await Promise.all(loops);
agent.destroy();

latencies.sort((a, b) => a - b);
const at = (p: number) =>
	latencies.length
		? latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]
		: 0;
process.stdout.write(
	JSON.stringify({
		requests: latencies.length,
		errors,
		seconds,
		rps: latencies.length / seconds,
		p50: at(0.5),
		p95: at(0.95),
		bytesPerResponse: latencies.length ? bytes / latencies.length : 0,
		statuses
	}) + '\n'
);
