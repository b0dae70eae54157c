import { test, type APIRequestContext, type Browser, type BrowserContext } from '@playwright/test';
import { generateHOTP } from '@oslojs/otp';
import { decodeBase64, encodeBase64 } from '@oslojs/encoding';
import { login, uniqueEmail } from '../support/helpers';
import { DEMO_EMAIL, type Persona } from './personas';
import { send, type Answer, type Request } from './run';

export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
export const APPLICANT_PASSWORD = 'a sentence of several words';

/** The app's address from playwright.config.ts (the Origin form posts must carry). */
export function baseUrl(): string {
	const url = test.info().project.use.baseURL;
	if (!url) throw new Error('playwright.config.ts sets no baseURL');
	return url;
}

/** A setup request that must succeed; otherwise the matrix cannot start (a clear error, not a skip). */
export async function expectAnswer(
	request: APIRequestContext,
	req: Request,
	check: (a: Answer) => boolean,
	what: string
): Promise<Answer> {
	const answer = await send(request, baseUrl(), req);
	if (!check(answer))
		throw new Error(
			`setup: ${what}: ${req.method} ${req.path} gave ${answer.status} ${answer.location}`
		);
	return answer;
}

export const redirected = (to: RegExp) => (a: Answer) => a.status === 303 && to.test(a.location);
const ok = (a: Answer) => a.status === 200;

/** A fresh applicant of Leidschendam-Voorburg in a context of their own, registered over HTTP. */
export async function registerApplicant(
	browser: Browser,
	name: string,
	email: string
): Promise<BrowserContext> {
	const context = await browser.newContext();
	await expectAnswer(
		context.request,
		{
			method: 'POST',
			path: '/register',
			form: {
				name,
				email,
				password: APPLICANT_PASSWORD,
				language: 'nl',
				municipality: 'leidschendam-voorburg'
			}
		},
		redirected(/^\/my$/),
		`register ${email}`
	);
	return context;
}

/** Another session of an applicant or client (for actions that end their session). */
export async function freshSession(
	browser: Browser,
	email: string,
	password: string
): Promise<BrowserContext> {
	const context = await browser.newContext();
	await expectAnswer(
		context.request,
		{ method: 'POST', path: '/login', form: { email, password } },
		redirected(/^\/my$/),
		`log in ${email}`
	);
	return context;
}

/** The demo client and staff, each logged in in a context of their own (staff sessions cached). */
export async function loginDemoPersonas(browser: Browser): Promise<Map<Persona, BrowserContext>> {
	const contexts = new Map<Persona, BrowserContext>();
	await Promise.all(
		Object.entries(DEMO_EMAIL).map(async ([persona, email]) => {
			const context = await browser.newContext();
			const page = await context.newPage();
			await login(page, email);
			await page.close();
			contexts.set(persona as Persona, context);
		})
	);
	return contexts;
}

/**
 * Gives applicant A what B must never see: a booked information session, a saved questionnaire
 * answer and a logged job application. Returns their ids.
 */
export async function giveApplicantData(
	A: APIRequestContext,
	markers: { employer: string; dreamJob: string; question: string }
): Promise<{ slot: string; appointment: string; jobApplication: string }> {
	// A question to the FAQ assistant, handed over to a consultant.
	const asked = await expectAnswer(
		A,
		{ method: 'POST', path: '/assistant?/ask', form: { state: '', question: markers.question } },
		ok,
		'ask the assistant'
	);
	const state = /name="state" value="([^"]*)"/.exec(asked.body)?.[1];
	if (state === undefined) throw new Error('setup: no conversation state on /assistant');
	await expectAnswer(
		A,
		{
			method: 'POST',
			path: '/assistant?/handoff',
			form: { state: unescapeHtml(state), turn: '0' }
		},
		ok,
		'hand the question over'
	);
	const bookPage = await expectAnswer(
		A,
		{ method: 'GET', path: '/appointments/book' },
		ok,
		'booking page'
	);
	const slot = new RegExp(`<input[^>]*name="slotId"[^>]*value="(${UUID})"`).exec(
		bookPage.body
	)?.[1];
	if (!slot) throw new Error('setup: no information session to book on /appointments/book');
	await expectAnswer(
		A,
		{ method: 'POST', path: '/appointments/book?/book', form: { slotId: slot } },
		redirected(/done=booked/),
		'book an information session'
	);
	const appointments = await expectAnswer(
		A,
		{ method: 'GET', path: '/appointments' },
		ok,
		'appointments'
	);
	const appointment = new RegExp(`/appointments/(${UUID})/cancel`).exec(appointments.body)?.[1];
	if (!appointment) throw new Error("setup: A's booking not on /appointments");
	await expectAnswer(
		A,
		{
			method: 'POST',
			path: '/questionnaire/work',
			form: { shown: 'dream_job', dream_job: markers.dreamJob, intent: 'later' }
		},
		redirected(/^\/questionnaire\?saved=1/),
		'save a questionnaire answer'
	);
	await expectAnswer(
		A,
		{
			method: 'POST',
			path: '/my/job-applications?/log',
			form: {
				appliedOn: new Date().toISOString().slice(0, 10),
				employer: markers.employer,
				position: 'Magazijnmedewerker',
				method: 'online',
				result: 'waiting'
			}
		},
		redirected(/saved=1/),
		'log a job application'
	);
	const applications = await expectAnswer(
		A,
		{ method: 'GET', path: '/my/job-applications' },
		ok,
		'job applications'
	);
	const jobApplication = new RegExp(`name="applicationId"[^>]*value="(${UUID})"`).exec(
		applications.body
	)?.[1];
	if (!jobApplication) throw new Error("setup: A's job application has no id on the page");
	return { slot, appointment, jobApplication };
}

/** A person's id, as a work consultant finds it in the client list. */
export async function clientIdFromStaffList(
	staff: APIRequestContext,
	query: string
): Promise<string> {
	const list = await expectAnswer(
		staff,
		{ method: 'GET', path: `/staff/clients?q=${encodeURIComponent(query)}` },
		ok,
		'client search'
	);
	const id = new RegExp(`/staff/clients/(${UUID})`).exec(list.body)?.[1];
	if (!id) throw new Error(`setup: ${query} not in the work consultant's client list`);
	return id;
}

function unescapeHtml(text: string): string {
	return text
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** The id of A's handed-over question, from a consultant's list of handoffs. */
export async function handoffIdFromStaffList(
	staff: APIRequestContext,
	question: string
): Promise<string> {
	const list = await expectAnswer(
		staff,
		{ method: 'GET', path: '/staff/assistant/handoffs' },
		ok,
		'handoffs'
	);
	const at = list.body.indexOf(question);
	const id =
		at < 0 ? undefined : new RegExp(`name="id" value="(${UUID})"`).exec(list.body.slice(at))?.[1];
	if (!id) throw new Error(`setup: the handed-over question is not on the consultant's list`);
	return id;
}

/** A new authenticator key (as the enrolment form carries it) and its code for now. */
export function newFactor(key = encodeBase64(crypto.getRandomValues(new Uint8Array(20)))) {
	const code = generateHOTP(decodeBase64(key), BigInt(Math.floor(Date.now() / 30_000)), 6);
	return { key, code };
}

/**
 * A session that gave a staff account's password but not its second factor. The account is a new
 * work consultant made by the administrator, with an authenticator enrolled, so nothing a probe
 * might do to it touches the demo accounts other tests log in with.
 */
export async function pendingStaffSession(
	browser: Browser,
	admin: APIRequestContext,
	name: string
): Promise<BrowserContext> {
	const email = uniqueEmail('matrix-staff');
	const created = await expectAnswer(
		admin,
		{
			method: 'POST',
			path: '/staff/admin/users?/create',
			form: { name, email, role: 'work_consultant' }
		},
		ok,
		'create a staff account'
	);
	const password = /<code class="ltr-fragment">([^<]+)<\/code>/.exec(created.body)?.[1];
	if (!password) throw new Error('setup: no first password for the new staff account');
	const first = await browser.newContext();
	const logIn = (context: BrowserContext) =>
		expectAnswer(
			context.request,
			{ method: 'POST', path: '/login', form: { email, password: unescapeHtml(password) } },
			redirected(/^\/login\/two-factor$/),
			'staff password'
		);
	await logIn(first);
	const setup = await expectAnswer(
		first.request,
		{ method: 'GET', path: '/login/two-factor/setup' },
		ok,
		'enrolment page of a new staff account'
	);
	const key = /name="key" value="([^"]+)"/.exec(setup.body)?.[1];
	if (!key) throw new Error('setup: no key on the enrolment page');
	await expectAnswer(
		first.request,
		{ method: 'POST', path: '/login/two-factor/setup', form: newFactor(unescapeHtml(key)) },
		ok,
		'enrol an authenticator'
	);
	await first.close();
	const pending = await browser.newContext();
	await logIn(pending);
	return pending;
}
