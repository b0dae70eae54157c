/**
 * Shapes of the digital information session (voorlichting) content.
 * Dutch (nl) is the source language; en, ar and ti are full translations with the same structure.
 */

export const LOCALES = ['nl', 'en', 'ar', 'ti'] as const;
export type Locale = (typeof LOCALES)[number];

/** Module slugs are fixed: routes, progress records and other capabilities link to them. */
export const MODULE_SLUGS = [
	'how-it-works',
	'rights',
	'duties',
	'measures',
	'help',
	'next-steps'
] as const;
export type ModuleSlug = (typeof MODULE_SLUGS)[number];

/** 'draft' until a reviewer (translator or content owner) has checked the text; shown to staff. */
export type TranslationStatus = 'draft' | 'reviewed';

export interface InfoLink {
	label: string;
	href: string;
}

/** One phone-sized screen of a module. */
export interface InfoScreen {
	heading: string;
	paragraphs: string[];
	bullets?: string[];
	links?: InfoLink[];
}

export interface QuizOption {
	id: string;
	text: string;
}

export interface QuizQuestion {
	id: string;
	question: string;
	options: QuizOption[];
	/** Id of the correct option. */
	correct: string;
	/** Why the correct answer is right; shown after a wrong answer. */
	explanation: string;
}

/** A module as stored in `<locale>.json`, keyed by slug. */
export interface InfoModuleContent {
	title: string;
	/** One sentence shown in the module list. */
	summary: string;
	/** Icon name; the file is `static/info-session/<icon>.svg`. */
	icon: string;
	screens: InfoScreen[];
	/** What the person confirms knowing; used for the printable summary. */
	keyPoints: string[];
	quiz: QuizQuestion[];
}

/** A module as returned by the loader: the stored content plus its slug. */
export interface InfoModule extends InfoModuleContent {
	slug: ModuleSlug;
}

export interface InfoSessionFile {
	modules: Record<string, InfoModuleContent>;
}

export interface InfoSessionMeta {
	version: string;
	modules: string[];
	translationStatus: Record<string, Record<string, string>>;
}
