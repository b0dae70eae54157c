import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkAssistantContent } from './content-check';
import { fixtureTopics } from './test-fixtures';

describe('checkAssistantContent', () => {
	const folders: string[] = [];
	const tempFolder = (prefix: string) => {
		const dir = mkdtempSync(join(tmpdir(), prefix));
		folders.push(dir);
		return dir;
	};
	afterAll(() => {
		for (const dir of folders) rmSync(dir, { recursive: true, force: true });
	});

	it('passes on the real content and the required topics', () => {
		expect(checkAssistantContent()).toEqual([]);
	});

	it('reports missing topics, languages, next steps, phrasings and unsafe links', () => {
		const dir = tempFolder('assistant-content-');
		const [topic] = fixtureTopics();
		delete topic.locales.ti;
		topic.locales.nl!.phrasings = ['een', 'twee'];
		topic.locales.en!.nextStep = undefined;
		topic.locales.ar!.answer = 'زوروا [الموقع](http://example.org)';
		writeFileSync(join(dir, `${topic.slug}.json`), JSON.stringify(topic));
		const required = join(tempFolder('assistant-required-'), 'required.json');
		writeFileSync(required, JSON.stringify({ required: [topic.slug, 'debt-help'] }));
		const problems = checkAssistantContent(dir, required);
		expect(problems).toEqual(
			expect.arrayContaining([
				'missing required topic debt-help',
				'apply-for-benefit/ti: missing',
				'apply-for-benefit/nl: 2 phrasings, at least 5 needed',
				'apply-for-benefit/en: no next step',
				'apply-for-benefit/ar: link http://example.org is not https: or on this site'
			])
		);
	});
});
