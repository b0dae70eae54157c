import {
	expect,
	test,
	type Browser,
	type BrowserContext,
	type Locator,
	type Page
} from '@playwright/test';
import { login, register, translated, uniqueEmail } from './support/helpers';
import {
	expectShownEscaped,
	javascriptUrl,
	marker,
	payload,
	viewerFor,
	watch,
	type Viewer
} from './xss/payloads';

/**
 * Stored XSS: a payload typed into every free-text field a person or a staff member can fill is
 * shown as literal text in every view where it appears, in the hydrated page, without JavaScript
 * and in the raw HTML; nothing of it runs or becomes an element. One fresh applicant ("the
 * person") goes through the questionnaire, the assistant, job applications and a work wish, and
 * staff write about them on every trajectory form; staff also fill the catalogue, a new staff
 * account and an assistant answer.
 */

const P = {
	name: payload.short(marker('nam')),
	sectors: payload.full(marker('sec')),
	dreamJob: payload.full(marker('dre')),
	otherLanguages: payload.full(marker('oth')),
	helpNeeded: payload.full(marker('hel')),
	employer: payload.medium(marker('emp')),
	position: payload.medium(marker('pos')),
	question1: payload.full(marker('que')),
	question2: payload.full(marker('qu1')),
	wish: payload.full(marker('wis')),
	decisionReason: payload.full(marker('dec')),
	phaseIntake: payload.full(marker('pha')),
	phaseDecision: payload.full(marker('ph1')),
	phaseRoute: payload.full(marker('ph2')),
	consultantReason: payload.full(marker('con')),
	note: payload.full(marker('not')),
	agreements: payload.full(marker('agr')),
	proposeReason: payload.full(marker('pro')),
	buddyReason: payload.full(marker('bud')),
	settleReason: payload.full(marker('set')),
	outcomeNote: payload.full(marker('out')),
	catalogueName: payload.medium(marker('cat')),
	// Starts with '=': a formula in a spreadsheet unless the CSV export defuses it.
	catalogueProvider: `=${payload.medium(marker('ca1'))}`,
	catalogueDescription: payload.full(marker('ca2')),
	staffName: payload.scripted(marker('sta')),
	answerTitle: payload.medium(marker('ans')),
	answer: payload.full(marker('an1')),
	nextStepLabel: payload.medium(marker('nex')),
	phrasing: payload.full(marker('phr'))
};

const person = { email: uniqueEmail('xss'), password: 'een zin voor de xss-test' };
let clientId = '';

/** One browser context per actor, kept for the whole file (staff sessions are the cached ones). */
const actors: Record<
	string,
	{ context: BrowserContext; page: Page; incidents: string[]; viewer?: Viewer }
> = {};

async function actor(browser: Browser, key: string, email?: string): Promise<Page> {
	if (!actors[key]) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const incidents = await watch(page);
		if (email) await login(page, email);
		actors[key] = { context, page, incidents };
	}
	return actors[key].page;
}

async function viewer(browser: Browser, key: string): Promise<Viewer> {
	const a = actors[key];
	a.viewer ??= await viewerFor(browser, a.page, a.incidents);
	return a.viewer;
}

/** Trajectory forms sit in closed <details>: open them all. */
async function openAll(page: Page): Promise<void> {
	await page
		.locator('details')
		.evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
}

async function submit(form: Locator): Promise<void> {
	const page = form.page();
	await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST'),
		form.locator('button[type="submit"]').last().click()
	]);
	await page.waitForLoadState('load');
}

async function clientFile(page: Page): Promise<void> {
	await page.goto(`/staff/clients/${clientId}`);
	await openAll(page);
}

async function trajectoryForm(page: Page, action: string): Promise<Locator> {
	await clientFile(page);
	const form = page.locator(`form[action$="?/${action}"]`).first();
	// Hydration may close a <details> opened before it finished (`open={…}`): open them again.
	await expect(async () => {
		await openAll(page);
		await expect(form).toBeVisible({ timeout: 1000 });
	}).toPass({ timeout: 10_000 });
	return form;
}

async function expectFormSaved(page: Page): Promise<void> {
	await expect(page.locator('.utrecht-form-field-error-message')).toHaveCount(0);
}

test.describe.serial('stored XSS: payloads in every free-text field stay text', () => {
	test.use({ actionTimeout: 20_000 });
	test.afterAll(async () => {
		for (const a of Object.values(actors)) {
			await a.viewer?.noJs.context().close();
			await a.context.close();
		}
	});

	test('the person registers, fills in the questionnaire, job applications and asks the assistant', async ({
		browser
	}) => {
		const page = await actor(browser, 'person');
		// A javascript: return address after login is ignored.
		await register(page, { name: P.name, email: person.email, password: person.password });
		await expect(page).toHaveURL(/\/my$/);

		await page.goto('/questionnaire/situation');
		const choose = async (answers: Record<string, string>) => {
			for (const [item, option] of Object.entries(answers)) {
				await page.locator(`#item-${item}-${option}`).check();
			}
		};
		const next = async (to: RegExp) => {
			await page.locator('button[value="next"]').click();
			await page.waitForURL(to);
		};
		await choose({ age_band: '27_49', household: 'alone', children_under_5: 'no' });
		await choose({ housing_stable: 'yes' });
		await next(/\/questionnaire\/education$/);
		await choose({ education_level: 'upper_secondary', education_country: 'netherlands' });
		await next(/\/questionnaire\/work$/);
		await choose({ months_since_work: '12_24', longest_job: 'gt24' });
		await page.locator('#item-sectors-input').fill(P.sectors);
		await page.locator('#item-dream_job-input').fill(P.dreamJob);
		await next(/\/questionnaire\/language$/);
		await choose({ dutch_level: 'b1' });
		await page.locator('#item-other_languages-input').fill(P.otherLanguages);
		await next(/\/questionnaire\/digital$/);
		await choose({ digital_email: 'yes', digital_forms: 'yes', digital_computer_work: 'yes' });
		await next(/\/questionnaire\/health$/);
		await choose({ health_consent: 'no' });
		await next(/\/questionnaire\/practical$/);
		await choose({
			hours_available: 'gte32',
			driving_licence: 'yes',
			own_transport: 'car',
			travel_time: '15_30'
		});
		await next(/\/questionnaire\/motivation$/);
		await choose({ wants_work: 'yes' });
		await page.locator('#item-hours_wanted-input').fill('32');
		await page.locator('#item-help_needed-input').fill(P.helpNeeded);
		await next(/\/questionnaire\/review$/);
		await page.locator('form button[type="submit"]').last().click();
		await expect(page).toHaveURL(/\/questionnaire\?submitted=1$/);

		await page.goto('/my/job-applications');
		await page.locator('#application-employer').fill(P.employer);
		await page.locator('#application-position').fill(P.position);
		await page.locator('#application-method').selectOption('email');
		await submit(page.locator('form[action="?/log"]'));
		await expect(page.locator('.applications')).toContainText(P.employer);

		await page.goto('/assistant');
		for (const question of [P.question1, P.question2]) {
			const turns = await page.locator('.conversation > li').count();
			await page.locator('#question').fill(question);
			await page.locator('form.ask-form button[type="submit"]').first().click();
			await expect(page.locator('.conversation > li')).toHaveCount(turns + 1);
		}
		const last = page.locator('.conversation > li').last();
		await last.locator('form[action^="?/handoff"] button').click();
		await expect(page.locator('.conversation > li').last().getByRole('status')).toBeVisible();
		await expect(page.locator('.conversation')).toContainText(P.question2);
	});

	test('staff write about the person on every form of the client file', async ({ browser }) => {
		test.setTimeout(180_000);
		const admin = await actor(browser, 'admin', 'admin@example.org');
		await admin.goto('/staff/admin/users');
		const create = admin.locator('form[action="?/create"]');
		await create.locator('input[name="name"]').fill(P.staffName);
		await create.locator('input[name="email"]').fill(uniqueEmail('xss-staff'));
		await create.locator('select[name="role"]').selectOption('work_consultant');
		await submit(create);
		await expect(admin.locator('main')).toContainText(P.staffName);

		const quality = await actor(browser, 'quality', 'kwaliteit@example.org');
		await quality.goto('/staff/catalogue');
		const item = quality.locator('form[action="?/create"]');
		await item.locator('#trajectory-name').fill(P.catalogueName);
		await item.locator('#trajectory-provider').fill(P.catalogueProvider);
		await item.locator('#trajectory-type').selectOption({ index: 1 });
		await item.locator('#trajectory-targetGroup').selectOption({ index: 1 });
		await item.locator('#trajectory-durationWeeks').fill('8');
		await item.locator('#trajectory-cost').fill('1200');
		await item.locator('#trajectory-description').fill(P.catalogueDescription);
		await submit(item);
		await expect(quality.locator('main')).toContainText(P.catalogueName);

		const consultant = await actor(browser, 'consultant', 'consulent@example.org');
		await consultant.goto('/staff/questionnaires');
		await consultant.getByRole('link', { name: P.name }).click();
		await expect(consultant).toHaveURL(/\/staff\/clients\/[0-9a-f-]{36}/);
		clientId = /clients\/([0-9a-f-]{36})/.exec(consultant.url())![1];

		// The category decision, with a reason.
		const decision = consultant.locator('form.decision-form:has(textarea[name="reason"])');
		await decision.locator('select[name="category"]').selectOption('3A');
		await decision.locator('select[name="route"]').selectOption('participation');
		await decision.locator('textarea[name="reason"]').fill(P.decisionReason);
		await submit(decision);
		await expect(consultant).toHaveURL(/decided=1/);

		// Phases, each with a reason: intake, decision, participation route.
		for (const [phase, reason] of [
			['intake', P.phaseIntake],
			['decision', P.phaseDecision],
			['route', P.phaseRoute]
		] as const) {
			const form = await trajectoryForm(consultant, 'phase');
			await form.locator('select[name="phase"]').selectOption(phase);
			if (phase === 'route') {
				await form.locator('select[name="route"]').selectOption('participation');
				await form.locator('select[name="category"]').selectOption('3A');
			}
			await form.locator('textarea[name="reason"], input[name="reason"]').fill(reason);
			await submit(form);
			await expectFormSaved(consultant);
		}

		let form = await trajectoryForm(consultant, 'note');
		await form.locator('textarea[name="body"]').fill(P.note);
		await submit(form);
		await expectFormSaved(consultant);

		// The income consultant's participation conversation (quality officers may too).
		form = await trajectoryForm(quality, 'conversation');
		await form.locator('textarea[name="agreements"]').fill(P.agreements);
		await submit(form);
		await expectFormSaved(quality);

		// Conversations show while the person is on the participation route: check them now.
		await expectShownEscaped(await viewer(browser, 'consultant'), `/staff/clients/${clientId}`, {
			texts: [P.agreements, P.note, P.phaseIntake, P.phaseDecision, P.phaseRoute, P.decisionReason]
		});
		await expectShownEscaped(await viewer(browser, 'person'), '/my', { texts: [P.agreements] });
	});

	test('the person asks to work; proposal, buddy and quality officer give their reasons', async ({
		browser
	}) => {
		test.setTimeout(180_000);
		const page = await actor(browser, 'person');
		await page.goto('/my');
		await page.locator('#work-wish-message').fill(P.wish);
		await submit(page.locator('form[action="?/askToWork"]'));
		await expect(page.getByRole('status').first()).toBeVisible();

		const quality = await actor(browser, 'quality');
		let form = await trajectoryForm(quality, 'propose');
		await form.locator('#propose-category').selectOption('1C');
		await form.locator('#propose-buddyId').selectOption({ label: 'Fatima El Amrani' });
		await form.locator('#propose-reason').fill(P.proposeReason);
		await submit(form);
		await expectFormSaved(quality);

		const consultant = await actor(browser, 'consultant');
		form = await trajectoryForm(consultant, 'buddy');
		await form.locator('#buddy-decision').selectOption('decline');
		await form.locator('#buddy-reason').fill(P.buddyReason);
		await submit(form);
		await expectFormSaved(consultant);

		form = await trajectoryForm(quality, 'settle');
		await form.locator('#settle-decision').selectOption('accept');
		await form.locator('#settle-reason').fill(P.settleReason);
		await submit(form);
		await expectFormSaved(quality);

		// Now on reintegration: the payload catalogue item is assigned and ends with a note.
		form = await trajectoryForm(consultant, 'assignTrajectory');
		const option = form.locator('select[name="trajectoryId"] option', {
			hasText: marker('cat')
		});
		await form
			.locator('select[name="trajectoryId"]')
			.selectOption((await option.getAttribute('value'))!);
		await submit(form);
		await expectFormSaved(consultant);
		form = await trajectoryForm(consultant, 'outcome');
		await form.locator('select[name="status"]').selectOption('completed');
		await form.locator('textarea[name="note"], input[name="note"]').fill(P.outcomeNote);
		await submit(form);
		await expectFormSaved(consultant);

		// The new work consultant (payload name) takes over, with a reason.
		form = await trajectoryForm(consultant, 'consultant');
		const staffOption = form.locator('select[name="consultantId"] option', {
			hasText: marker('sta')
		});
		await form
			.locator('select[name="consultantId"]')
			.selectOption((await staffOption.getAttribute('value'))!);
		await form.locator('textarea[name="reason"], input[name="reason"]').fill(P.consultantReason);
		await submit(form);
		await expectFormSaved(consultant);
	});

	test('an assistant answer edited with payloads; a javascript: next step is refused', async ({
		browser
	}) => {
		const quality = await actor(browser, 'quality');
		await quality.goto('/staff/assistant/volunteering/en');
		// javascript: links are refused, as the next step and inside the Markdown answer.
		await quality.locator('input[name="nextStepLabel"]').fill(P.nextStepLabel);
		await quality.locator('input[name="nextStepHref"]').fill(javascriptUrl(marker('hre')));
		await quality
			.locator('textarea[name="answer"]')
			.fill(`${P.answer}\n\n[klik](${javascriptUrl(marker('mdl'))})`);
		await quality.locator('button[name="intent"][value="save"]').click();
		await expect(quality.locator('main')).toContainText(
			translated('nl', 'assistant.edit.errors.unsafeHref')
		);
		await expect(quality.locator('main')).toContainText(
			translated('nl', 'assistant.edit.errors.unsafeLink')
		);

		await quality.locator('input[name="title"]').fill(P.answerTitle);
		await quality.locator('textarea[name="answer"]').fill(`${P.answer}\n\n**${P.answerTitle}**`);
		await quality.locator('input[name="nextStepHref"]').fill('/my');
		const phrasings = quality.locator('textarea[name="phrasings"]');
		await phrasings.fill(`${await phrasings.inputValue()}\n${P.phrasing}`);
		await quality.locator('button[name="intent"][value="save"]').click();
		await expect(quality.getByRole('status').first()).toContainText(
			translated('nl', 'assistant.edit.saved')
		);
	});

	test('every staff view shows the payloads as text', async ({ browser }) => {
		test.setTimeout(240_000);
		const consultant = await viewer(browser, 'consultant');
		const fileTexts = [
			P.name,
			P.sectors,
			P.dreamJob,
			P.otherLanguages,
			P.helpNeeded,
			P.decisionReason,
			P.employer,
			P.position,
			P.wish,
			P.proposeReason,
			P.buddyReason,
			P.settleReason,
			P.note,
			P.phaseIntake,
			P.consultantReason,
			P.catalogueName,
			P.catalogueProvider,
			P.outcomeNote,
			P.staffName,
			P.question2
		];
		await expectShownEscaped(consultant, `/staff/clients/${clientId}`, { texts: fileTexts });
		await expectShownEscaped(consultant, `/staff/clients/${clientId}/trajectory`, {
			texts: [P.name, P.note, P.catalogueName, P.outcomeNote, P.wish, P.settleReason]
		});
		await expectShownEscaped(consultant, `/staff/clients/${clientId}/category`, {
			texts: [P.name]
		});
		await expectShownEscaped(
			consultant,
			`/staff?scope=all&q=${encodeURIComponent(marker('nam'))}`,
			{ texts: [P.name] }
		);
		await expectShownEscaped(consultant, `/staff/assistant/handoffs`, {
			texts: [P.name, P.question2]
		});

		const quality = await viewer(browser, 'quality');
		await expectShownEscaped(quality, `/staff/catalogue`, {
			texts: [P.catalogueName, P.catalogueProvider]
		});
		await expectShownEscaped(quality, `/staff/assistant/volunteering/en`, {
			texts: [P.answerTitle, P.answer, P.nextStepLabel]
		});
		await expectShownEscaped(quality, `/staff/audit`, { texts: [P.name] });

		const admin = await viewer(browser, 'admin');
		await expectShownEscaped(admin, `/staff/admin/users`, { texts: [P.staffName] });
	});

	test('every view of the person shows the payloads as text', async ({ browser }) => {
		test.setTimeout(180_000);
		const me = await viewer(browser, 'person');
		await expectShownEscaped(me, '/my', {
			texts: [P.catalogueName, P.staffName]
		});
		await expectShownEscaped(me, '/my/job-applications', { texts: [P.employer, P.position] });
		await expectShownEscaped(me, '/questionnaire', {
			texts: [P.sectors, P.dreamJob, P.otherLanguages, P.helpNeeded]
		});
		await expectShownEscaped(me, '/my/data', {
			texts: [P.name, P.sectors, P.employer, P.wish]
		});
	});

	test('reflected input, a javascript: return address, the JSON download and the CSV export', async ({
		browser
	}) => {
		const consultant = await viewer(browser, 'consultant');
		const searched = payload.full(marker('q'));
		for (const path of [
			`/staff?scope=all&q=${encodeURIComponent(searched)}`,
			`/staff/clients?q=${encodeURIComponent(searched)}`
		]) {
			await expectShownEscaped(consultant, path, { texts: [], reflected: [searched] });
		}
		const quality = await viewer(browser, 'quality');
		await expectShownEscaped(
			quality,
			`/staff/audit?actor=${encodeURIComponent(searched)}&action=${encodeURIComponent(searched)}`,
			{ texts: [], reflected: [searched] }
		);

		// After login, a javascript: (or other-site) return address is ignored.
		const context = await browser.newContext();
		const page = await context.newPage();
		const incidents = await watch(page);
		await page.goto(`/login?redirectTo=${encodeURIComponent(javascriptUrl(marker('rt')))}`);
		await page.locator('input[name="email"]').fill(person.email);
		await page.locator('input[name="password"]').fill(person.password);
		await page.locator('form.utrecht-form button[type="submit"]').click();
		await expect(page).toHaveURL(/\/my$/);
		expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
		expect(incidents).toEqual([]);

		// The person's data as JSON: a download, not a page, with the payloads as JSON strings.
		const download = await page.request.get('/my/data/download');
		expect(download.status()).toBe(200);
		expect(download.headers()['content-type']).toMatch(/^application\/json\b/);
		expect(download.headers()['x-content-type-options']).toBe('nosniff');
		expect(download.headers()['content-disposition']).toMatch(
			/^attachment;\s*filename="[^"]+\.json"$/
		);
		const json = JSON.stringify(await download.json());
		for (const text of [P.name, P.sectors, P.employer, P.wish]) {
			expect(json).toContain(JSON.stringify(text).slice(1, -1));
		}
		await context.close();

		// The catalogue export: the provider that starts with '=' is no formula in a spreadsheet.
		const csv = await actors.quality.page.request.get('/staff/catalogue/outcomes.csv');
		expect(csv.headers()['content-type']).toMatch(/^text\/csv\b/);
		expect(csv.headers()['content-disposition']).toMatch(/^attachment;/);
		const line = (await csv.text()).split('\r\n').find((l) => l.includes(marker('cat')))!;
		expect(line).toContain(`"'=${marker('ca1')} `);
		expect(line).not.toMatch(new RegExp(`(^|,)"?=${marker('ca1')}`));
	});
});
