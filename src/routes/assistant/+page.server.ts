import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { db } from '$lib/server/db';
import { config } from '$lib/server/config';
import { requireUser } from '$lib/server/auth/guard';
import { readFormData } from '$lib/server/forms/request';
import { getContactDetails } from '$lib/server/assistant/contact';
import {
	addTurn,
	parseConversation,
	serializeConversation,
	viewConversation,
	type Turn
} from '$lib/server/assistant/conversation';
import { canHandOff, handOffQuestion } from '$lib/server/assistant/handoff';
import { recordFeedback } from '$lib/server/assistant/questions';
import {
	answerTopic,
	askAssistant,
	assistantRuntime,
	retryAfterSeconds,
	throttleAssistant
} from '$lib/server/assistant/service';
import { MAX_QUESTION_LENGTH, validateQuestion } from '$lib/server/assistant/validate';

/** Public: anyone may ask. Handing a question to a consultant needs a client's login. */
export const load: PageServerLoad = async ({ locals }) => {
	const user = locals.user;
	const contact = await getContactDetails(
		db(),
		user ? { municipalityId: user.municipalityId } : { slug: config().themeMunicipality },
		locals.locale
	);
	return {
		contact,
		loggedIn: !!user,
		canHandOff: user ? canHandOff(user.role) : false,
		maxLength: MAX_QUESTION_LENGTH
	};
};

/** The conversation as the page shows it, plus the hidden field that carries it. */
async function conversation(event: RequestEvent, turns: Turn[]) {
	const snapshot = await assistantRuntime().snapshot();
	return {
		state: serializeConversation(turns),
		turns: viewConversation(snapshot, turns, event.locals.locale)
	};
}

async function readTurns(event: RequestEvent) {
	const form = await readFormData(event.request);
	return { form, turns: parseConversation(form?.get('state')) };
}

function turnIndex(form: FormData | null, turns: Turn[]): number | null {
	const raw = form?.get('turn');
	const index = typeof raw === 'string' && /^\d{1,2}$/.test(raw) ? Number(raw) : -1;
	return index >= 0 && index < turns.length ? index : null;
}

export const actions: Actions = {
	ask: async (event) => {
		const { form, turns } = await readTurns(event);
		const raw = form?.get('question');
		const checked = validateQuestion(raw);
		const typed = typeof raw === 'string' ? raw.slice(0, 2000) : '';
		if (!form || !checked.ok) {
			const error = !form ? 'unreadable' : checked.ok ? 'empty' : checked.error;
			return fail(400, { ...(await conversation(event, turns)), error, question: typed });
		}
		const limit = await throttleAssistant(db(), event.getClientAddress());
		if (limit.blocked) {
			event.setHeaders({ 'retry-after': String(retryAfterSeconds(limit)) });
			return fail(429, {
				...(await conversation(event, turns)),
				error: 'rateLimited',
				seconds: retryAfterSeconds(limit),
				question: typed
			});
		}
		const { questionId } = await askAssistant(db(), {
			question: checked.question,
			locale: event.locals.locale,
			channel: 'page'
		});
		return conversation(event, addTurn(turns, { q: checked.question, id: questionId }));
	},

	topic: async (event) => {
		const { form, turns } = await readTurns(event);
		const slug = form?.get('topic');
		const reply = typeof slug === 'string' ? await answerTopic(slug, event.locals.locale) : null;
		if (!reply || !reply.topic || !reply.title)
			return fail(400, { ...(await conversation(event, turns)), error: 'notFound' });
		return conversation(event, addTurn(turns, { q: reply.title, s: reply.topic }));
	},

	feedback: async (event) => {
		const { form, turns } = await readTurns(event);
		const index = turnIndex(form, turns);
		const helpful = form?.get('helpful');
		const turn = index === null ? undefined : turns[index];
		if (!turn?.id || (helpful !== 'yes' && helpful !== 'no'))
			return fail(400, { ...(await conversation(event, turns)), error: 'unreadable' });
		await recordFeedback(db(), turn.id, helpful === 'yes');
		turn.f = helpful === 'yes' ? 'y' : 'n';
		return conversation(event, turns);
	},

	handoff: async (event) => {
		const user = requireUser(event);
		const { form, turns } = await readTurns(event);
		if (!canHandOff(user.role))
			return fail(403, { ...(await conversation(event, turns)), error: 'handoffNotAllowed' });
		const index = turnIndex(form, turns);
		if (index === null)
			return fail(400, { ...(await conversation(event, turns)), error: 'unreadable' });
		const before = await conversation(event, turns);
		await handOffQuestion(db(), user, {
			question: turns[index].q,
			locale: event.locals.locale,
			conversation: before.turns
				.slice(0, index)
				.map((view) => ({ question: view.question, topic: view.topic }))
		});
		turns[index].h = 1;
		return { ...(await conversation(event, turns)), handedOff: index };
	},

	clear: async () => ({ state: '', turns: [] })
};
