/**
 * `npm run assistant:eval -- --file path.jsonl [--file …] [--min 0.8] [--content dir] [--threshold x]`
 *
 * Evaluates the FAQ assistant the way the app answers: the topic files are synced into a database
 * (DATABASE_URL when set, exactly as the app does at start; otherwise an embedded PGlite in a
 * temporary folder), the index is built from the database rows, and every question goes through
 * answerFromSnapshot, the function behind POST /api/assistant and the /assistant page. Prints accuracy per language, the
 * share of out-of-scope questions declined and the confusions; the last line is `accuracy: 0.xx`.
 * Exits with 1 when accuracy < --min (default 0.8).
 */
import { readFileSync } from 'node:fs';
import {
	DEFAULT_CONTENT_DIR,
	loadContentRecordsFromFiles
} from '../src/lib/server/assistant/content';
import { openOfflineDatabase, snapshotFromDatabase } from '../src/lib/server/assistant/offline';
import { answerFromSnapshot } from '../src/lib/server/assistant/answer';
import {
	evaluateWith,
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
				'usage: npm run assistant:eval -- --file path.jsonl [--file …] [--min 0.8] [--content dir] [--threshold x]'
			);
			process.exit(0);
		} else throw new Error(`unknown argument: ${a}`);
	}
	if (files.length === 0) files.push('eval/assistant-dev.jsonl');
	if (!Number.isFinite(min)) throw new Error('--min must be a number');
	// Syncing other files into a real database would change (or retire) its content.
	if (process.env.DATABASE_URL && content !== DEFAULT_CONTENT_DIR)
		throw new Error('--content cannot be combined with DATABASE_URL');
	return { files, min, content, threshold };
}

async function main() {
	const { files, min, content, threshold } = parseArgs(process.argv.slice(2));
	const lines: { file: string; lines: EvalLine[] }[] = files.map((file) => ({
		file,
		lines: parseEvalLines(readFileSync(file, 'utf8'), file)
	}));
	const loaded = loadContentRecordsFromFiles(content);
	for (const e of loaded.errors) console.error(`content: ${e.file}: ${e.error}`);

	const database = await openOfflineDatabase();
	try {
		const { snapshot, sync, buildMs } = await snapshotFromDatabase(
			database.handle.db,
			loaded.topics
		);
		console.log(
			`database: ${database.handle.driver} (${database.where}), content version ${snapshot.version} (${sync.inserted} inserted, ${sync.updated} updated, ${sync.unchanged} unchanged)`
		);
		console.log(
			`index: ${snapshot.index.topics.length} topics, ${snapshot.answers.size} answers, ${snapshot.index.units.length} units, built in ${buildMs.toFixed(0)} ms`
		);
		const answer = (line: EvalLine) =>
			answerFromSnapshot(snapshot, line.question, line.locale, { threshold });

		if (lines.length > 1) {
			for (const f of lines) {
				const r = evaluateWith(f.lines, answer);
				console.log(`${f.file}: ${r.correct}/${r.n} = ${(r.accuracy * 100).toFixed(1)}%`);
			}
		}
		const all = lines.flatMap((f) => f.lines);
		const t1 = performance.now();
		const result = evaluateWith(all, answer);
		const perQ = all.length ? (performance.now() - t1) / all.length : 0;
		console.log(`answering: ${perQ.toFixed(3)} ms per question`);
		console.log(formatReport(result, files.join(' + ')));
		process.exitCode = result.accuracy < min ? 1 : 0;
	} finally {
		await database.close();
	}
}

main().catch((e) => {
	console.error(e instanceof Error ? e.message : e);
	console.log('accuracy: 0.00');
	process.exitCode = 1;
});
