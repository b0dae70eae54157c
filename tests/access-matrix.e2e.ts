import { expect, test, type BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fillRoute, routeTree } from './support/route-tree';
import { uniqueEmail } from './support/helpers';
import { DEMO_EMAIL, PERSONAS, isStaff, type Asker, type Persona } from './access/personas';
import { POLICY, PROBES, type Check, type Expect, type Facts } from './access/policy';
import {
	actionRequest,
	classificationProblems,
	describeExpect,
	forbiddenTextFor,
	judge,
	send,
	type Job,
	type Request
} from './access/run';
import {
	APPLICANT_PASSWORD,
	baseUrl,
	clientIdFromStaffList,
	freshSession,
	giveApplicantData,
	handoffIdFromStaffList,
	newFactor,
	pendingStaffSession,
	loginDemoPersonas,
	registerApplicant
} from './access/setup';

/**
 * The access matrix: every route and form action of the route tree (src/routes), asked over real
 * HTTP by every persona (nobody, two applicants, the demo client, each staff role, and a
 * consultant of another municipality), against what tests/access/policy.ts says they must get.
 */

test('every route, page action and endpoint method is classified in the access policy', () => {
	const problems = classificationProblems(routeTree(), POLICY);
	expect(problems, `Access policy out of date:\n${problems.join('\n')}`).toEqual([]);
});

test('each persona gets what the access policy says, and nobody sees another person’s data', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const started = Date.now();
	const run = Math.random().toString(36).slice(2, 8);
	const people = {
		applicantA: { name: `Amina Matrix-${run}`, email: uniqueEmail('matrix-a') },
		applicantB: { name: `Bram Matrix-${run}`, email: uniqueEmail('matrix-b') }
	};
	// Text only A (and A's municipality's staff) may see.
	const markers = {
		employer: `Matrixbedrijf ${run}`,
		dreamJob: `Matrixdroombaan ${run}`,
		question: `Krijg ik bijstand als ik in Matrixdorp ${run} woon?`
	};

	// ---- Personas, one browser context (cookie jar) each; A gets data B must never see ----
	const [demo, [contextA, contextB, aData]] = await Promise.all([
		loginDemoPersonas(browser),
		(async () => {
			const [a, b] = await Promise.all([
				registerApplicant(browser, people.applicantA.name, people.applicantA.email),
				registerApplicant(browser, people.applicantB.name, people.applicantB.email)
			]);
			return [a, b, await giveApplicantData(a.request, markers)] as const;
		})()
	]);
	const contexts = new Map<Asker, BrowserContext>([
		['anonymous', await browser.newContext()],
		['applicantA', contextA],
		['applicantB', contextB],
		...demo
	]);
	const req = (p: Asker) => contexts.get(p)!.request;

	// ---- Ids the staff side knows: the demo client's and A's ----
	const [clientId, applicantAId, handoff, pendingStaff] = await Promise.all([
		clientIdFromStaffList(req('work_consultant'), DEMO_EMAIL.client!),
		clientIdFromStaffList(req('work_consultant'), people.applicantA.email),
		handoffIdFromStaffList(req('work_consultant'), markers.question),
		pendingStaffSession(browser, req('administrator'), `Matrix Consulent ${run}`)
	]);
	contexts.set('pendingStaff', pendingStaff);
	const facts: Facts = {
		...aData,
		clientId,
		applicantAId,
		handoff,
		forgedFactor: () => newFactor(),
		healthQuestion: JSON.parse(readFileSync('src/lib/content/questionnaire/nl.json', 'utf8')).items
			.health_limits.label,
		module: 'how-it-works',
		section: 'work',
		topic: 'childcare',
		topicLocale: 'nl',
		markers,
		people: {
			applicantA: {
				...people.applicantA,
				secrets: [markers.employer, markers.dreamJob, markers.question]
			},
			applicantB: { ...people.applicantB, secrets: [] },
			client: { name: 'Mark Jansen', email: DEMO_EMAIL.client!, secrets: [] }
		}
	};

	// ---- The matrix ----
	const jobs: Job[] = [];
	const skipped: string[] = [];
	const add = (
		label: string,
		phase: Job['phase'],
		who: Partial<Record<Persona, Expect>>,
		request: Request,
		check: { shows?: Check['shows']; hides?: Check['hides'] },
		page: Partial<Record<Persona, Expect>> | undefined,
		freshSession = false
	) => {
		for (const persona of PERSONAS) {
			const expected = who[persona];
			if (!expected) continue; // reported by the classification test
			if (typeof expected !== 'string' && 'skip' in expected) {
				skipped.push(`${persona} ${label}: ${expected.skip}`);
				continue;
			}
			jobs.push({
				persona,
				label,
				phase,
				req: request,
				expect: expected,
				shows: expected === 'data' && check.shows ? check.shows(facts, persona) : [],
				hides: [
					...forbiddenTextFor(persona, expected, facts, page?.[persona] === 'data'),
					...(check.hides?.(facts, persona) ?? [])
				],
				freshSession
			});
		}
	};
	for (const route of routeTree()) {
		const entry = POLICY[route.id];
		if (!entry) continue;
		const path = fillRoute(route.id, entry.params?.(facts) ?? {});
		const page = entry.get?.who;
		if (entry.get) add(`GET ${route.id}`, 0, page!, { method: 'GET', path }, entry.get, page);
		for (const name of route.actions) {
			const check = entry.actions?.[name];
			if (!check) continue;
			const actionPath = check.params ? fillRoute(route.id, check.params(facts)) : path;
			add(
				`POST ${route.id}?/${name}`,
				check.freshSession ? 3 : check.last ? 2 : 1,
				check.who,
				actionRequest(actionPath, name, check, facts),
				check,
				page,
				!!check.freshSession
			);
		}
		for (const method of route.methods.filter((m) => m !== 'GET')) {
			const check = entry.methods?.[method];
			if (!check) continue;
			if (method !== 'POST') throw new Error(`${route.id}: the matrix only sends GET and POST`);
			add(
				`POST ${route.id}`,
				check.last ? 2 : 1,
				check.who,
				{ method: 'POST', path, form: check.form?.(facts), json: check.json },
				check,
				page
			);
		}
	}
	for (const probe of PROBES) {
		jobs.push({
			persona: probe.persona,
			label: `probe: ${probe.why}`,
			phase: probe.phase ?? (probe.method === 'GET' ? 0 : 1),
			req: { method: probe.method, path: probe.path(facts), form: probe.form?.(facts) },
			expect: probe.expect,
			shows: [],
			hides: [
				...forbiddenTextFor(
					probe.persona,
					probe.expect,
					facts,
					!!probe.route &&
						probe.persona !== 'pendingStaff' &&
						POLICY[probe.route]?.get?.who[probe.persona] === 'data'
				),
				...(probe.hides?.(facts) ?? [])
			],
			freshSession: false
		});
	}

	const failures: string[] = [];
	const passwords: Partial<Record<Asker, [string, string]>> = {
		applicantA: [people.applicantA.email, APPLICANT_PASSWORD],
		applicantB: [people.applicantB.email, APPLICANT_PASSWORD],
		client: [DEMO_EMAIL.client!, 'demo-wachtwoord-2026']
	};
	const timing = new Map<string, number>();
	const runJob = async (job: Job) => {
		let request = req(job.persona);
		let extra: BrowserContext | undefined;
		if (job.freshSession && job.persona !== 'anonymous') {
			const credentials = passwords[job.persona];
			if (!credentials || job.persona === 'pendingStaff' || isStaff(job.persona))
				throw new Error(`${job.label}: no fresh session for ${job.persona}; skip it in the policy`);
			extra = await freshSession(browser, ...credentials);
			request = extra.request;
		}
		const sent = Date.now();
		const answer = await send(request, baseUrl(), job.req);
		timing.set(job.label, (timing.get(job.label) ?? 0) + Date.now() - sent);
		await extra?.close();
		const problems = judge(
			job.expect as Exclude<Expect, { skip: string }>,
			job.req,
			answer,
			job.shows,
			job.hides
		);
		for (const problem of problems)
			failures.push(
				`${job.persona.padEnd(18)} ${job.req.method} ${job.req.path}  [${job.label}; policy: ${describeExpect(job.expect)}]: ${problem}`
			);
	};
	const matrixStarted = Date.now();
	for (const phase of [0, 1, 2, 3] as const) {
		await Promise.all(
			[...PERSONAS, 'pendingStaff' as const].map(async (persona) => {
				for (const job of jobs.filter((j) => j.persona === persona && j.phase === phase))
					await runJob(job);
			})
		);
	}

	// Summary: persona × outcome.
	const counts = new Map<string, number>();
	for (const job of jobs) {
		const key = `${job.persona}\t${typeof job.expect === 'string' ? job.expect : 'redirect'}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const summary = [...PERSONAS, 'pendingStaff' as const].map((p) => {
		const parts = ['data', 'ok', 'login', 'forbidden', 'notFound', 'redirect'].map(
			(k) => `${k} ${counts.get(`${p}\t${k}`) ?? 0}`
		);
		return `${p.padEnd(18)} ${parts.join(', ')}`;
	});
	const secs = (from: number, to = Date.now()) => ((to - from) / 1000).toFixed(1);
	const slowest = [...timing]
		.sort((a, b) => b[1] - a[1])
		.slice(0, 5)
		.map(([label, ms]) => `${label} ${(ms / 1000).toFixed(1)} s`);
	console.log(
		`access matrix: ${jobs.length} checks (${skipped.length} skipped with a reason); setup ${secs(started, matrixStarted)} s, checks ${secs(matrixStarted)} s\n` +
			`${summary.join('\n')}\nslowest (summed over personas): ${slowest.join('; ')}`
	);
	test.info().annotations.push({ type: 'access matrix', description: `${jobs.length} checks` });

	await Promise.all([...contexts.values()].map((c) => c.close()));
	expect(
		failures,
		`Access matrix: ${failures.length} answers differ from the policy:\n${failures.join('\n')}`
	).toEqual([]);
});
