/**
 * Loads the topic files into PostgreSQL at start-up. Idempotent, and it does not clobber staff edits.
 *
 * The rule, per topic and language: the row remembers the hash of the file content it was last
 * given (`file_hash`). At sync the file's current hash is compared with it:
 *  - no row yet                → inserted from the file;
 *  - same hash                 → the file has not changed since it was applied: the row is left
 *                                alone, whatever staff did to it since;
 *  - different hash            → the file changed since (a new release of the content): the file
 *                                wins and replaces title, answer, next step, phrasings, sources and
 *                                review status, also over a staff edit (a warning is logged).
 * Topics whose file disappeared are marked inactive (kept, left out of the index). Every change
 * raises `assistant_state.content_version`, in the same transaction, so every instance rebuilds.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { LOCALES, type TopicContent, type TopicLocaleContent } from './content';
import {
	assistantAnswer,
	assistantPhrasing,
	assistantState,
	assistantTopic,
	type SourceLink
} from './schema';

export interface SyncReport {
	inserted: number;
	updated: number;
	unchanged: number;
	retired: number;
	/** Rows replaced by a changed file although staff had edited them. */
	overwrittenEdits: string[];
	version: number;
}

const KNOWN_LOCALES: readonly string[] = LOCALES;

/** Hash of everything the file says about one topic in one language. */
export function fileContentHash(topic: TopicContent, c: TopicLocaleContent): string {
	const canonical = JSON.stringify([
		topic.group ?? '',
		c.title ?? '',
		c.answer ?? '',
		c.nextStep?.label ?? '',
		c.nextStep?.href ?? '',
		(c.phrasings ?? []).map(String),
		c.status ?? 'draft',
		c.lastReviewed ?? null,
		sourcesOf(topic)
	]);
	return createHash('sha256').update(canonical).digest('hex');
}

function sourcesOf(topic: TopicContent): SourceLink[] {
	return (topic.sources ?? []).map((s) => ({ title: String(s.title), url: String(s.url) }));
}

/** Creates the state row (content version 0, a random salt) when it is missing. */
export async function ensureAssistantState(db: Executor): Promise<void> {
	await db
		.insert(assistantState)
		.values({ id: 1, contentVersion: 0, ipSalt: randomBytes(32).toString('base64url') })
		.onConflictDoNothing();
}

/** Raises the content version; call inside the transaction that changed the content. */
export async function bumpContentVersion(db: Executor): Promise<number> {
	const [row] = await db
		.update(assistantState)
		.set({ contentVersion: sql`${assistantState.contentVersion} + 1`, updatedAt: new Date() })
		.where(eq(assistantState.id, 1))
		.returning({ version: assistantState.contentVersion });
	return row.version;
}

export async function syncAssistantContent(
	db: Executor,
	topics: TopicContent[],
	log: (line: string) => void = console.warn
): Promise<SyncReport> {
	return db.transaction(async (tx) => {
		// Several instances starting together: one syncs, the others wait and then find nothing to do.
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext('assistant_content_sync'))`);
		await ensureAssistantState(tx);
		const report: SyncReport = {
			inserted: 0,
			updated: 0,
			unchanged: 0,
			retired: 0,
			overwrittenEdits: [],
			version: 0
		};
		const existingTopics = new Map(
			(await tx.select().from(assistantTopic)).map((t) => [t.slug, t])
		);
		const existingAnswers = new Map(
			(
				await tx
					.select({
						slug: assistantAnswer.topicSlug,
						locale: assistantAnswer.locale,
						fileHash: assistantAnswer.fileHash,
						updatedBy: assistantAnswer.updatedBy
					})
					.from(assistantAnswer)
			).map((a) => [`${a.slug}:${a.locale}`, a])
		);
		const inFiles = new Set<string>();
		for (const topic of topics) {
			inFiles.add(topic.slug);
			const known = existingTopics.get(topic.slug);
			if (!known) {
				await tx.insert(assistantTopic).values({ slug: topic.slug, group: topic.group ?? '' });
			} else if (!known.active || known.group !== (topic.group ?? '')) {
				await tx
					.update(assistantTopic)
					.set({ active: true, group: topic.group ?? '', updatedAt: new Date() })
					.where(eq(assistantTopic.slug, topic.slug));
				report.updated++;
			}
			for (const [locale, content] of Object.entries(topic.locales ?? {})) {
				if (!content || !KNOWN_LOCALES.includes(locale)) continue;
				const hash = fileContentHash(topic, content);
				const row = existingAnswers.get(`${topic.slug}:${locale}`);
				if (row && row.fileHash === hash) {
					report.unchanged++;
					continue;
				}
				const values = {
					title: String(content.title ?? ''),
					answer: String(content.answer ?? ''),
					nextStepLabel: String(content.nextStep?.label ?? ''),
					nextStepHref: String(content.nextStep?.href ?? ''),
					sources: sourcesOf(topic),
					status: content.status === 'reviewed' ? ('reviewed' as const) : ('draft' as const),
					lastReviewed: content.lastReviewed ?? null,
					reviewedBy: null,
					fileHash: hash,
					updatedBy: null,
					updatedAt: new Date()
				};
				if (!row) {
					await tx.insert(assistantAnswer).values({ topicSlug: topic.slug, locale, ...values });
					report.inserted++;
				} else {
					if (row.updatedBy) report.overwrittenEdits.push(`${topic.slug}/${locale}`);
					await tx
						.update(assistantAnswer)
						.set(values)
						.where(
							and(eq(assistantAnswer.topicSlug, topic.slug), eq(assistantAnswer.locale, locale))
						);
					report.updated++;
				}
				await replacePhrasings(tx, topic.slug, locale, content.phrasings ?? []);
			}
		}
		for (const [slug, t] of existingTopics) {
			if (inFiles.has(slug) || !t.active) continue;
			await tx
				.update(assistantTopic)
				.set({ active: false, updatedAt: new Date() })
				.where(eq(assistantTopic.slug, slug));
			report.retired++;
		}
		for (const edit of report.overwrittenEdits)
			log(`assistant: the content file changed and replaced a staff edit of ${edit}`);
		if (report.inserted + report.updated + report.retired > 0) {
			report.version = await bumpContentVersion(tx);
		} else {
			const [state] = await tx
				.select({ version: assistantState.contentVersion })
				.from(assistantState)
				.where(eq(assistantState.id, 1));
			report.version = state.version;
		}
		return report;
	});
}

/** Replaces a topic's phrasings in one language (blank and duplicate lines dropped). */
export async function replacePhrasings(
	db: Executor,
	slug: string,
	locale: string,
	phrasings: readonly string[]
): Promise<void> {
	await db
		.delete(assistantPhrasing)
		.where(and(eq(assistantPhrasing.topicSlug, slug), eq(assistantPhrasing.locale, locale)));
	const unique = [...new Set(phrasings.map((p) => String(p).trim()).filter(Boolean))];
	if (unique.length === 0) return;
	await db
		.insert(assistantPhrasing)
		.values(unique.map((text, position) => ({ topicSlug: slug, locale, position, text })));
}
