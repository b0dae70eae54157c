/**
 * Reads the caseload's filters, sort and page from the address (a plain GET form, so it works
 * without JavaScript and can be bookmarked). Unknown values are ignored, never an error.
 */
import {
	CASELOAD_SORTS,
	type CaseloadQuery,
	type CaseloadScope,
	type CaseloadSort
} from './caseload';
import { OWN_FLAGS, PROVIDED_FLAGS, type CaseloadFlag } from './flags';
import { CATEGORIES, PHASES, ROUTES, type Category, type Phase, type Route } from './vocabulary';
import { CONSULTANT_ROLES } from './assignment';
import { cleanText } from '../forms/parse';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(value: string | null, options: readonly T[]): T | undefined {
	return value && (options as readonly string[]).includes(value) ? (value as T) : undefined;
}

export interface CaseloadParams {
	/** 'mine', 'all', 'unassigned' or a consultant id. */
	scope: string;
	phase?: Phase;
	route?: Route;
	category?: Category;
	flag?: CaseloadFlag;
	q: string;
	sort: CaseloadSort;
	descending: boolean;
	page: number;
}

export function readCaseloadParams(
	params: URLSearchParams,
	viewer: { id: string; role: string }
): CaseloadParams {
	const isConsultant = (CONSULTANT_ROLES as readonly string[]).includes(viewer.role);
	const scopeParam = params.get('scope') ?? '';
	const scope =
		scopeParam === 'all' ||
		scopeParam === 'unassigned' ||
		scopeParam === 'mine' ||
		UUID.test(scopeParam)
			? scopeParam
			: isConsultant
				? 'mine'
				: 'all';
	const page = Number(params.get('page') ?? '1');
	return {
		scope,
		phase: oneOf(params.get('phase'), PHASES),
		route: oneOf(params.get('route'), ROUTES),
		category: oneOf(params.get('category'), CATEGORIES),
		flag: oneOf(params.get('flag'), [...OWN_FLAGS, ...PROVIDED_FLAGS]),
		q: cleanText(params.get('q') ?? '').slice(0, 100),
		sort: oneOf(params.get('sort'), CASELOAD_SORTS) ?? 'name',
		descending: params.get('dir') === 'desc',
		page: Number.isInteger(page) && page > 0 && page < 100_000 ? page : 1
	};
}

export function toCaseloadQuery(
	p: CaseloadParams,
	viewer: { id: string; municipalityId: string }
): CaseloadQuery {
	const scope: CaseloadScope =
		p.scope === 'all'
			? { kind: 'all' }
			: p.scope === 'unassigned'
				? { kind: 'unassigned' }
				: { kind: 'consultant', consultantId: p.scope === 'mine' ? viewer.id : p.scope };
	return {
		municipalityId: viewer.municipalityId,
		scope,
		phase: p.phase,
		route: p.route,
		category: p.category,
		flag: p.flag,
		search: p.q || undefined,
		sort: p.sort,
		descending: p.descending,
		page: p.page,
		pageSize: 25
	};
}
