import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
	expectAccessible,
	login,
	logout,
	register,
	translated,
	uniqueEmail
} from './support/helpers';

/** A text of the questionnaire content (src/lib/content/questionnaire/<locale>.json). */
function content(locale: string, key: string): string {
	let node: unknown = JSON.parse(
		readFileSync(`src/lib/content/questionnaire/${locale}.json`, 'utf8')
	);
	for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
	if (typeof node !== 'string') throw new Error(`${locale}: no content text for ${key}`);
	return node;
}

async function choose(page: Page, answers: Record<string, string>): Promise<void> {
	for (const [item, option] of Object.entries(answers)) {
		await page.locator(`#item-${item}-${option}`).check();
	}
}

async function next(page: Page, to: RegExp): Promise<void> {
	await page.locator('button[value="next"]').click();
	await page.waitForURL(to);
}

test.describe.serial('an applicant fills in the questionnaire; the consultant decides', () => {
	const applicant = { name: 'Meron Habte', email: uniqueEmail('vragenlijst') };
	const password = 'een eigen zin van mij';
	let clientId = '';

	test('fill two sections, continue later, resume at the right question, finish in Tigrinya', async ({
		page
	}) => {
		await register(page, { ...applicant, password });
		await expect(page).toHaveURL(/\/my$/);
		await page.getByRole('link', { name: translated('nl', 'questionnaire.nav') }).click();
		await page
			.getByRole('link', { name: translated('nl', 'questionnaire.overview.start') })
			.click();
		await expect(page).toHaveURL(/\/questionnaire\/situation$/);
		await expect(
			page.getByText(
				content('nl', 'questionnaire.progress')
					.replace('{{current}}', '1')
					.replace('{{total}}', '8')
			)
		).toBeVisible();

		// The childcare question appears as soon as "children under 5: yes" is chosen.
		await expect(page.locator('#item-childcare_arranged')).toBeHidden();
		await choose(page, { age_band: '27_49', household: 'single_parent', children_under_5: 'yes' });
		await expect(page.locator('#item-childcare_arranged')).toBeVisible();
		await choose(page, { childcare_arranged: 'partly', housing_stable: 'yes' });
		await next(page, /\/questionnaire\/education$/);

		await choose(page, { education_level: 'upper_secondary', education_country: 'abroad' });
		await choose(page, { diploma_evaluated: 'in_progress' });
		await next(page, /\/questionnaire\/work$/);

		await choose(page, { months_since_work: '12_24' });
		await page.locator('button[value="later"]').click();
		await expect(page).toHaveURL(/\/questionnaire\?saved=1$/);
		await expect(page.getByRole('status')).toHaveText(
			translated('nl', 'questionnaire.overview.saved')
		);

		await logout(page);
		await login(page, applicant.email, password);
		await page.goto('/questionnaire');
		await page
			.getByRole('link', { name: translated('nl', 'questionnaire.overview.resume') })
			.click();
		await expect(page).toHaveURL(/\/questionnaire\/work#item-longest_job$/);
		await expect(page.locator('#item-longest_job-lt6')).toBeFocused();
		await expect(page.locator('#item-months_since_work-12_24')).toBeChecked();

		// On in Tigrinya.
		await page.goto('/questionnaire/work?lang=ti');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ti');
		await expect(page.locator('#item-longest_job legend')).toContainText(
			content('ti', 'items.longest_job.label')
		);
		await choose(page, { longest_job: 'gt24' });
		await page.locator('#item-dream_job-input').fill('ኣብ መኽዘን ምስራሕ');
		await next(page, /\/questionnaire\/language$/);
		await choose(page, { dutch_level: 'a2' });
		await next(page, /\/questionnaire\/digital$/);
		await choose(page, {
			digital_email: 'yes',
			digital_forms: 'yes',
			digital_computer_work: 'yes'
		});
		await next(page, /\/questionnaire\/health$/);
		await expect(page.locator('#consent-title')).toHaveText(content('ti', 'consent.health.title'));
		await expect(page.locator('#item-health_limits')).toBeHidden();
		await choose(page, { health_consent: 'discuss_with_consultant' });
		await next(page, /\/questionnaire\/practical$/);
		await choose(page, {
			hours_available: 'gte32',
			driving_licence: 'yes',
			own_transport: 'car',
			travel_time: '30_60'
		});
		await next(page, /\/questionnaire\/motivation$/);
		await choose(page, { wants_work: 'yes' });
		await page.locator('#item-hours_wanted-input').fill('32');
		await next(page, /\/questionnaire\/review$/);

		await expect(page.locator('h1')).toHaveText(content('ti', 'questionnaire.checkTitle'));
		await expect(page.locator('main')).toContainText(content('ti', 'items.dutch_level.options.a2'));
		await page.getByRole('button', { name: content('ti', 'questionnaire.submit') }).click();
		await expect(page).toHaveURL(/\/questionnaire\?submitted=1$/);
		await expect(page.locator('h1')).toHaveText(translated('ti', 'questionnaire.submitted.title'));
		await expect(page.locator('main')).toContainText(
			translated('ti', 'questionnaire.submitted.stepBook')
		);
		await expect(page.locator('main')).toContainText('ኣብ መኽዘን ምስራሕ');
		// What they told, not a verdict: no category code, no estimate.
		await expect(page.locator('main')).not.toContainText(/\b[123][ABC]\b/);
		await expect(page.locator('main')).not.toContainText(content('ti', 'result.title'));

		// Read-only now: the sections send back to the summary.
		await page.goto('/questionnaire/situation');
		await expect(page).toHaveURL(/\/questionnaire$/);
	});

	test('the consultant sees the estimate, overrides it with a reason, and the history keeps both', async ({
		page
	}) => {
		await login(page, 'consulent@example.org');
		await page.getByRole('link', { name: translated('nl', 'questionnaire.staff.nav') }).click();
		await expect(page.locator('h1')).toHaveText(translated('nl', 'questionnaire.staff.listTitle'));
		await page.getByRole('link', { name: applicant.name }).click();
		await expect(page).toHaveURL(/\/staff\/clients\/[0-9a-f-]{36}#questionnaire$/);
		clientId = /clients\/([0-9a-f-]{36})/.exec(page.url())![1];

		const section = page.locator('#questionnaire');
		// 4 + 2 + 1 + 4 months: 11, category 1B, reintegration.
		await expect(section).toContainText(
			content('nl', 'result.months').replace('{{months}}', '11 maanden')
		);
		await expect(section).toContainText(content('nl', 'categories.1B.name'));
		await expect(section).toContainText(
			content('nl', 'factors.dutch_level.a2').replace('{{months}}', '4 maanden')
		);
		await expect(section).toContainText('ትግርኛ');
		await expect(section).toContainText('ኣብ መኽዘን ምስራሕ');

		// Another category without a reason: refused, and what was chosen stays.
		await section.locator('select[name="category"]').selectOption('1C');
		await section.locator('select[name="route"]').selectOption('reintegration');
		await section
			.getByRole('button', { name: translated('nl', 'questionnaire.decision.save') })
			.click();
		await expect(page).toHaveURL(new RegExp(`/staff/clients/${clientId}/category$`));
		await expect(page.locator('#field-reason-error')).toHaveText(
			translated('nl', 'questionnaire.decision.errors.reasonRequired')
		);
		await expect(page.locator('select[name="category"]')).toHaveValue('1C');

		const reason = 'Wil eerst een taaltraject volgen; de diplomawaardering loopt nog.';
		await page.locator('textarea[name="reason"]').fill(reason);
		await page
			.getByRole('button', { name: translated('nl', 'questionnaire.decision.save') })
			.click();
		await expect(page).toHaveURL(
			new RegExp(`/staff/clients/${clientId}\\?decided=1#questionnaire$`)
		);
		await expect(section.getByRole('status')).toHaveText(
			translated('nl', 'questionnaire.staff.decided')
		);

		const history = page.locator('#questionnaire ol.history li');
		await expect(history).toHaveCount(2);
		await expect(history.nth(0)).toContainText(
			translated('nl', 'questionnaire.staff.historyOverride', {
				category: content('nl', 'categories.1C.name'),
				route: content('nl', 'routes.reintegration.name')
			})
		);
		await expect(history.nth(0)).toContainText('Fatima El Amrani');
		await expect(history.nth(0)).toContainText(reason);
		await expect(history.nth(1)).toContainText(
			translated('nl', 'questionnaire.staff.historyEstimate', {
				category: content('nl', 'categories.1B.name'),
				route: content('nl', 'routes.reintegration.name'),
				months: '11 maanden'
			})
		);

		// Decided: no longer waiting for review.
		await page.goto('/staff/questionnaires');
		await expect(page.locator('main')).not.toContainText(applicant.name);
		await expect(page.locator('main')).toContainText('Selam Tesfamariam');
	});

	test('another applicant gets no access to the first one’s questionnaire or result', async ({
		page
	}) => {
		await register(page, { name: 'Tweede Aanvrager', email: uniqueEmail('tweede') });
		await expect(page).toHaveURL(/\/my$/);
		for (const path of [
			`/staff/clients/${clientId}`,
			`/staff/clients/${clientId}/category`,
			'/staff/questionnaires'
		]) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(403);
			await expect(page.locator('main')).not.toContainText(applicant.name);
		}
		const posted = await page.request.post(`/staff/clients/${clientId}/category`, {
			form: { choice: 'accept', basedOn: '1' },
			headers: { origin: new URL(page.url()).origin }
		});
		expect(posted.status()).toBe(403);
		// Their own questionnaire is empty: the applicant pages are per person, without ids.
		await page.goto('/questionnaire');
		await expect(
			page.getByRole('link', { name: translated('nl', 'questionnaire.overview.start') })
		).toBeVisible();
	});

	test('a consultant of another municipality gets 404 for the client file', async ({ page }) => {
		await login(page, 'consulent.wassenaar@example.org');
		for (const path of [`/staff/clients/${clientId}`, `/staff/clients/${clientId}/category`]) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(404);
			await expect(page.locator('main')).not.toContainText(applicant.name);
		}
		await page.goto('/staff/questionnaires');
		await expect(page.locator('main')).not.toContainText(applicant.name);
		await expect(page.locator('main')).not.toContainText('Selam Tesfamariam');
	});
});

test('a tampered or too long answer gets a clear message and keeps what was entered', async ({
	page
}) => {
	await register(page, { name: 'Test Invoer', email: uniqueEmail('invoer') });
	await page.goto('/questionnaire/work');
	await choose(page, { months_since_work: 'gt60', longest_job: '6_12' });
	// A value no option has, as a tampered form would send.
	await page
		.locator('#item-longest_job-6_12')
		.evaluate((el) => ((el as HTMLInputElement).value = 'forever'));
	const long = 'x'.repeat(501);
	await page.locator('#item-dream_job-input').fill(long);
	await page.locator('button[value="next"]').click();
	const summary = page.getByRole('alert');
	await expect(summary).toContainText(content('nl', 'errors.invalid_option'));
	await expect(summary).toContainText(content('nl', 'errors.too_long'));
	await expect(page.locator('#item-dream_job-input')).toHaveValue(long);
	await expect(page.locator('#item-months_since_work-gt60')).toBeChecked();
	await expect(page).toHaveURL(/\/questionnaire\/work$/);
});

test.describe('accessibility of a section page (axe-core)', () => {
	for (const lang of ['nl', 'ar']) {
		test(`section, health and how-it-works pages in ${lang}`, async ({ page }) => {
			// A new applicant: switching the language changes the account's preferred language.
			await register(page, { name: 'Axe Toets', email: uniqueEmail(`axe-${lang}`) });
			await page.goto(`/questionnaire/situation?lang=${lang}`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
			await expectAccessible(page);
			await page.goto('/questionnaire/health');
			await expectAccessible(page);
			await page.goto('/questionnaire/how-it-works');
			await expectAccessible(page);
		});
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('save a section, see a follow-up question, continue later and resume', async ({ page }) => {
		await register(page, { name: 'Zonder Script', email: uniqueEmail('vragen-zonderjs') });
		await page.goto('/questionnaire/situation');
		await choose(page, {
			age_band: 'lt27',
			household: 'alone',
			children_under_5: 'yes',
			housing_stable: 'temporary'
		});
		await page.locator('button[value="next"]').click();
		// The follow-up question appears after the page came back, with a friendly message.
		await expect(page).toHaveURL(/\/questionnaire\/situation$/);
		await expect(page.locator('#item-childcare_arranged')).toBeVisible();
		await expect(page.locator('#item-childcare_arranged')).toContainText(
			translated('nl', 'questionnaire.section.followUp')
		);
		await expect(page.locator('#item-housing_stable-temporary')).toBeChecked();
		await choose(page, { childcare_arranged: 'yes' });
		await page.locator('button[value="next"]').click();
		await expect(page).toHaveURL(/\/questionnaire\/education$/);

		await choose(page, { education_level: 'none' });
		await page.locator('button[value="later"]').click();
		await expect(page).toHaveURL(/\/questionnaire\?saved=1$/);
		await page
			.getByRole('link', { name: translated('nl', 'questionnaire.overview.resume') })
			.click();
		await expect(page).toHaveURL(/\/questionnaire\/work#item-months_since_work$/);
		await expect(page.locator('#item-months_since_work')).toBeVisible();
	});
});
