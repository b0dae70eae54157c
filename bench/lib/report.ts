// The printed table and the dated section of bench/RESULTS.md (newest run on top).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Machine } from './machine';

export interface Row {
	figure: string;
	value: string;
	target: string;
	/** 'ok', 'OVER BUDGET', 'BELOW TARGET', 'FAILED' or '' (for information). */
	verdict: string;
}

export function table(rows: Row[]): string {
	const head: Row = { figure: 'figure', value: 'value', target: 'target', verdict: 'verdict' };
	const all = [head, ...rows];
	const width = (key: keyof Row) => Math.max(...all.map((r) => r[key].length));
	const w = { figure: width('figure'), value: width('value'), target: width('target') };
	const line = (r: Row) =>
		`${r.figure.padEnd(w.figure)}  ${r.value.padStart(w.value)}  ${r.target.padEnd(w.target)}  ${r.verdict}`.trimEnd();
	return [line(head), '-'.repeat(line(head).length + 8), ...rows.map(line)].join('\n');
}

function cell(text: string): string {
	return text.replace(/\|/g, '\\|');
}

export function markdownSection(options: {
	started: Date;
	minutes: number;
	machine: Machine;
	settings: string;
	note?: string;
	rows: Row[];
	details: string[];
}): string {
	const { machine } = options;
	const when = options.started.toISOString().slice(0, 16).replace('T', ' ');
	const lines = [
		`## ${when} UTC`,
		'',
		`- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGb} GB RAM; Node ${machine.node}; PostgreSQL ${machine.postgres}`,
		`- Load average at start (1 / 5 / 15 min): ${machine.loadAtStart}`,
		`- Settings: ${options.settings}; the whole run took ${options.minutes.toFixed(1)} min`,
		...(options.note ? [`- Note: ${options.note}`] : []),
		'',
		'| figure | value | target | verdict |',
		'| --- | ---: | --- | --- |',
		...options.rows.map(
			(r) => `| ${cell(r.figure)} | ${cell(r.value)} | ${cell(r.target)} | ${cell(r.verdict)} |`
		),
		'',
		...options.details.map((d) => `- ${d}`),
		''
	];
	return lines.join('\n');
}

const INTRO = `# Benchmark results

Written by \`npm run bench\` (bench/run.ts): one section per run, newest first. Requests per second
depend on the machine and on whatever else runs on it; compare the ratios to the baselines measured
in the same run, not the raw figures across machines.

`;

/** Puts `section` on top of the runs in `file`, keeping every earlier run below it. */
export function prependRun(file: string, section: string): void {
	const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
	const firstRun = old.indexOf('\n## ');
	const earlier = firstRun >= 0 ? old.slice(firstRun + 1) : '';
	writeFileSync(file, `${INTRO}${section}\n${earlier}`.trimEnd() + '\n');
}
