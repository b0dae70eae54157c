// `npm run i18n:check`: fails when a key present in Dutch is missing or empty in another language,
// when a language is configured without files (or the other way round), or when translated content
// (information session, questionnaire, assistant) is incomplete. Prints the translation status too.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, DEFAULT_LOCALE } from '../src/lib/i18n/languages';
import { checkTranslations, type MessageTree } from '../src/lib/i18n/check';
import { contentChecks } from './content-checks';

const ROOT = 'src/lib/i18n/locales';

function load(locale: string): MessageTree {
	const dir = join(ROOT, locale);
	const tree: MessageTree = {};
	if (!existsSync(dir)) return tree;
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
		tree[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
	}
	return tree;
}

const problems: string[] = [];
const configured = LANGUAGES.map((l) => l.code as string);
for (const dir of readdirSync(ROOT)) {
	if (!configured.includes(dir))
		problems.push(`${dir}: has files but is not in src/lib/i18n/languages.ts`);
}
for (const code of configured) {
	if (!existsSync(join(ROOT, code)))
		problems.push(`${code}: configured but has no folder ${ROOT}/${code}`);
}
problems.push(
	...checkTranslations(
		{ locale: DEFAULT_LOCALE, messages: load(DEFAULT_LOCALE) },
		configured
			.filter((c) => c !== DEFAULT_LOCALE)
			.map((locale) => ({ locale, messages: load(locale) }))
	)
);

const status = JSON.parse(readFileSync('src/lib/i18n/status.json', 'utf8')) as {
	languages: Record<string, { reviewed: boolean; note?: string }>;
};
for (const code of configured) {
	const entry = status.languages[code];
	if (!entry) problems.push(`${code}: no entry in src/lib/i18n/status.json`);
	else
		console.log(
			`${code}: ${entry.reviewed ? 'reviewed' : 'NOT yet reviewed'}${entry.note ? ` – ${entry.note}` : ''}`
		);
}

for (const [name, check] of contentChecks) {
	const found = check();
	console.log(`${name}: ${found.length === 0 ? 'complete' : `${found.length} problem(s)`}`);
	problems.push(...found.map((p) => `${name}: ${p}`));
}

if (problems.length > 0) {
	console.error(`\n${problems.length} translation problem(s):`);
	for (const p of problems) console.error(`  - ${p}`);
	process.exit(1);
}
console.log('All languages complete.');
