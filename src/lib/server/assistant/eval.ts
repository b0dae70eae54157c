/**
 * Evaluation of the matcher on labelled questions. Index-agnostic: build the index from files or
 * from the database and pass it in.
 */
import type { AssistantIndex } from './index';
import { matchQuestion, type MatchOptions } from './match';

export interface EvalLine {
	question: string;
	locale: string;
	expected: string | null;
}

export interface Confusion {
	question: string;
	locale: string;
	expected: string | null;
	got: string | null;
	confidence: number;
	outOfScope: boolean;
}

export interface EvalResult {
	n: number;
	correct: number;
	/** top-1 accuracy over all lines (expected null counts as correct when the engine declined) */
	accuracy: number;
	perLocale: Record<string, { n: number; correct: number; accuracy: number }>;
	outOfScopeDeclined: { n: number; declined: number; share: number };
	/** in-scope lines answered with the right topic / in-scope lines */
	inScope: { n: number; correct: number; declined: number; accuracy: number };
	confusions: Confusion[];
}

export function evaluate(
	index: AssistantIndex,
	lines: EvalLine[],
	options: MatchOptions = {}
): EvalResult {
	return evaluateWith(lines, (line) => matchQuestion(index, line.question, options));
}

/** What an answering function must report for evaluation (matchQuestion and the API's reply both do). */
export interface EvaluatedAnswer {
	topic: string | null;
	confidence: number;
	outOfScope: boolean;
}

/** Evaluates any answering function, e.g. the app's own path (answer.ts) over a database-built index. */
export function evaluateWith(
	lines: EvalLine[],
	answer: (line: EvalLine) => EvaluatedAnswer
): EvalResult {
	const perLocale: EvalResult['perLocale'] = {};
	const confusions: Confusion[] = [];
	let correct = 0;
	const oos = { n: 0, declined: 0, share: 0 };
	const inScope = { n: 0, correct: 0, declined: 0, accuracy: 0 };
	for (const line of lines) {
		const r = answer(line);
		const expected = line.expected ?? null;
		const ok = expected === null ? r.topic === null : r.topic === expected;
		const loc = (perLocale[line.locale] ??= { n: 0, correct: 0, accuracy: 0 });
		loc.n++;
		if (ok) {
			loc.correct++;
			correct++;
		} else
			confusions.push({
				question: line.question,
				locale: line.locale,
				expected,
				got: r.topic,
				confidence: r.confidence,
				outOfScope: r.outOfScope
			});
		if (expected === null) {
			oos.n++;
			if (r.topic === null) oos.declined++;
		} else {
			inScope.n++;
			if (ok) inScope.correct++;
			if (r.topic === null) inScope.declined++;
		}
	}
	for (const l of Object.values(perLocale)) l.accuracy = l.n ? l.correct / l.n : 0;
	oos.share = oos.n ? oos.declined / oos.n : 1;
	inScope.accuracy = inScope.n ? inScope.correct / inScope.n : 0;
	return {
		n: lines.length,
		correct,
		accuracy: lines.length ? correct / lines.length : 0,
		perLocale,
		outOfScopeDeclined: oos,
		inScope,
		confusions
	};
}

/** Parses JSON Lines ({question, locale, expected}); blank lines and `//` comments are skipped. */
export function parseEvalLines(text: string, source = 'input'): EvalLine[] {
	const out: EvalLine[] = [];
	text.split(/\r?\n/).forEach((raw, i) => {
		const line = raw.trim();
		if (!line || line.startsWith('//')) return;
		let obj: unknown;
		try {
			obj = JSON.parse(line);
		} catch {
			throw new Error(`${source}:${i + 1}: invalid JSON`);
		}
		const o = obj as Partial<EvalLine>;
		if (typeof o.question !== 'string' || typeof o.locale !== 'string' || !('expected' in o))
			throw new Error(`${source}:${i + 1}: needs question, locale, expected`);
		out.push({ question: o.question, locale: o.locale, expected: o.expected ?? null });
	});
	return out;
}

/** Human-readable report; the last line is exactly `accuracy: 0.xx`. */
export function formatReport(result: EvalResult, title = 'assistant eval'): string {
	const pct = (x: number) => (x * 100).toFixed(1) + '%';
	const lines: string[] = [];
	lines.push(`# ${title}: ${result.correct}/${result.n} correct`);
	lines.push('per language:');
	for (const [loc, l] of Object.entries(result.perLocale).sort())
		lines.push(`  ${loc}: ${l.correct}/${l.n} = ${pct(l.accuracy)}`);
	const o = result.outOfScopeDeclined;
	lines.push(
		`in scope: ${result.inScope.correct}/${result.inScope.n} = ${pct(result.inScope.accuracy)} (declined ${result.inScope.declined})`
	);
	lines.push(`out of scope declined: ${o.declined}/${o.n} = ${pct(o.share)}`);
	if (result.confusions.length) {
		lines.push(`confusions (${result.confusions.length}):`);
		for (const c of result.confusions)
			lines.push(
				`  [${c.locale}] ${JSON.stringify(c.question)} expected=${c.expected ?? 'null'} got=${c.got ?? (c.outOfScope ? 'null(out-of-scope)' : 'null')} conf=${c.confidence.toFixed(2)}`
			);
	}
	lines.push(`accuracy: ${result.accuracy.toFixed(2)}`);
	return lines.join('\n');
}
