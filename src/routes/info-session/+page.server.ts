import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db';
import { getModuleIconPath, getModules } from '$lib/content/info-session';
import { loadProgress, progressOwnerOf } from '$lib/server/info-session/store';
import { sessionProgress } from '$lib/server/info-session/progress';
import { getLatestCompletion } from '$lib/server/info-session/completion';
import { formatDate } from '$lib/server/info-session/format';

/** Public: anyone may follow the session; progress is in the account or, without one, a cookie. */
export const load: PageServerLoad = async ({ locals, cookies, setHeaders }) => {
	// Shows this visitor's own progress (account or cookie): never from a shared cache.
	setHeaders({ 'cache-control': 'private, no-store' });
	const owner = progressOwnerOf(locals.user);
	const progress = sessionProgress(await loadProgress(db(), owner, cookies));
	const completion =
		owner.kind === 'account' ? await getLatestCompletion(db(), owner.person.id) : undefined;
	const statusOf = new Map(progress.modules.map((m) => [m.slug, m.status]));
	return {
		modules: getModules(locals.locale).map((m) => ({
			slug: m.slug,
			title: m.title,
			summary: m.summary,
			icon: getModuleIconPath(m),
			status: statusOf.get(m.slug) ?? 'not_started'
		})),
		done: progress.done,
		total: progress.total,
		next: progress.next?.path ?? null,
		inBrowser: owner.kind === 'browser' && !locals.user,
		confirmedOn: completion ? formatDate(completion.confirmedAt, locals.locale) : null
	};
};
