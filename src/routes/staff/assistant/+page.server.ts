import type { PageServerLoad } from './$types';
import { requireStaff } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { formatDateTime } from '$lib/server/time';
import { canEditAnswers } from '$lib/server/assistant/edit';
import { canReadHandoffs, listHandoffsForStaff } from '$lib/server/assistant/handoff';
import { listTranslationStatus, listUnansweredQuestions } from '$lib/server/assistant/staff';

/**
 * For every staff member (read-only): what the assistant could not answer, grouped by nearest
 * topic and language, and the translation status. Quality officers and administrators edit.
 */
export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event);
	const locale = event.locals.locale;
	const [groups, topics] = await Promise.all([
		listUnansweredQuestions(db()),
		listTranslationStatus(db(), locale)
	]);
	const titles = new Map(topics.map((t) => [t.slug, t.title]));
	const openHandoffs = canReadHandoffs(staff.role)
		? (await listHandoffsForStaff(db(), staff, { status: 'open' })).length
		: null;
	return {
		canEdit: canEditAnswers(staff.role),
		openHandoffs,
		groups: groups.map((g) => ({
			nearestTopic: g.nearestTopic,
			topicTitle: g.nearestTopic ? (titles.get(g.nearestTopic) ?? g.nearestTopic) : null,
			locale: g.locale,
			count: g.count,
			questions: g.questions.map((q) => ({
				question: q.question,
				reason: q.reason,
				askedAt: formatDateTime(q.askedAt, locale)
			}))
		})),
		topics: topics.map((topic) => ({
			slug: topic.slug,
			title: topic.title,
			locales: topic.locales.map((c) => ({
				locale: c.locale,
				status: c.status,
				lastReviewed: c.lastReviewed,
				edited: c.edited
			}))
		}))
	};
};
