import type { Executor } from '../db';
import {
	INFO_SESSION_VERSION,
	MODULE_SLUGS,
	getModule,
	isLocale,
	type Locale,
	type ModuleSlug
} from '../../content/info-session';
import { formatDateTime } from '../time';
import { getAccountProgress } from './answers';
import { getLatestCompletion } from './completion';
import { moduleProgress, type ModuleStatus } from './progress';

/** A question whose first answer was wrong: a hint for the intake conversation. */
export interface SecondTry {
	questionId: string;
	question: string;
	firstAnswer: string;
	rightAnswer: string;
	attempts: number;
}

export interface InfoSessionOverview {
	completion: {
		confirmedAt: string;
		/** Language code the session was read in. */
		locale: string;
		contentVersion: string;
		/** False when the content has changed since the person confirmed. */
		isCurrentVersion: boolean;
	} | null;
	modulesDone: number;
	modulesTotal: number;
	modules: {
		slug: ModuleSlug;
		title: string;
		status: ModuleStatus;
		answered: number;
		total: number;
		secondTries: SecondTry[];
	}[];
}

/**
 * What staff see of a person's information session: whether and when it was confirmed (language,
 * content version), and per module the questions that needed a second try. Texts in the viewer's
 * language (`locale`), so a consultant reads Dutch even when the person answered in Arabic.
 */
export async function getInfoSessionOverview(
	db: Executor,
	userId: string,
	locale: string
): Promise<InfoSessionOverview> {
	const lang: Locale = isLocale(locale) ? locale : 'nl';
	const [state, completion] = await Promise.all([
		getAccountProgress(db, userId),
		getLatestCompletion(db, userId)
	]);
	const modules = MODULE_SLUGS.map((slug) => {
		const content = getModule(lang, slug);
		const progress = moduleProgress(state, slug);
		const answers = state[slug] ?? {};
		const secondTries: SecondTry[] = (content?.quiz ?? []).flatMap((q) => {
			const answer = answers[q.id];
			if (!answer || answer.firstOption === q.correct) return [];
			const text = (id: string) => q.options.find((o) => o.id === id)?.text ?? id;
			return [
				{
					questionId: q.id,
					question: q.question,
					firstAnswer: text(answer.firstOption),
					rightAnswer: text(q.correct),
					attempts: answer.attempts
				}
			];
		});
		return { ...progress, title: content?.title ?? slug, secondTries };
	});
	return {
		completion: completion
			? {
					confirmedAt: formatDateTime(completion.confirmedAt, lang),
					locale: completion.locale,
					contentVersion: completion.contentVersion,
					isCurrentVersion: completion.contentVersion === INFO_SESSION_VERSION
				}
			: null,
		modulesDone: modules.filter((m) => m.status === 'done').length,
		modulesTotal: modules.length,
		modules
	};
}
