/**
 * Completeness of the assistant's topic files (run by `npm run i18n:check` through
 * scripts/content-checks.ts): every required topic present; every topic in all four languages
 * with a title, an answer, a next step and enough phrasings; links only https: or on this site.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_CONTENT_DIR, LOCALES, loadContentRecordsFromFiles } from './content';
import { isSafeHref, linkTargets } from './markdown';
import { minimumPhrasings } from './validate';

export const REQUIRED_TOPICS_FILE = 'src/lib/content/assistant/required-topics.json';

export function checkAssistantContent(
	dir: string = DEFAULT_CONTENT_DIR,
	requiredFile: string = REQUIRED_TOPICS_FILE
): string[] {
	const problems: string[] = [];
	const loaded = loadContentRecordsFromFiles(dir);
	for (const e of loaded.errors) problems.push(`${e.file}: ${e.error}`);
	const slugs = new Set(loaded.topics.map((t) => t.slug));
	let required: string[] = [];
	try {
		required = (
			JSON.parse(readFileSync(resolve(process.cwd(), requiredFile), 'utf8')) as {
				required: string[];
			}
		).required;
	} catch (e) {
		problems.push(`${requiredFile}: ${e instanceof Error ? e.message : String(e)}`);
	}
	for (const slug of required)
		if (!slugs.has(slug)) problems.push(`missing required topic ${slug}`);
	for (const topic of loaded.topics) {
		for (const locale of LOCALES) {
			const c = topic.locales?.[locale];
			const where = `${topic.slug}/${locale}`;
			if (!c) {
				problems.push(`${where}: missing`);
				continue;
			}
			if (!c.title?.trim()) problems.push(`${where}: no title`);
			if (!c.answer?.trim()) problems.push(`${where}: no answer`);
			if (!c.nextStep?.label?.trim() || !c.nextStep?.href?.trim())
				problems.push(`${where}: no next step`);
			else if (!isSafeHref(c.nextStep.href))
				problems.push(`${where}: next step link ${c.nextStep.href} is not https: or on this site`);
			for (const href of linkTargets(c.answer ?? ''))
				if (!isSafeHref(href))
					problems.push(`${where}: link ${href} is not https: or on this site`);
			const phrasings = (c.phrasings ?? []).filter((p) => String(p).trim());
			if (phrasings.length < minimumPhrasings(locale))
				problems.push(
					`${where}: ${phrasings.length} phrasings, at least ${minimumPhrasings(locale)} needed`
				);
			if (c.status !== undefined && c.status !== 'draft' && c.status !== 'reviewed')
				problems.push(`${where}: status must be draft or reviewed`);
		}
	}
	return problems;
}
