/**
 * Reads the assistant's content from the database: what the index is built from and what the
 * answers say. Only active topics.
 */
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../db';
import type { AssistantRecord } from './index';
import { assistantAnswer, assistantPhrasing, assistantState, assistantTopic } from './schema';

export interface StoredAnswer {
	slug: string;
	locale: string;
	title: string;
	answer: string;
	nextStep: { label: string; href: string } | null;
}

export interface AssistantContent {
	version: number;
	records: AssistantRecord[];
	/** by `${slug}:${locale}` */
	answers: Map<string, StoredAnswer>;
}

export function answerKey(slug: string, locale: string): string {
	return `${slug}:${locale}`;
}

/** The content version: one tiny query, what each instance polls. */
export async function getContentVersion(db: Executor): Promise<number> {
	const [row] = await db
		.select({ version: assistantState.contentVersion })
		.from(assistantState)
		.where(eq(assistantState.id, 1));
	return row?.version ?? 0;
}

export async function loadAssistantContent(db: Executor): Promise<AssistantContent> {
	// Version first: a change committed between the two reads only makes the next check rebuild again.
	const version = await getContentVersion(db);
	const rows = await db
		.select({
			slug: assistantAnswer.topicSlug,
			locale: assistantAnswer.locale,
			title: assistantAnswer.title,
			answer: assistantAnswer.answer,
			nextStepLabel: assistantAnswer.nextStepLabel,
			nextStepHref: assistantAnswer.nextStepHref
		})
		.from(assistantAnswer)
		.innerJoin(assistantTopic, eq(assistantTopic.slug, assistantAnswer.topicSlug))
		.where(eq(assistantTopic.active, true))
		.orderBy(asc(assistantAnswer.topicSlug), asc(assistantAnswer.locale));
	const phrasingRows = await db
		.select({
			slug: assistantPhrasing.topicSlug,
			locale: assistantPhrasing.locale,
			text: assistantPhrasing.text
		})
		.from(assistantPhrasing)
		.orderBy(
			asc(assistantPhrasing.topicSlug),
			asc(assistantPhrasing.locale),
			asc(assistantPhrasing.position)
		);
	const phrasings = new Map<string, string[]>();
	for (const p of phrasingRows) {
		const key = answerKey(p.slug, p.locale);
		const list = phrasings.get(key) ?? [];
		list.push(p.text);
		phrasings.set(key, list);
	}
	const answers = new Map<string, StoredAnswer>();
	const records: AssistantRecord[] = [];
	for (const r of rows) {
		const key = answerKey(r.slug, r.locale);
		answers.set(key, {
			slug: r.slug,
			locale: r.locale,
			title: r.title,
			answer: r.answer,
			nextStep:
				r.nextStepLabel && r.nextStepHref ? { label: r.nextStepLabel, href: r.nextStepHref } : null
		});
		records.push({
			slug: r.slug,
			locale: r.locale,
			title: r.title,
			answer: r.answer,
			phrasings: phrasings.get(key) ?? []
		});
	}
	return { version, records, answers };
}
