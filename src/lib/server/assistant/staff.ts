/**
 * For staff: what the assistant could not answer (or answered without helping), grouped by the
 * nearest topic and language, and the translation status of every topic in every language.
 */
import { and, asc, desc, eq, gt, isNull, or } from 'drizzle-orm';
import type { Executor } from '../db';
import { LOCALES } from './content';
import { assistantAnswer, assistantFeedback, assistantQuestionLog, assistantTopic } from './schema';

export interface UnansweredQuestion {
	question: string;
	askedAt: Date;
	/** declined: the assistant said it did not know; not_helpful: answered, "did not help". */
	reason: 'declined' | 'out_of_scope' | 'not_helpful';
	topic: string | null;
}

export interface UnansweredGroup {
	/** The nearest topic (null: nothing close, mostly out-of-scope questions). */
	nearestTopic: string | null;
	locale: string;
	count: number;
	/** The most recent questions of the group. */
	questions: UnansweredQuestion[];
}

/** Declined or "did not help" questions of the last `days` days, biggest group first. */
export async function listUnansweredQuestions(
	db: Executor,
	options: { days?: number; perGroup?: number; limit?: number } = {}
): Promise<UnansweredGroup[]> {
	const since = new Date(Date.now() - (options.days ?? 90) * 24 * 60 * 60_000);
	const rows = await db
		.select({
			question: assistantQuestionLog.question,
			askedAt: assistantQuestionLog.askedAt,
			locale: assistantQuestionLog.locale,
			topic: assistantQuestionLog.topicSlug,
			nearestTopic: assistantQuestionLog.nearestTopic,
			outOfScope: assistantQuestionLog.outOfScope,
			helpful: assistantFeedback.helpful
		})
		.from(assistantQuestionLog)
		.leftJoin(assistantFeedback, eq(assistantFeedback.questionId, assistantQuestionLog.id))
		.where(
			and(
				gt(assistantQuestionLog.askedAt, since),
				or(isNull(assistantQuestionLog.topicSlug), eq(assistantFeedback.helpful, false))
			)
		)
		.orderBy(desc(assistantQuestionLog.askedAt))
		.limit(options.limit ?? 2000);
	const perGroup = options.perGroup ?? 10;
	const groups = new Map<string, UnansweredGroup>();
	for (const r of rows) {
		const key = `${r.nearestTopic ?? ''}|${r.locale}`;
		let group = groups.get(key);
		if (!group) {
			group = { nearestTopic: r.nearestTopic, locale: r.locale, count: 0, questions: [] };
			groups.set(key, group);
		}
		group.count++;
		if (group.questions.length < perGroup)
			group.questions.push({
				question: r.question,
				askedAt: r.askedAt,
				topic: r.topic,
				reason: r.topic ? 'not_helpful' : r.outOfScope ? 'out_of_scope' : 'declined'
			});
	}
	return [...groups.values()].sort(
		(a, b) =>
			b.count - a.count ||
			(a.nearestTopic ?? '~').localeCompare(b.nearestTopic ?? '~') ||
			a.locale.localeCompare(b.locale)
	);
}

export interface TranslationCell {
	locale: string;
	status: 'draft' | 'reviewed' | 'missing';
	lastReviewed: string | null;
	updatedAt: Date | null;
	/** Saved by staff (not straight from the file). */
	edited: boolean;
}

export interface TopicStatus {
	slug: string;
	group: string;
	/** The title in the viewer's language, else Dutch. */
	title: string;
	locales: TranslationCell[];
}

export async function listTranslationStatus(
	db: Executor,
	viewerLocale: string
): Promise<TopicStatus[]> {
	const rows = await db
		.select({
			slug: assistantTopic.slug,
			group: assistantTopic.group,
			locale: assistantAnswer.locale,
			title: assistantAnswer.title,
			status: assistantAnswer.status,
			lastReviewed: assistantAnswer.lastReviewed,
			updatedAt: assistantAnswer.updatedAt,
			updatedBy: assistantAnswer.updatedBy
		})
		.from(assistantTopic)
		.leftJoin(assistantAnswer, eq(assistantAnswer.topicSlug, assistantTopic.slug))
		.where(eq(assistantTopic.active, true))
		.orderBy(asc(assistantTopic.group), asc(assistantTopic.slug));
	const topics = new Map<string, TopicStatus & { titles: Map<string, string> }>();
	for (const r of rows) {
		let topic = topics.get(r.slug);
		if (!topic) {
			topic = {
				slug: r.slug,
				group: r.group,
				title: r.slug,
				titles: new Map(),
				locales: LOCALES.map((locale) => ({
					locale,
					status: 'missing' as const,
					lastReviewed: null,
					updatedAt: null,
					edited: false
				}))
			};
			topics.set(r.slug, topic);
		}
		if (!r.locale) continue;
		topic.titles.set(r.locale, r.title ?? '');
		const cell = topic.locales.find((c) => c.locale === r.locale);
		if (cell && r.status) {
			cell.status = r.status;
			cell.lastReviewed = r.lastReviewed;
			cell.updatedAt = r.updatedAt;
			cell.edited = !!r.updatedBy;
		}
	}
	return [...topics.values()].map(({ titles, ...topic }) => ({
		...topic,
		title: titles.get(viewerLocale) || titles.get('nl') || topic.slug
	}));
}
