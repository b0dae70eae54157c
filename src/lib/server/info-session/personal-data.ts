import { asc, eq } from 'drizzle-orm';
import { registerPersonalDataSource } from '../privacy/export';
import { infoSessionAnswer, infoSessionCompletion } from './schema';

/** What the information session keeps about a person, for their own data export (/my/data). */
registerPersonalDataSource({
	id: 'infoSession',
	order: 10,
	async load(db, personId) {
		const completions = await db
			.select({
				confirmedAt: infoSessionCompletion.confirmedAt,
				language: infoSessionCompletion.locale,
				contentVersion: infoSessionCompletion.contentVersion
			})
			.from(infoSessionCompletion)
			.where(eq(infoSessionCompletion.userId, personId))
			.orderBy(asc(infoSessionCompletion.confirmedAt));
		const answers = await db
			.select({
				module: infoSessionAnswer.module,
				question: infoSessionAnswer.questionId,
				attempts: infoSessionAnswer.attempts,
				firstAnswerCorrect: infoSessionAnswer.firstCorrect
			})
			.from(infoSessionAnswer)
			.where(eq(infoSessionAnswer.userId, personId))
			.orderBy(asc(infoSessionAnswer.module), asc(infoSessionAnswer.questionId));
		if (completions.length === 0 && answers.length === 0) return null;
		return { completions, answers };
	},
	// Retention: quiz answers and confirmations are erased; no figure depends on them.
	personColumns: ['info_session_answer.user_id', 'info_session_completion.user_id'],
	async forget(db, personId) {
		const answers = await db
			.delete(infoSessionAnswer)
			.where(eq(infoSessionAnswer.userId, personId))
			.returning({ id: infoSessionAnswer.questionId });
		const completions = await db
			.delete(infoSessionCompletion)
			.where(eq(infoSessionCompletion.userId, personId))
			.returning({ id: infoSessionCompletion.id });
		return {
			info_session_answer: answers.length,
			info_session_completion: completions.length
		};
	}
});
