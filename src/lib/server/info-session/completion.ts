import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { INFO_SESSION_VERSION } from '../../content/info-session';
import { infoSessionCompletion, type InfoSessionCompletion } from './schema';
import { getAccountProgress, type Participant } from './answers';
import { sessionProgress } from './progress';

export type ConfirmResult =
	{ ok: true; completion: InfoSessionCompletion } | { ok: false; reason: 'incomplete' };

/**
 * "I have read and understood my rights and duties." Only when every module is done; records the
 * time, the language and the content version. Confirming the same version twice keeps the first.
 */
export async function confirmInfoSession(
	db: Executor,
	person: Participant,
	locale: string,
	at: Date = new Date()
): Promise<ConfirmResult> {
	return db.transaction(async (tx) => {
		const progress = sessionProgress(await getAccountProgress(tx, person.id));
		if (!progress.allDone) return { ok: false, reason: 'incomplete' } as const;
		await tx
			.insert(infoSessionCompletion)
			.values({
				userId: person.id,
				municipalityId: person.municipalityId,
				confirmedAt: at,
				locale,
				contentVersion: INFO_SESSION_VERSION
			})
			.onConflictDoNothing();
		const completion = await getLatestCompletion(tx, person.id);
		if (!completion) throw new Error('info session completion missing after insert');
		return { ok: true, completion } as const;
	});
}

/** The person's most recent confirmation, of any content version, or undefined. */
export async function getLatestCompletion(
	db: Executor,
	userId: string
): Promise<InfoSessionCompletion | undefined> {
	const [row] = await db
		.select()
		.from(infoSessionCompletion)
		.where(eq(infoSessionCompletion.userId, userId))
		.orderBy(desc(infoSessionCompletion.confirmedAt))
		.limit(1);
	return row;
}
