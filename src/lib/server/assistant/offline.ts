/**
 * The app's answering path outside the app (evaluation CLI, benchmark): a database (DATABASE_URL
 * when set, else an embedded PGlite in a temporary folder), the topic files synced into it exactly
 * as at start-up, and a snapshot built from the database rows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type DatabaseHandle } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import type { Executor } from '../db';
import type { AssistantSnapshot } from './answer';
import type { TopicContent } from './content';
import { buildIndex } from './index';
import { loadAssistantContent } from './store';
import { syncAssistantContent, type SyncReport } from './sync';

export interface OfflineDatabase {
	handle: DatabaseHandle;
	/** 'DATABASE_URL' or the temporary folder. */
	where: string;
	close(): Promise<void>;
}

export async function openOfflineDatabase(
	url: string | undefined = process.env.DATABASE_URL
): Promise<OfflineDatabase> {
	if (url) {
		const handle = await openDatabase({ url, maxConnections: 2 });
		await migrateDatabase(handle);
		return { handle, where: 'DATABASE_URL', close: () => handle.close() };
	}
	const dir = mkdtempSync(join(tmpdir(), 'assistant-'));
	const handle = await openDatabase({ pgliteDir: join(dir, 'pglite') });
	await migrateDatabase(handle);
	return {
		handle,
		where: `temporary ${dir}`,
		close: async () => {
			await handle.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** Syncs the topics into the database, then builds the snapshot from what the database holds. */
export async function snapshotFromDatabase(
	db: Executor,
	topics: TopicContent[]
): Promise<{ snapshot: AssistantSnapshot; sync: SyncReport; buildMs: number }> {
	const sync = await syncAssistantContent(db, topics, () => {});
	const stored = await loadAssistantContent(db);
	const t0 = performance.now();
	const index = buildIndex(stored.records);
	const buildMs = performance.now() - t0;
	return {
		snapshot: { version: stored.version, index, answers: stored.answers, builtAt: Date.now() },
		sync,
		buildMs
	};
}
