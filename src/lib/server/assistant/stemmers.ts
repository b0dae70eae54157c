/**
 * Snowball stemmers, loaded in a way that works under Vite/vitest (ESM) and under tsx in both
 * ESM and CommonJS mode (the package is a UMD bundle that marks itself `__esModule` without a
 * default export).
 */
import * as snowballNs from 'snowball-stemmers';
import type { Stemmer } from 'snowball-stemmers';

type Factory = { newStemmer(language: string): Stemmer };
const ns = snowballNs as unknown as Partial<Factory> & { default?: Factory };
const factory: Factory =
	typeof ns.newStemmer === 'function' ? (ns as Factory) : (ns.default as Factory);

export const dutchStemmer = factory.newStemmer('dutch');
export const englishStemmer = factory.newStemmer('english');
export const arabicStemmer = factory.newStemmer('arabic');
