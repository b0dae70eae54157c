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
	}
});
