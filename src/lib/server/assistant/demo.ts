import { registerDemoSeeder } from '../demo/seed';
import { recordFeedback, logQuestion } from './questions';
import { handOffQuestion } from './handoff';
import type { AssistantReply } from './answer';

function reply(topic: string | null, suggestions: string[], outOfScope = false): AssistantReply {
	return {
		kind: topic ? 'answered' : outOfScope ? 'out_of_scope' : 'unsure',
		topic,
		title: null,
		answer: '',
		nextStep: null,
		confidence: topic ? 0.4 : 0.08,
		suggestions,
		handoff: !topic,
		outOfScope
	};
}

/**
 * Demo: a few questions the assistant could not answer (or that did not help), and one question
 * the status holder handed to a consultant, so the staff pages have something to show.
 */
registerDemoSeeder(async (db, people) => {
	const asked = [
		{ q: 'ik kan mijn vaste lasten niet meer opbrengen', l: 'nl', r: reply(null, ['debt-help']) },
		{ q: 'mag mijn broer bij mij komen logeren', l: 'nl', r: reply(null, ['cost-sharing']) },
		{ q: 'هل يمكنني شراء سيارة', l: 'ar', r: reply(null, ['assets-limit']) },
		{ q: 'what is the weather tomorrow', l: 'en', r: reply(null, [], true) }
	];
	for (const a of asked)
		await logQuestion(db, { question: a.q, locale: a.l, reply: a.r, channel: 'page' });
	const unhelpful = await logQuestion(db, {
		question: 'wanneer krijg ik mijn geld deze maand',
		locale: 'nl',
		reply: reply('payment-date', ['payment-problems']),
		channel: 'page'
	});
	await recordFeedback(db, unhelpful, false);
	await handOffQuestion(db, people.statusHolder, {
		question: 'هل يمكنني أن أعمل في مطعم أخي بدون أجر؟',
		locale: 'ar',
		conversation: [{ question: 'هل يمكنني العمل التطوعي؟', topic: 'volunteering' }]
	});
});
