/**
 * Score diagnosis answer sets: one JSON object per line (keys are item ids, values option ids).
 *
 *   npm run diagnosis:score -- --file answers.jsonl
 *   npx tsx scripts/diagnosis-score.ts < answers.jsonl
 *
 * Prints one JSON line per answer set: {"months","category","route","rulesVersion"}, or
 * {"line":N,"error":"…"} for an invalid line. Blank lines are skipped. Exit code 1 when any line was
 * invalid, 2 on a usage or file error. See docs/diagnosis.md.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { scoreLine } from '../src/lib/server/diagnosis/score-line';
import { fail, readArgs } from './cli';

const args = readArgs();
if (args.file === true || Object.keys(args).some((key) => key !== 'file')) {
	fail('usage: diagnosis-score [--file answers.jsonl]   (reads stdin without --file)');
}

const input = typeof args.file === 'string' ? createReadStream(args.file, 'utf8') : process.stdin;
let failed = false;
let lineNumber = 0;
try {
	for await (const line of createInterface({ input, crlfDelay: Infinity })) {
		lineNumber += 1;
		const result = scoreLine(line, lineNumber);
		if (!result) continue;
		if ('error' in result) failed = true;
		process.stdout.write(JSON.stringify(result) + '\n');
	}
} catch (error) {
	fail(`diagnosis-score: ${(error as Error).message}`);
}
process.exitCode = failed ? 1 : 0;
