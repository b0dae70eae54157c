import type { AnswerValues, Question } from './types';

/**
 * Which questions of a section to show for the values on the page, so a follow-up question
 * appears as soon as it applies. The server decides again on save (definition.ts `visibleItems`);
 * this only mirrors it for the browser. A question depending on another section keeps the
 * server's verdict, because that answer cannot change on this page.
 */
export function visibleQuestionIds(
	questions: readonly Question[],
	values: AnswerValues
): Set<string> {
	const inSection = new Set(questions.map((q) => q.id));
	const visible = new Set<string>();
	for (const question of questions) {
		const rule = question.showIf;
		let show: boolean;
		if (!rule) show = true;
		else if (!inSection.has(rule.item)) show = question.visibleNow;
		else {
			const given = values[rule.item];
			const chosen = Array.isArray(given) ? given : given === undefined ? [] : [given];
			show = visible.has(rule.item) && chosen.some((value) => rule.equals.includes(value));
		}
		if (show) visible.add(question.id);
	}
	return visible;
}
