import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { user } from '../db/schema-core';
import { addDays, todayIso } from './dates';
import { conversationDueOn } from './flags';
import { getCurrentPhase } from './phases';
import { participationConversation } from './schema';
import type { Actor, ClientRef } from './types';

/** Income consultants guide participation clients; quality officers may stand in. */
export const CONVERSATION_ROLES = ['income_consultant', 'quality_officer'] as const;

export async function recordConversation(
	db: Executor,
	input: { client: ClientRef; actor: Actor; heldOn: string; agreements: string }
): Promise<{ ok: true } | { ok: false; error: 'not_allowed' | 'date_invalid' }> {
	if (!(CONVERSATION_ROLES as readonly string[]).includes(input.actor.role)) {
		return { ok: false, error: 'not_allowed' };
	}
	const today = todayIso();
	if (input.heldOn > today || input.heldOn < addDays(today, -366)) {
		return { ok: false, error: 'date_invalid' };
	}
	await db.insert(participationConversation).values({
		municipalityId: input.client.municipalityId,
		clientId: input.client.id,
		consultantId: input.actor.id,
		heldOn: input.heldOn,
		agreements: input.agreements
	});
	return { ok: true };
}

/** The yearly conversations of a participation client and when the next one is due. */
export async function getConversationSummary(db: Executor, clientId: string) {
	const [phase, conversations] = await Promise.all([
		getCurrentPhase(db, clientId),
		db
			.select({
				id: participationConversation.id,
				heldOn: participationConversation.heldOn,
				agreements: participationConversation.agreements,
				consultantName: user.name
			})
			.from(participationConversation)
			.leftJoin(user, eq(user.id, participationConversation.consultantId))
			.where(eq(participationConversation.clientId, clientId))
			.orderBy(desc(participationConversation.heldOn))
			.limit(10)
	]);
	const route = phase?.phase === 'route' ? phase.route : null;
	return {
		onParticipation: route === 'participation',
		conversations,
		dueOn: conversationDueOn(route, phase?.routeStartedOn ?? null, conversations[0]?.heldOn ?? null)
	};
}
