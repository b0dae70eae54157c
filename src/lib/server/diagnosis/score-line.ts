/** One line of the `diagnosis:score` CLI: a JSON answer set in, a JSON result (or error) out. */
import { estimate, type Estimate } from './estimate';
import { parseAnswerSet } from './parse';

export type LineResult =
	| Pick<Estimate, 'months' | 'category' | 'route' | 'rulesVersion'>
	| { line: number; error: string };

/** Returns undefined for a blank line (skipped). `lineNumber` is 1-based and only used in errors. */
export function scoreLine(text: string, lineNumber: number): LineResult | undefined {
	if (text.trim() === '') return undefined;
	let input: unknown;
	try {
		input = JSON.parse(text);
	} catch (error) {
		return { line: lineNumber, error: `invalid JSON: ${(error as Error).message}` };
	}
	const parsed = parseAnswerSet(input);
	if (!parsed.ok) {
		const error = parsed.errors
			.map(({ item, error }) => (item ? `${item}: ${error}` : 'expected a JSON object of answers'))
			.join('; ');
		return { line: lineNumber, error };
	}
	const { months, category, route, rulesVersion } = estimate(parsed.answers);
	return { months, category, route, rulesVersion };
}
