/**
 * Typed loader for the digital information session (voorlichting): six modules per language,
 * bundled as JSON. Dutch is the source; the other languages are translations marked
 * draft/reviewed in meta.json.
 */
import meta from './meta.json';
import nl from './nl.json';
import en from './en.json';
import ar from './ar.json';
import ti from './ti.json';
import { checkContent, checkMeta } from './check';
import {
	LOCALES,
	MODULE_SLUGS,
	type InfoModule,
	type InfoSessionFile,
	type InfoSessionMeta,
	type Locale,
	type ModuleSlug,
	type TranslationStatus
} from './types';

export * from './types';
export { checkContent, checkMeta } from './check';

// `satisfies` makes the compiler check every language file against the shared shape.
const CONTENT = { nl, en, ar, ti } satisfies Record<Locale, InfoSessionFile>;
const META = meta satisfies InfoSessionMeta;

/** Content version; stored with a completion so we know which text a person confirmed. */
export const INFO_SESSION_VERSION: string = META.version;

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function isModuleSlug(value: unknown): value is ModuleSlug {
	return typeof value === 'string' && (MODULE_SLUGS as readonly string[]).includes(value);
}

/** All modules of a language, in the fixed order of MODULE_SLUGS. */
export function getModules(locale: Locale): InfoModule[] {
	return MODULE_SLUGS.flatMap((slug) => {
		const mod = getModule(locale, slug);
		return mod ? [mod] : [];
	});
}

export function getModule(locale: Locale, slug: string): InfoModule | undefined {
	if (!isModuleSlug(slug)) return undefined;
	const modules: InfoSessionFile['modules'] = CONTENT[locale].modules;
	const mod = modules[slug];
	return mod ? { ...mod, slug } : undefined;
}

/** Public path of a module's icon (served from static/). */
export function getModuleIconPath(module: Pick<InfoModule, 'icon'>): string {
	return `/info-session/${module.icon}.svg`;
}

/** Review status per language and module; anything not marked "reviewed" counts as draft. */
export function getTranslationStatus(): Record<Locale, Record<ModuleSlug, TranslationStatus>> {
	const status = {} as Record<Locale, Record<ModuleSlug, TranslationStatus>>;
	for (const locale of LOCALES) {
		const perModule: Record<string, string> = META.translationStatus[locale] ?? {};
		status[locale] = {} as Record<ModuleSlug, TranslationStatus>;
		for (const slug of MODULE_SLUGS) {
			status[locale][slug] = perModule[slug] === 'reviewed' ? 'reviewed' : 'draft';
		}
	}
	return status;
}

/** Problems in the bundled content (missing modules, mismatched ids, empty text); [] when fine. */
export function checkInfoSessionContent(): string[] {
	return [...checkMeta(META), ...checkContent(CONTENT)];
}
