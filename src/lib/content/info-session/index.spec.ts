import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import nl from './nl.json';
import en from './en.json';
import ar from './ar.json';
import ti from './ti.json';
import meta from './meta.json';
import {
	INFO_SESSION_VERSION,
	LOCALES,
	MODULE_SLUGS,
	checkContent,
	checkInfoSessionContent,
	checkMeta,
	getModule,
	getModuleIconPath,
	getModules,
	getTranslationStatus,
	type InfoSessionFile,
	type Locale
} from './index';

const files = (): Record<Locale, InfoSessionFile> => structuredClone({ nl, en, ar, ti });

describe('information session content', () => {
	it('has no consistency problems', () => {
		expect(checkInfoSessionContent()).toEqual([]);
	});

	it('has a correct answer among the options of every question, in every language', () => {
		for (const locale of LOCALES) {
			for (const mod of getModules(locale)) {
				for (const question of mod.quiz) {
					const optionIds = question.options.map((option) => option.id);
					expect(optionIds, `${locale}/${mod.slug} ${question.id}`).toContain(question.correct);
				}
			}
		}
	});

	it('returns the six modules in the fixed order for every language', () => {
		for (const locale of LOCALES) {
			expect(getModules(locale).map((mod) => mod.slug)).toEqual([...MODULE_SLUGS]);
		}
		expect(getModule('ar', 'duties')?.title).toBe(ar.modules.duties.title);
		expect(getModule('en', 'no-such-module')).toBeUndefined();
	});

	it('marks every translation as draft until it is reviewed', () => {
		const status = getTranslationStatus();
		for (const locale of LOCALES) {
			expect(Object.values(status[locale])).toEqual(MODULE_SLUGS.map(() => 'draft'));
		}
		expect(INFO_SESSION_VERSION).toBe('2026-11-28.1');
	});

	it('has a small, script-free icon in static/ for every module', () => {
		for (const mod of getModules('nl')) {
			const url = new URL(`../../../../static${getModuleIconPath(mod)}`, import.meta.url);
			const svg = readFileSync(url, 'utf8');
			expect(svg).toContain('viewBox="0 0 64 64"');
			expect(svg).not.toMatch(/<script|<text|\son\w+=|href=/i);
			expect(svg.length).toBeLessThan(2000);
		}
	});
});

describe('content checker', () => {
	it('catches a missing module, a missing option and a changed correct answer', () => {
		const broken = files();
		delete (broken.ti.modules as Record<string, unknown>)['help'];
		broken.ar.modules.rights.quiz[0].options.splice(1, 1); // removes the correct option "b"
		broken.en.modules.duties.quiz[1].correct = 'c';

		const problems = checkContent(broken);
		expect(problems).toContain('ti/help: module is missing');
		expect(problems).toContain('ar/rights q1: option ids [a,c] differ from nl [a,b,c]');
		expect(problems).toContain('ar/rights q1: correct answer "b" is not one of the options');
		expect(problems).toContain('en/duties q2: correct answer "c" differs from nl');
	});

	it('catches empty text, a different screen count and different quiz ids', () => {
		const broken = files();
		broken.en.modules.measures.screens[0].paragraphs[1] = '  ';
		broken.ar.modules['next-steps'].screens.pop();
		broken.ti.modules['how-it-works'].quiz[2].id = 'q9';
		broken.nl.modules.help.summary = '';

		const problems = checkContent(broken);
		expect(problems).toContain('en/measures screen 1: paragraphs[1] is empty');
		expect(problems).toContain('ar/next-steps: has 2 screens, nl has 3');
		expect(problems).toContain('ti/how-it-works: question ids [q1,q2,q9] differ from nl [q1,q2,q3]');
		expect(problems).toContain('nl/help: summary is missing or empty');
	});

	it('catches a translation that drops a bullet or changes a link', () => {
		const broken = files();
		broken.ar.modules.duties.screens[0].bullets?.pop();
		const link = broken.ti.modules.rights.screens[2].links?.[0];
		if (link) link.href = 'http://example.org/';

		const problems = checkContent(broken);
		expect(problems).toContain('ar/duties screen 1: bullets count 5 differs from nl (6)');
		expect(problems).toContain('ti/rights screen 3: links[0] href must start with https://');
		expect(problems).toContain('ti/rights screen 3: links[0] href differs from nl');
	});

	it('catches metadata that does not list every module and language', () => {
		const broken = structuredClone(meta) as { modules: string[]; translationStatus: Record<string, unknown> };
		broken.modules = broken.modules.slice(1);
		delete broken.translationStatus.ti;

		const problems = checkMeta(broken);
		expect(problems.some((p) => p.startsWith('meta: modules must be exactly'))).toBe(true);
		expect(problems).toContain('meta: translationStatus.ti.help must be "draft" or "reviewed"');
		expect(checkMeta(meta)).toEqual([]);
	});
});
