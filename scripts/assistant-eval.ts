/**
 * Evaluates the FAQ assistant's matcher on labelled questions (JSON Lines).
 *
 *   npx tsx scripts/assistant-eval.ts --file eval/assistant-dev.jsonl [--file other.jsonl]
 *        [--min 0.8] [--content src/lib/content/assistant/topics] [--threshold 0.2]
 *
 * Builds the index from the content files, prints per-language accuracy, the share of
 * out-of-scope questions declined and the confusions; the last line is `accuracy: 0.xx`
 * (top-1 over all lines). Exits with 1 when accuracy < --min (default 0.8).
 */
import { readFileSync } from 'node:fs';
import {
	loadContentRecordsFromFiles,
	DEFAULT_CONTENT_DIR
} from '../src/lib/server/assistant/content';
import { buildIndex } from '../src/lib/server/assistant/index';
import {
	evaluate,
	formatReport,
	parseEvalLines,
	type EvalLine
} from '../src/lib/server/assistant/eval';

function parseArgs(argv: string[]) {
	const files: string[] = [];
	let min = 0.8;
	let content = DEFAULT_CONTENT_DIR;
	let threshold: number | undefined;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const next = () => {
			const v = argv[++i];
			if (v === undefined) throw new Error(`${a} needs a value`);
			return v;
		};
		if (a === '--file' || a === '-f') files.push(next());
		else if (a.startsWith('--file=')) files.push(a.slice(7));
		else if (a === '--min') min = Number(next());
		else if (a.startsWith('--min=')) min = Number(a.slice(6));
		else if (a === '--content') content = next();
		else if (a === '--threshold') threshold = Number(next());
		else if (a === '--help' || a === '-h') {
			console.log(
				'usage: npx tsx scripts/assistant-eval.ts --file path.jsonl [--file …] [--min 0.8] [--content dir] [--threshold x]'
			);
			process.exit(0);
		} else throw new Error(`unknown argument: ${a}`);
	}
	if (files.length === 0) files.push('eval/assistant-dev.jsonl');
	if (!Number.isFinite(min)) throw new Error('--min must be a number');
	return { files, min, content, threshold };
}

function main() {
	const { files, min, content, threshold } = parseArgs(process.argv.slice(2));
	const loaded = loadContentRecordsFromFiles(content);
	for (const e of loaded.errors) console.error(`content: ${e.file}: ${e.error}`);
	const t0 = performance.now();
	const index = buildIndex(loaded.records);
	const buildMs = performance.now() - t0;
	console.log(
		`index: ${index.topics.length} topics, ${loaded.records.length} records, ${index.units.length} units, built in ${buildMs.toFixed(0)} ms`
	);

	const all: EvalLine[] = [];
	for (const file of files) {
		const lines = parseEvalLines(readFileSync(file, 'utf8'), file);
		if (files.length > 1) {
			const r = evaluate(index, lines, { threshold });
			console.log(`${file}: ${r.correct}/${r.n} = ${(r.accuracy * 100).toFixed(1)}%`);
		}
		all.push(...lines);
	}
	const t1 = performance.now();
	const result = evaluate(index, all, { threshold });
	const perQ = all.length ? (performance.now() - t1) / all.length : 0;
	console.log(`matching: ${perQ.toFixed(3)} ms per question`);
	console.log(formatReport(result, files.join(' + ')));
	process.exitCode = result.accuracy < min ? 1 : 0;
}

try {
	main();
} catch (e) {
	console.error(e instanceof Error ? e.message : e);
	console.log('accuracy: 0.00');
	process.exitCode = 1;
}
