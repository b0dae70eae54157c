import { registerDemoSeeder } from '../demo/seed';
import type { Executor } from '../db';
import type { User } from '../db/schema-core';
import { MODULE_SLUGS, getModule, type ModuleSlug } from '../../content/info-session';
import { recordQuizAnswer } from './answers';
import { confirmInfoSession } from './completion';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Answers every question of the modules right, except the listed wrong first answers. */
async function answerModules(
	db: Executor,
	person: User,
	slugs: readonly ModuleSlug[],
	wrongFirst: { slug: ModuleSlug; questionId: string; option: string }[] = []
) {
	for (const slug of slugs) {
		for (const question of getModule('nl', slug)?.quiz ?? []) {
			const wrong = wrongFirst.find((w) => w.slug === slug && w.questionId === question.id);
			if (wrong) await recordQuizAnswer(db, person, slug, question.id, wrong.option);
			await recordQuizAnswer(db, person, slug, question.id, question.correct);
		}
	}
}

/**
 * Demo: the client, the status holder (in Arabic, one question needed a second try) and the
 * participation client have completed the information session; the applicant has done two modules.
 */
registerDemoSeeder(async (db, people) => {
	const { applicant, client, statusHolder, participation } = people;
	const now = Date.now();
	await answerModules(db, client, MODULE_SLUGS);
	await confirmInfoSession(db, client, 'nl', new Date(now - 60 * DAY_MS));
	await answerModules(db, statusHolder, MODULE_SLUGS, [
		{ slug: 'duties', questionId: 'q3', option: 'a' }
	]);
	await confirmInfoSession(db, statusHolder, 'ar', new Date(now - 30 * DAY_MS));
	await answerModules(db, participation, MODULE_SLUGS);
	await confirmInfoSession(db, participation, 'nl', new Date(now - 400 * DAY_MS));
	await answerModules(db, applicant, ['how-it-works', 'rights']);
});
