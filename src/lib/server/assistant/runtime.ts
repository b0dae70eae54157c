/**
 * The in-memory index of one app instance, kept in step with the content in the database.
 *
 * Building the index takes a second or two (a classifier is trained), so it is built once per
 * content version, never per request. Every content change raises `assistant_state.content_version`;
 * each instance reads that number with one tiny query at most every few seconds (a timer, and on
 * use) and, when it changed, rebuilds in the background, on a worker thread (index-worker.ts),
 * while requests keep being answered with the previous index. Only the very first question of a
 * fresh process waits for a build.
 */
import type { Executor } from '../db';
import { buildIndex, type AssistantIndex, type AssistantRecord } from './index';
import type { AssistantSnapshot } from './answer';
import { getContentVersion, loadAssistantContent } from './store';
import { buildIndexInWorker, canBuildInWorker } from './index-worker';

export interface RuntimeOptions {
	/** Minimum time between two version checks. */
	checkIntervalMs: number;
	/** How to build an index (default: on a worker thread in the built app, else on this one). */
	build?: (records: AssistantRecord[]) => Promise<AssistantIndex>;
	now?: () => number;
	log?: (line: string) => void;
}

export interface AssistantRuntime {
	/** The current snapshot (the first call waits for the first build); may start a version check. */
	snapshot(): Promise<AssistantSnapshot>;
	/** Checks the version now and rebuilds when it changed; resolves with the snapshot in use after. */
	checkNow(): Promise<AssistantSnapshot>;
	/** Rebuilds from the database now (e.g. right after a staff edit on this instance). */
	rebuild(): Promise<AssistantSnapshot>;
	/** Checks the version every interval in the background until stopped. */
	startPolling(): () => void;
	current(): AssistantSnapshot | undefined;
}

async function buildOnThisThread(records: AssistantRecord[]): Promise<AssistantIndex> {
	// Let responses already on their way go out before the event loop is busy for a while.
	await new Promise((resolve) => setImmediate(resolve));
	return buildIndex(records);
}

/** On a worker thread in the built app; on this thread where that cannot work or fails. */
export async function buildIndexOffThread(
	records: AssistantRecord[],
	log: (line: string) => void = console.error
): Promise<AssistantIndex> {
	if (canBuildInWorker()) {
		try {
			return await buildIndexInWorker(records);
		} catch (error) {
			log(`assistant: index worker failed, building on the main thread: ${errorText(error)}`);
		}
	}
	return buildOnThisThread(records);
}

export function createAssistantRuntime(
	getDb: () => Executor,
	options: RuntimeOptions
): AssistantRuntime {
	const now = options.now ?? Date.now;
	const log = options.log ?? ((line: string) => console.error(line));
	const build =
		options.build ?? ((records: AssistantRecord[]) => buildIndexOffThread(records, log));
	let current: AssistantSnapshot | undefined;
	let building: Promise<AssistantSnapshot> | undefined;
	let checking: Promise<AssistantSnapshot> | undefined;
	let lastCheck = 0;

	function rebuild(): Promise<AssistantSnapshot> {
		building ??= (async () => {
			const started = now();
			const content = await loadAssistantContent(getDb());
			const index = await build(content.records);
			const next: AssistantSnapshot = {
				version: content.version,
				index,
				answers: content.answers,
				builtAt: now()
			};
			// A slower, older build never replaces a newer one.
			if (!current || next.version >= current.version) current = next;
			if (options.log || process.env.NODE_ENV !== 'test')
				log(`assistant: index for content version ${next.version} built in ${now() - started} ms`);
			return current;
		})().finally(() => {
			building = undefined;
		});
		return building;
	}

	function checkNow(): Promise<AssistantSnapshot> {
		checking ??= (async () => {
			lastCheck = now();
			const version = await getContentVersion(getDb());
			if (!current || version !== current.version) return rebuild();
			return current;
		})().finally(() => {
			checking = undefined;
		});
		return checking;
	}

	function maybeCheck(): void {
		if (checking || building || now() - lastCheck < options.checkIntervalMs) return;
		checkNow().catch((error) => log(`assistant: content check failed: ${errorText(error)}`));
	}

	return {
		async snapshot() {
			if (!current) return building ?? rebuild();
			maybeCheck();
			return current;
		},
		checkNow,
		rebuild,
		startPolling() {
			const timer = setInterval(maybeCheck, options.checkIntervalMs);
			timer.unref();
			return () => clearInterval(timer);
		},
		current: () => current
	};
}

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
