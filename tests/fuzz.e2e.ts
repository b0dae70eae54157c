import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { login, register, totpCode, uniqueEmail } from './support/helpers';
import { fillRoute, routeTree } from './support/route-tree';
import { crawl, parsePage, type DiscoveredForm } from './fuzz/discover';
import {
	ROUND_TRIP_TEXTS,
	assistantBodies,
	expectedStored,
	EMOJI,
	ARABIC,
	RTL_OVERRIDE,
	geez
} from './fuzz/payloads';
import { casesFor, pool, sendCase, TRANSLATIONS, urlEncoded, type Outcome } from './fuzz/send';

/**
 * Fuzzes every form action and API endpoint of the route tree over real HTTP against the built
 * server: hostile, malformed, oversized and Unicode-edge input must never give a 5xx, rejections
 * show a translated message and keep what was typed, and known stored values survive untouched.
 */

/** Actions and endpoints not fuzzed, each with its reason. Keep this short. */
const EXEMPT: Record<string, string> = {};

const ROUTES = routeTree();
const IN_FLIGHT = 4;

interface Persona {
	key: string;
	page: Page;
	request: APIRequestContext;
}

async function persona(browser: Browser, key: string): Promise<Persona> {
	const context = await browser.newContext({ locale: 'nl-NL' });
	const page = await context.newPage();
	return { key, page, request: context.request };
}

async function html(p: Persona, path: string): Promise<string> {
	const response = await p.request.get(path, { maxRedirects: 0, headers: { accept: 'text/html' } });
	expect(response.status(), `GET ${path} as ${p.key}`).toBe(200);
	return response.text();
}

async function formsOn(p: Persona, baseURL: string, path: string) {
	return (await parsePage(p.page, await html(p, path), baseURL + path)).forms;
}

/** A good post of a form as the page shows it, with some fields set: expects a redirect. */
async function postGood(
	p: Persona,
	baseURL: string,
	path: string,
	action: string,
	values: Record<string, string>
): Promise<string> {
	const forms = await formsOn(p, baseURL, path);
	const found = forms.find((f) => f.action.includes(action));
	expect(found, `form ${action} on ${path}`).toBeTruthy();
	const body = found!.fields.map((f) => [f.name, f.name in values ? values[f.name] : f.value]);
	for (const [name, value] of Object.entries(values))
		if (!body.some(([n]) => n === name)) body.push([name, value]);
	const response = await p.request.post(found!.action, {
		data: urlEncoded(body as [string, string][]),
		headers: {
			origin: baseURL,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		maxRedirects: 0
	});
	expect(
		response.status(),
		`good post ${action} on ${path}: ${(await response.text()).slice(0, 300)}`
	).toBe(303);
	return response.headers().location ?? '';
}

async function exportOf(p: Persona) {
	const response = await p.request.get('/my/data/download');
	expect(response.status()).toBe(200);
	const data = await response.json();
	return { account: data.account, sections: data.sections };
}

async function clientId(staff: Persona, email: string): Promise<string> {
	const page = await html(staff, `/staff/clients?q=${encodeURIComponent(email)}`);
	const id = /href="\/staff\/clients\/([0-9a-f-]{36})"/.exec(page)?.[1];
	expect(id, `client ${email} in the staff list`).toBeTruthy();
	return id!;
}

/** Field values of the forms on a page, for "unchanged" checks. */
async function formValues(p: Persona, baseURL: string, path: string) {
	return (await formsOn(p, baseURL, path)).map((f) => ({
		action: f.action,
		values: f.fields.map((x) => `${x.name}=${x.value}`)
	}));
}

function inArea(routeId: string, area: 'public' | 'person' | 'staff'): boolean {
	const staff = routeId === '/staff' || routeId.startsWith('/staff/');
	if (area === 'staff') return staff;
	if (staff) return false;
	if (area === 'person') return true;
	return !/^\/(my|account|appointments|questionnaire)(\/|$)/.test(routeId);
}

function parameterless(area: 'public' | 'person' | 'staff'): string[] {
	return ROUTES.filter((r) => r.page && r.params.length === 0 && inArea(r.id, area))
		.map((r) => r.id)
		.filter((id) => id !== '/logout');
}

/** Actions that end sessions: never posted with a shared (cached demo) session. */
const SESSION_ENDING = new Set([
	'/logout default',
	'/account logoutEverywhere',
	'/account password'
]);

test('fuzz: every form action and endpoint survives hostile input, and stored values stay intact', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(600_000);
	const base = baseURL!;
	const started = Date.now();
	const outcomes: Outcome[] = [];
	const covered = new Map<string, string>(); // "route action" or "METHOD route" → persona
	const run = async (p: Persona, form: DiscoveredForm, size: 'full' | 'reduced') => {
		const blind = form.foundOn.startsWith('(');
		const label = `${form.routeId} ${form.action} [${p.key}${blind ? ', blind' : ''}]`;
		const cases = casesFor(form, base, size);
		// One case at a time per form: cases of one form may change the same row.
		const results = await pool(cases, 1, (c) =>
			sendCase(p.request, p.page, { url: form.url, label, blind }, c)
		);
		outcomes.push(...results);
		if (!covered.has(`${form.routeId} ${form.action}`))
			covered.set(`${form.routeId} ${form.action}`, p.key);
	};

	// --- Personas -------------------------------------------------------------------------
	const anonymous = await persona(browser, 'anonymous');
	const applicant = await persona(browser, 'applicant');
	const applicantEmail = uniqueEmail('fuzz');
	await register(applicant.page, { name: 'Fuzz Aanvrager', email: applicantEmail });
	await expect(applicant.page).toHaveURL(/\/my$/);
	const keeper = await persona(browser, 'keeper');
	const keeperEmail = uniqueEmail('bewaard');
	const keeperName = `Bewaard ${EMOJI} ${ARABIC.slice(0, 10)} ${RTL_OVERRIDE}`;
	await register(keeper.page, { name: keeperName, email: keeperEmail });
	await expect(keeper.page).toHaveURL(/\/my$/);
	const klant = await persona(browser, 'klant');
	await login(klant.page, 'klant@example.org');
	const consulent = await persona(browser, 'consulent');
	await login(consulent.page, 'consulent@example.org');
	const admin = await persona(browser, 'admin');
	await login(admin.page, 'admin@example.org');

	// --- Known good values, stored before the fuzz ----------------------------------------
	const today = (await formsOn(keeper, base, '/my/job-applications'))
		.find((f) => f.action.includes('?/log'))!
		.fields.find((f) => f.name === 'appliedOn')!.value;
	const keeperApplication = { employer: geez(100), position: ARABIC };
	await postGood(keeper, base, '/my/job-applications', '?/log', {
		...keeperApplication,
		appliedOn: today
	});
	await postGood(applicant, base, '/my/job-applications', '?/log', {
		employer: `Werkgever ${EMOJI}`,
		position: `Functie ${RTL_OVERRIDE}`,
		appliedOn: today
	});
	// The first questionnaire section, saved for later with Unicode-edge text where there is text.
	const questionnaire = await html(keeper, '/questionnaire');
	const firstSection = /href="(\/questionnaire\/(?!how-it-works|review)[\w-]+)"/.exec(
		questionnaire
	)?.[1];
	expect(firstSection, 'a questionnaire section').toBeTruthy();
	const sectionForm = (await formsOn(keeper, base, firstSection!)).find((f) =>
		f.action.startsWith(firstSection!)
	)!;
	const sectionValues: Record<string, string> = { intent: 'later' };
	let texts = 0;
	for (const field of sectionForm.fields) {
		if (field.type === 'text' || field.tag === 'textarea')
			sectionValues[field.name] = ROUND_TRIP_TEXTS[texts++ % ROUND_TRIP_TEXTS.length].input;
		else if (field.options.length) sectionValues[field.name] = field.options.find(Boolean) ?? '';
	}
	await postGood(keeper, base, firstSection!, sectionForm.action, sectionValues);
	// A seat in an information session for both applicants.
	for (const p of [keeper, applicant]) await postGood(p, base, '/appointments/book', '?/book', {});
	const keeperBefore = await exportOf(keeper);
	const applicantBefore = await exportOf(applicant);

	// Round trip of valid Unicode-edge input, as the app intentionally normalises it.
	expect(keeperBefore.account.name).toBe(expectedStored(keeperName, false));
	expect(keeperBefore.account.name).not.toContain('\u202E');
	expect(JSON.stringify(keeperBefore.sections)).toContain(
		JSON.stringify(keeperApplication.employer)
	);
	expect(JSON.stringify(keeperBefore.sections)).toContain(
		JSON.stringify(keeperApplication.position)
	);
	expect(JSON.stringify(applicantBefore.sections)).toContain(
		JSON.stringify(expectedStored(`Functie ${RTL_OVERRIDE}`, false))
	);
	const storedAnswers = JSON.stringify(keeperBefore.sections);
	for (const [name, value] of Object.entries(sectionValues)) {
		const field = sectionForm.fields.find((f) => f.name === name);
		if (!field || !(field.type === 'text' || field.tag === 'textarea')) continue;
		expect(storedAnswers, `questionnaire answer ${name}`).toContain(
			JSON.stringify(expectedStored(value, field.tag === 'textarea')).slice(1, -1)
		);
	}

	// A staff note on the keeper's file, with RTL override, emoji, Arabic, Ge'ez and two lines.
	const keeperId = await clientId(consulent, keeperEmail);
	const applicantId = await clientId(consulent, applicantEmail);
	const note = `Eerste regel ${RTL_OVERRIDE} ${EMOJI}\r\n${ARABIC} ${geez(40)} e\u0301`;
	await postGood(consulent, base, `/staff/clients/${keeperId}`, '?/note', { body: note });
	const noteText = async () =>
		consulent.page.evaluate(
			(source) =>
				new DOMParser().parseFromString(source, 'text/html').querySelector('#trajectory-notes')
					?.textContent ?? '',
			await html(consulent, `/staff/clients/${keeperId}`)
		);
	expect(await noteText()).toContain(expectedStored(note, true));

	// Two slots far from the demo ones: one kept, one for the fuzz.
	const slotForm = (await formsOn(consulent, base, '/staff/slots')).find((f) =>
		f.action.includes('?/create')
	)!;
	const slotDate = slotForm.fields.find((f) => f.name === 'date')!.value;
	const slotIds: string[] = [];
	for (const time of ['06:35', '06:55']) {
		const location = await postGood(consulent, base, '/staff/slots', '?/create', {
			type: 'intake',
			startTime: time,
			weeks: '1',
			talkCount: '0'
		});
		const list = await html(consulent, location);
		const id = await consulent.page.evaluate(
			([source, at]) =>
				Array.from(new DOMParser().parseFromString(source, 'text/html').querySelectorAll('a'))
					.filter((a) => (a.textContent ?? '').includes(at))
					.map((a) => /^\/staff\/slots\/([0-9a-f-]{36})$/.exec(a.getAttribute('href') ?? '')?.[1])
					.find(Boolean),
			[list, time] as [string, string]
		);
		expect(id, `slot at ${time} on ${slotDate}`).toBeTruthy();
		slotIds.push(id!);
	}
	const [keptSlot, fuzzSlot] = slotIds;
	const keptSlotBefore = await formValues(consulent, base, `/staff/slots/${keptSlot}`);

	// --- Discovery: the forms each persona can use ------------------------------------------
	const targets: { persona: Persona; form: DiscoveredForm; size: 'full' | 'reduced' }[] = [];
	const seen = new Set<string>();
	const discover = async (
		p: Persona,
		start: string[],
		allow: (routeId: string, path: string) => boolean,
		size: 'full' | 'reduced' = 'full'
	) => {
		const { forms } = await crawl(p.request, p.page, base, {
			start,
			follow: (path, routeId) => allow(routeId, path),
			maxPages: 60
		});
		for (const form of forms) {
			const key = `${form.routeId} ${form.action}`;
			if (SESSION_ENDING.has(key)) continue;
			const personaKey = `${key} ${p.key}`;
			if (seen.has(personaKey)) continue;
			seen.add(personaKey);
			const first = ![...seen].some((k) => k.startsWith(key + ' ') && k !== personaKey);
			targets.push({ persona: p, form, size: first ? size : 'reduced' });
		}
	};
	const ours = (path: string) =>
		path === '' ||
		[applicantId, fuzzSlot].some((id) => path.includes(id)) ||
		/^\/staff\/assistant\/[^/]+\/[^/]+$/.test(path);
	await discover(anonymous, parameterless('public'), (id) => inArea(id, 'public'));
	await discover(applicant, parameterless('person'), (id) => inArea(id, 'person'));
	await discover(
		klant,
		['/my', '/my/job-applications', '/account', '/assistant', '/appointments/book'],
		() => false,
		'reduced'
	);
	await discover(
		consulent,
		[...parameterless('staff'), `/staff/clients/${applicantId}`, `/staff/slots/${fuzzSlot}`],
		(id, path) => inArea(id, 'staff') && ours(path)
	);
	await discover(admin, parameterless('staff'), (id, path) => inArea(id, 'staff') && ours(path));
	// Actions whose form only shows in a state the crawl does not reach (a conversation turn, a
	// trajectory module, a work wish): posted with the fields of a form of the same route.
	const discovered = new Set(targets.map((t) => `${t.form.routeId} ${t.form.action}`));
	for (const route of ROUTES) {
		for (const action of route.actions) {
			const key = `${route.id} ${action}`;
			if (
				discovered.has(key) ||
				SESSION_ENDING.has(key) ||
				route.id.startsWith('/login/two-factor')
			)
				continue;
			const sibling = targets.find((t) => t.form.routeId === route.id);
			if (route.params.length > 0 && !sibling) continue;
			const area = inArea(route.id, 'staff')
				? 'staff'
				: inArea(route.id, 'public')
					? 'public'
					: 'person';
			const who =
				sibling?.persona ?? { staff: consulent, person: applicant, public: anonymous }[area];
			const path = sibling ? sibling.form.url.split('?')[0] : route.id;
			targets.push({
				persona: who,
				size: 'full',
				form: {
					routeId: route.id,
					action,
					url: action === 'default' ? path : `${path}?/${action}`,
					foundOn: '(not shown: fields of a sibling form)',
					fields: sibling?.form.fields ?? [
						{ name: 'id', tag: 'input', type: 'hidden', value: '', options: [] }
					]
				}
			});
			console.log(`  ${key} [${who.key}] blind`);
		}
	}
	// Cancelling goes last: it ends what the other actions act on.
	targets.sort((a, b) => Number(a.form.action === 'cancel') - Number(b.form.action === 'cancel'));

	// --- Fuzz the forms ---------------------------------------------------------------------
	const mark = (phase: string) =>
		console.log(
			`fuzz: ${phase} after ${Math.round((Date.now() - started) / 1000)} s, ${outcomes.length} requests`
		);
	mark(`discovered ${targets.length} forms`);
	for (const t of targets)
		console.log(
			`  ${t.form.routeId} ${t.form.action} [${t.persona.key}, ${t.size}] ${t.form.fields.map((f) => f.name).join(',')}`
		);
	await pool(targets, IN_FLIGHT, (t) => run(t.persona, t.form, t.size));

	mark('forms fuzzed');
	// --- The JSON API -----------------------------------------------------------------------
	for (const route of ROUTES.filter(
		(r) => r.methods.includes('POST') && r.id.startsWith('/api/')
	)) {
		const results = await pool(assistantBodies(), IN_FLIGHT, async ([name, type, body]) => {
			const problems: string[] = [];
			const response = await anonymous.request.post(route.id, {
				data: body,
				headers: { 'content-type': type, origin: 'https://evil.example' },
				maxRedirects: 0,
				failOnStatusCode: false
			});
			const status = response.status();
			// 403: a form content type from another site (SvelteKit's CSRF check).
			if (![200, 400, 403, 413, 415, 429].includes(status)) problems.push(`status ${status}`);
			if (status === 403 && type.includes('json')) problems.push('JSON refused as cross-site');
			if (status === 400) {
				const json = await response.json().catch(() => null);
				const message = json?.error;
				if (typeof message !== 'string' || !message) problems.push('400 without an error text');
				else if (TRANSLATIONS.keys.has(message)) problems.push(`untranslated error ${message}`);
			}
			if (name === 'huge-json' && status !== 400 && status !== 413)
				problems.push(`huge JSON: ${status}`);
			return { target: `POST ${route.id}`, name, status, problems, keptChecked: 0 };
		});
		outcomes.push(...results);
		covered.set(`POST ${route.id}`, 'anonymous');
	}

	// --- GET endpoints: hostile path parameters and query strings ----------------------------
	const hostileParams = [
		'not-a-uuid',
		"1' OR '1'='1",
		'..%2F..%2Fetc%2Fpasswd',
		'00000000-0000-0000-0000-000000000000',
		'x'.repeat(3000),
		'%00',
		'%E2%80%AE'
	];
	const hostileQuery = `?from=${encodeURIComponent("' OR 1=1 --")}&to=2026-02-30&type=%00&month=9999-99&locale=../../x&q=${encodeURIComponent(geez(300))}`;
	for (const route of ROUTES.filter((r) => r.methods.includes('GET'))) {
		const who = route.id.startsWith('/staff')
			? consulent
			: route.id.startsWith('/my') || route.id.startsWith('/appointments')
				? applicant
				: anonymous;
		const paths =
			route.params.length === 0
				? [route.id + hostileQuery, route.id + '?' + 'a=1&'.repeat(2000)]
				: hostileParams.map((value) =>
						fillRoute(
							route.id,
							Object.fromEntries(route.params.map((n) => [n, 'PLACEHOLDER']))
						).replace(/PLACEHOLDER/g, value)
					);
		const results = await pool(paths, IN_FLIGHT, async (path) => {
			const response = await who.request.get(path, { maxRedirects: 0, failOnStatusCode: false });
			const status = response.status();
			const problems =
				status >= 500 || ![200, 303, 400, 403, 404, 414, 431].includes(status)
					? [`status ${status}`]
					: [];
			return {
				target: `GET ${route.id} [${who.key}]`,
				name: path.slice(0, 80),
				status,
				problems,
				keptChecked: 0
			};
		});
		outcomes.push(...results);
		covered.set(`GET ${route.id}`, who.key);
	}

	mark('API and endpoints fuzzed');
	for (const o of outcomes.filter((x) => x.problems.length).slice(0, 150))
		console.log(`  PROBLEM ${o.target} ${o.name} (${o.status}): ${o.problems.join('; ')}`);
	// --- Session-ending actions, with accounts of their own ------------------------------------
	const throwaway = await persona(browser, 'throwaway');
	await register(throwaway.page, { name: 'Wegwerp', email: uniqueEmail('wegwerp') });
	const accountForms = await crawl(throwaway.request, throwaway.page, base, {
		start: ['/account', '/logout'],
		follow: () => false
	});
	for (const form of accountForms.forms.filter((f) =>
		SESSION_ENDING.has(`${f.routeId} ${f.action}`)
	)) {
		if (covered.has(`${form.routeId} ${form.action}`)) continue;
		await run(throwaway, form, 'full');
	}

	// Second factor: a staff account of our own (created by the admin), so wrong codes lock only it.
	const staffEmail = uniqueEmail('fuzz.staf');
	const created = await admin.request.post('/staff/admin/users?/create', {
		data: urlEncoded([
			['name', 'Fuzz Medewerker'],
			['email', staffEmail],
			['role', 'work_consultant']
		]),
		headers: {
			origin: base,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		maxRedirects: 0
	});
	expect(created.status()).toBe(200);
	const password = await admin.page.evaluate(
		(source) =>
			new DOMParser().parseFromString(source, 'text/html').querySelector('[role="status"] code')
				?.textContent ?? '',
		await created.text()
	);
	expect(password).not.toBe('');
	const staffLogin = async (key: string) => {
		const p = await persona(browser, key);
		const response = await p.request.post('/login', {
			data: urlEncoded([
				['email', staffEmail],
				['password', password]
			]),
			headers: {
				origin: base,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			maxRedirects: 0
		});
		expect(response.status()).toBe(303);
		return { p, location: response.headers().location };
	};
	const enrolling = await staffLogin('new staff (enrolling)');
	expect(enrolling.location).toContain('/login/two-factor');
	const setupForms = await crawl(enrolling.p.request, enrolling.p.page, base, {
		start: ['/login/two-factor/setup'],
		follow: () => false
	});
	for (const form of setupForms.forms.filter((f) => f.routeId === '/login/two-factor/setup'))
		await run(enrolling.p, form, 'full');
	// Enrol for real: the key shown and the form from one and the same page.
	const setupPage = await html(enrolling.p, '/login/two-factor/setup');
	const enrolment = await enrolling.p.page.evaluate((source) => {
		const doc = new DOMParser().parseFromString(source, 'text/html');
		const key = doc.querySelector<HTMLInputElement>('input[name="key"]')?.getAttribute('value');
		return { manual: doc.querySelector('[data-testid="manual-key"]')?.textContent ?? '', key };
	}, setupPage);
	const enrolled = await enrolling.p.request.post('/login/two-factor/setup', {
		data: urlEncoded([
			['key', enrolment.key ?? ''],
			['code', totpCode(decodeBase32IgnorePadding(enrolment.manual.replace(/\s+/g, '')))]
		]),
		headers: {
			origin: base,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		maxRedirects: 0
	});
	expect([200, 303]).toContain(enrolled.status());
	const verifying = await staffLogin('new staff (second factor)');
	expect(verifying.location).toMatch(/^\/login\/two-factor(\?|$)/);
	{
		const twoFactorForms = await crawl(verifying.p.request, verifying.p.page, base, {
			start: ['/login/two-factor', '/login/two-factor/recovery'],
			follow: () => false
		});
		for (const form of twoFactorForms.forms.filter((f) =>
			f.routeId.startsWith('/login/two-factor')
		))
			if (!covered.has(`${form.routeId} ${form.action}`)) await run(verifying.p, form, 'full');
	}

	// --- Stored values after the fuzz ------------------------------------------------------------
	const keeperAfter = await exportOf(keeper);
	expect(keeperAfter, 'the keeper applicant’s data, byte for byte').toEqual(keeperBefore);
	const applicantAfter = await exportOf(applicant);
	expect(JSON.stringify(applicantAfter.sections)).toContain(
		JSON.stringify(expectedStored(`Functie ${RTL_OVERRIDE}`, false))
	);
	expect(applicantAfter.account).toEqual(applicantBefore.account);
	expect(await noteText()).toContain(expectedStored(note, true));
	expect(await formValues(consulent, base, `/staff/slots/${keptSlot}`)).toEqual(keptSlotBefore);

	// --- Coverage: every action and endpoint method of the route tree ---------------------------
	const expected = ROUTES.flatMap((r) => [
		...r.actions.map((a) => `${r.id} ${a}`),
		...r.methods.map((m) => `${m} ${r.id}`)
	]);
	const missing = expected.filter((k) => !covered.has(k) && !(k in EXEMPT));
	const stale = Object.keys(EXEMPT).filter((k) => !expected.includes(k) || covered.has(k));

	const problems = outcomes.flatMap((o) => o.problems.map((p) => `${o.target} ${o.name}: ${p}`));
	const statuses = new Map<number, number>();
	for (const o of outcomes) statuses.set(o.status, (statuses.get(o.status) ?? 0) + 1);
	console.log(
		`fuzz: ${outcomes.length} requests, ${covered.size} actions/endpoints, ` +
			`${outcomes.reduce((n, o) => n + o.keptChecked, 0)} kept-value checks, ` +
			`statuses ${JSON.stringify(Object.fromEntries(statuses))}, ${Math.round((Date.now() - started) / 1000)} s`
	);
	for (const [key, who] of covered) console.log(`  ${key} [${who}]`);
	expect(problems.slice(0, 80), `${problems.length} problems`).toEqual([]);
	expect(missing, 'actions/endpoints not fuzzed (add them or exempt with a reason)').toEqual([]);
	expect(stale, 'exemptions that are no longer needed').toEqual([]);
});
