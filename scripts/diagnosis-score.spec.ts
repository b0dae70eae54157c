import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function run(args: string[], input?: string) {
	const result = spawnSync('node_modules/.bin/tsx', ['scripts/diagnosis-score.ts', ...args], {
		cwd: root,
		input,
		encoding: 'utf8'
	});
	const lines = result.stdout.split('\n').filter(Boolean);
	return {
		status: result.status,
		output: lines.map((line) => JSON.parse(line)),
		stderr: result.stderr
	};
}

describe('diagnosis-score CLI', () => {
	it('scores the example file, skipping the blank line', () => {
		const { status, output } = run(['--file', 'docs/diagnosis-example.jsonl']);
		expect(status).toBe(0);
		expect(output.map((row) => row.category)).toEqual(['1A', '1C', '2A', '1B', '2B', '2A']);
		expect(Object.keys(output[0])).toEqual(['months', 'category', 'route', 'rulesVersion']);
	});

	it('reads stdin, reports invalid lines on stdout and exits 1 at the end', () => {
		const { status, output } = run([], '{"dutch_level":"a2"}\nnot json\n\n{"dutch_level":"c2"}\n');
		expect(status).toBe(1);
		expect(output).toEqual([
			expect.objectContaining({ months: 4, category: '1B' }),
			{ line: 2, error: expect.stringMatching(/^invalid JSON/) },
			{ line: 4, error: 'dutch_level: invalid_option' }
		]);
	});

	it('exits 2 with a message on a missing file or an unknown option', () => {
		expect(run(['--file', 'docs/no-such-file.jsonl'])).toMatchObject({ status: 2, output: [] });
		expect(run(['--verbose'], '')).toMatchObject({
			status: 2,
			stderr: expect.stringMatching(/usage/)
		});
	});
});
