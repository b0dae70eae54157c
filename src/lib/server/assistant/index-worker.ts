/**
 * Builds the index on a worker thread, so a rebuild after a content change does not stop the
 * instance from answering for the second or more that training takes.
 *
 * The worker runs this very module (in the built app, the server chunk that contains it): when it
 * starts as the worker, it waits for the records, builds, and posts the index back (without its
 * concept matcher, which holds functions; the main thread puts its own back). Where a worker
 * cannot run this file (vitest and `vite dev` load TypeScript sources, tsx scripts need no worker)
 * the caller builds on the main thread instead.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { buildIndex, type AssistantIndex, type AssistantRecord } from './index';
import { buildTermMatcher, type TermMatcher } from './concepts';
import { CONCEPTS } from './synonyms';

const WORKER_ROLE = 'assistant-index-builder';

type WorkerReply =
	{ ok: true; index: Omit<AssistantIndex, 'concepts'> } | { ok: false; error: string };

if (!isMainThread && workerData === WORKER_ROLE && parentPort) {
	const port = parentPort;
	port.once('message', (records: AssistantRecord[]) => {
		try {
			// eslint-disable-next-line @typescript-eslint/no-unused-vars -- functions cannot cross threads
			const { concepts, ...plain } = buildIndex(records);
			port.postMessage({ ok: true, index: plain } satisfies WorkerReply);
		} catch (error) {
			port.postMessage({ ok: false, error: String(error) } satisfies WorkerReply);
		}
	});
}

let matcher: TermMatcher | undefined;

/** Whether this module can be started as a worker (it is plain JavaScript, i.e. the built app). */
export function canBuildInWorker(): boolean {
	return import.meta.url.startsWith('file:') && import.meta.url.endsWith('.js');
}

export function buildIndexInWorker(records: AssistantRecord[]): Promise<AssistantIndex> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL(import.meta.url), { workerData: WORKER_ROLE });
		let settled = false;
		const finish = (fn: () => void) => {
			if (settled) return;
			settled = true;
			void worker.terminate();
			fn();
		};
		worker.once('message', (reply: WorkerReply) =>
			finish(() => {
				if (!reply.ok) return reject(new Error(reply.error));
				matcher ??= buildTermMatcher(CONCEPTS);
				resolve({ ...reply.index, concepts: matcher });
			})
		);
		worker.once('error', (error) => finish(() => reject(error)));
		worker.once('exit', (code) =>
			finish(() => reject(new Error(`index worker stopped (exit code ${code})`)))
		);
		worker.postMessage(records);
	});
}
