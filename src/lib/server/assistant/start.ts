/**
 * Start-up of the assistant in the app (called from ../startup.ts): load the topic files, which
 * are bundled into the build, into the database (sync.ts), build the first index in the background,
 * keep checking the content version, and prune old questions hourly (housekeeping.ts).
 */
import type { Executor } from '../db';
import type { TopicContent } from './content';
import { startJobs } from '../jobs/runner';
import { pruneAssistantData } from './housekeeping';
import { assistantRuntime } from './service';
import { assistantSettings } from './settings';
import { syncAssistantContent } from './sync';

const files = import.meta.glob('../../content/assistant/topics/*.json', {
	eager: true,
	import: 'default'
});

/** The topic files as they were when the app was built. */
export function bundledTopics(): TopicContent[] {
	return Object.entries(files)
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([, content]) => content as TopicContent)
		.filter((t) => t && typeof t.slug === 'string' && typeof t.locales === 'object');
}

let started = false;
let stopPolling: (() => void) | undefined;

export async function startAssistant(db: Executor): Promise<void> {
	const report = await syncAssistantContent(db, bundledTopics());
	if (report.inserted + report.updated + report.retired > 0)
		console.log(
			`Assistant content: ${report.inserted} added, ${report.updated} updated, ${report.retired} retired (version ${report.version}).`
		);
	const runtime = assistantRuntime();
	runtime.rebuild().catch((error) => console.error('assistant: first index build failed', error));
	if (started) return;
	started = true;
	stopPolling = runtime.startPolling();
	startJobs([
		{
			name: 'assistant-housekeeping',
			intervalMs: 60 * 60_000,
			run: () => pruneAssistantData(db, assistantSettings().questionRetentionDays)
		}
	]);
}

/** Stops the content-version polling (at shutdown, before the database closes). */
export function stopAssistant(): void {
	stopPolling?.();
	stopPolling = undefined;
}
