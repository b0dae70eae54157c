/**
 * Reads the topic content files (src/lib/content/assistant/topics/<slug>.json) into records for
 * the index. Used by the evaluation CLI and by the database seed; the running app gets the same
 * records from PostgreSQL.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AssistantRecord } from './index';

export const DEFAULT_CONTENT_DIR = 'src/lib/content/assistant/topics';
export const LOCALES = ['nl', 'en', 'ar', 'ti'] as const;

export interface TopicLocaleContent {
	title: string;
	answer: string;
	nextStep?: { label: string; href: string };
	phrasings: string[];
	status?: 'draft' | 'reviewed';
	lastReviewed?: string;
}

export interface TopicContent {
	slug: string;
	group: string;
	sources?: { title: string; url: string }[];
	locales: Partial<Record<string, TopicLocaleContent>>;
}

export interface LoadedContent {
	records: AssistantRecord[];
	topics: TopicContent[];
	/** files that could not be read or parsed (the rest is still returned) */
	errors: { file: string; error: string }[];
}

/** Flattens topic objects into one record per (topic, locale). */
export function topicsToRecords(topics: TopicContent[]): AssistantRecord[] {
	const records: AssistantRecord[] = [];
	for (const topic of topics) {
		for (const [locale, c] of Object.entries(topic.locales ?? {})) {
			if (!c) continue;
			records.push({
				slug: topic.slug,
				locale,
				title: String(c.title ?? ''),
				answer: String(c.answer ?? ''),
				phrasings: Array.isArray(c.phrasings) ? c.phrasings.map(String) : []
			});
		}
	}
	return records;
}

export function loadContentRecordsFromFiles(dir: string = DEFAULT_CONTENT_DIR): LoadedContent {
	const abs = resolve(process.cwd(), dir);
	const topics: TopicContent[] = [];
	const errors: LoadedContent['errors'] = [];
	if (!existsSync(abs))
		return { records: [], topics, errors: [{ file: abs, error: 'directory not found' }] };
	for (const file of readdirSync(abs)
		.filter((f) => f.endsWith('.json'))
		.sort()) {
		try {
			const data = JSON.parse(readFileSync(join(abs, file), 'utf8')) as TopicContent;
			if (!data || typeof data.slug !== 'string' || typeof data.locales !== 'object') {
				errors.push({ file, error: 'missing slug or locales' });
				continue;
			}
			topics.push(data);
		} catch (e) {
			errors.push({ file, error: e instanceof Error ? e.message : String(e) });
		}
	}
	return { records: topicsToRecords(topics), topics, errors };
}
