import type { APIRequestContext } from '@playwright/test';
import type { RouteEntry } from '../support/route-tree';
import { isLvStaff, PERSONAS, type Asker } from './personas';
import type { ActionCheck, Check, Expect, Facts, RoutePolicy } from './policy';

/** What came back, read without following redirects. */
export interface Answer {
	status: number;
	location: string;
	body: string;
}

export interface Request {
	method: 'GET' | 'POST';
	path: string;
	form?: Record<string, string>;
	json?: unknown;
}

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/**
 * One HTTP request as a browser's form would send it: form posts carry the Origin SvelteKit's
 * CSRF check wants; redirects are not followed, so a 303 to the login page is seen as such.
 */
export async function send(
	request: APIRequestContext,
	baseURL: string,
	req: Request
): Promise<Answer> {
	// A browser's Accept: SvelteKit answers form posts that prefer JSON with JSON (status 200).
	const accept = req.json !== undefined ? 'application/json' : BROWSER_ACCEPT;
	const options = { maxRedirects: 0, failOnStatusCode: false, timeout: 30_000 };
	const response =
		req.method === 'GET'
			? await request.get(req.path, { ...options, headers: { accept } })
			: await request.post(req.path, {
					...options,
					headers: {
						accept,
						origin: baseURL,
						'content-type':
							req.json !== undefined ? 'application/json' : 'application/x-www-form-urlencoded'
					},
					data:
						req.json !== undefined
							? JSON.stringify(req.json)
							: new URLSearchParams(req.form ?? {}).toString()
				});
	return {
		status: response.status(),
		location: response.headers()['location'] ?? '',
		body: await response.text()
	};
}

/** Statuses an action may answer with once the guards let the request through. */
const ACTION_STATUSES = [200, 400, 409, 422, 429];

export function describeExpect(expect: Expect): string {
	if (typeof expect === 'string') return expect;
	if ('redirect' in expect) return `303 → ${expect.redirect}`;
	return `skip (${expect.skip})`;
}

/**
 * Checks one answer against the policy. Returns what is wrong (empty: as expected).
 * `forbiddenText`: other people's names, e-mail addresses and private text, which must not appear.
 */
export function judge(
	expect: Exclude<Expect, { skip: string }>,
	req: Request,
	answer: Answer,
	shows: string[],
	forbiddenText: string[]
): string[] {
	const problems: string[] = [];
	const got = `${answer.status}${answer.location ? ` → ${answer.location}` : ''}`;
	const wrong = (wanted: string) => problems.push(`expected ${wanted}, got ${got}`);
	if (answer.status >= 500) problems.push(`server error ${got}`);
	else if (expect === 'data') {
		if (answer.status !== 200) wrong('200 with data');
		else
			for (const text of shows)
				if (!answer.body.includes(text)) problems.push(`200 but without ${JSON.stringify(text)}`);
	} else if (expect === 'ok') {
		const redirectedAway = answer.status === 303 && !answer.location.startsWith('/login');
		if (!ACTION_STATUSES.includes(answer.status) && !redirectedAway)
			wrong(`an answer of the action itself (${ACTION_STATUSES.join('/')}, or 303 not to /login)`);
	} else if (expect === 'login') {
		const pathname = req.path.split('?')[0];
		const back = /^\/login\?redirectTo=([^&]*)/.exec(answer.location)?.[1];
		if (
			answer.status !== 303 ||
			back === undefined ||
			!decodeURIComponent(back).startsWith(pathname)
		)
			wrong(`303 → /login?redirectTo=${pathname}…`);
	} else if (expect === 'forbidden') {
		if (answer.status !== 403) wrong('403');
	} else if (expect === 'notFound') {
		if (answer.status !== 404) wrong('404');
	} else if (answer.status !== 303 || !expect.redirect.test(answer.location)) {
		wrong(`303 → ${expect.redirect}`);
	}
	for (const text of forbiddenText)
		if (answer.body.includes(text))
			problems.push(`shows ${JSON.stringify(text)}, which it must not`);
	return problems;
}

/**
 * Personal text this persona must not see in this answer: everyone's but their own, except that
 * staff of the people's municipality may see them where the policy lets them in: the answer is
 * data, or a refusal shown on a page they may see anyway (an action's 403 shows its page).
 */
export function forbiddenTextFor(
	persona: Asker,
	expect: Expect,
	facts: Facts,
	pageVisible = false
): string[] {
	if (isLvStaff(persona) && (expect === 'data' || expect === 'ok' || pageVisible)) return [];
	return Object.entries(facts.people)
		.filter(([owner]) => owner !== persona)
		.flatMap(([, person]) => [person.name, person.email, ...person.secrets]);
}

/** One request of the matrix. */
export interface Job {
	persona: Asker;
	label: string;
	/** 0: pages and files; 1: actions; 2: actions that change what the others look at; 3: ending sessions. */
	phase: 0 | 1 | 2 | 3;
	req: Request;
	expect: Expect;
	shows: string[];
	/** Text that must not be in the answer (other people's data). */
	hides: string[];
	freshSession: boolean;
}

/** Routes or actions the tree has and the policy does not classify, and the other way round. */
export function classificationProblems(
	tree: RouteEntry[],
	policy: Record<string, RoutePolicy>
): string[] {
	const problems: string[] = [];
	const ids = new Set(tree.map((r) => r.id));
	const missingPersonas = (what: string, check: Check | undefined) => {
		if (!check) return;
		const absent = PERSONAS.filter((p) => !check.who[p]);
		if (absent.length) problems.push(`${what}: no rule for ${absent.join(', ')}`);
	};
	for (const route of tree) {
		const entry = policy[route.id];
		if (!entry) {
			problems.push(
				`${route.id}: route not classified in tests/access/policy.ts (say who gets what)`
			);
			continue;
		}
		const hasGet = route.page || route.methods.includes('GET');
		if (hasGet && !entry.get) problems.push(`${route.id}: GET not classified`);
		if (!hasGet && entry.get) problems.push(`${route.id}: policy has GET, the route has none`);
		missingPersonas(`${route.id} GET`, entry.get);
		for (const name of route.actions) {
			if (!entry.actions?.[name])
				problems.push(`${route.id}?/${name}: action not classified in tests/access/policy.ts`);
			missingPersonas(`${route.id}?/${name}`, entry.actions?.[name]);
		}
		for (const name of Object.keys(entry.actions ?? {}))
			if (!route.actions.includes(name))
				problems.push(`${route.id}?/${name}: policy names an action the route no longer has`);
		for (const method of route.methods.filter((m) => m !== 'GET')) {
			if (!entry.methods?.[method])
				problems.push(`${route.id} ${method}: method not classified in tests/access/policy.ts`);
			missingPersonas(`${route.id} ${method}`, entry.methods?.[method]);
		}
		for (const method of Object.keys(entry.methods ?? {}))
			if (!route.methods.includes(method))
				problems.push(`${route.id} ${method}: policy names a method the route no longer has`);
		if (route.params.length && !entry.params)
			problems.push(
				`${route.id}: policy says nothing about how to fill [${route.params.join('], [')}]`
			);
	}
	for (const [id, entry] of Object.entries(policy))
		if (!ids.has(id) && !entry.optional)
			problems.push(
				`${id}: in the policy, but no such route any more (remove it, or mark it optional)`
			);
	return problems;
}

export function actionRequest(
	path: string,
	name: string,
	check: ActionCheck,
	facts: Facts
): Request {
	return {
		method: 'POST',
		path: name === 'default' ? path : `${path}?/${name}`,
		form: check.form?.(facts),
		json: check.json
	};
}
