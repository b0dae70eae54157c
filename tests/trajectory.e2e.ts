import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, login, logout, translated } from './support/helpers';

/** Opens a client's file from the caseload (all clients of the municipality), by name. */
async function openClientFile(page: Page, name: string): Promise<string> {
	await page.goto(`/staff?scope=all&q=${encodeURIComponent(name)}`);
	await page.getByRole('link', { name, exact: true }).first().click();
	await expect(page.locator('h1')).toHaveText(name);
	return new URL(page.url()).pathname;
}

test.describe('trajectory: route, modules, job applications and the work wish', () => {
	test('a consultant assigns a trajectory and records its outcome; the client sees it in Arabic', async ({
		page
	}) => {
		await login(page, 'consulent@example.org');
		await openClientFile(page, 'Mark Jansen');
		const modules = page.locator('#trajectory-modules');
		await modules.getByText('Traject inzetten').click();
		await modules
			.locator('select[name="trajectoryId"]')
			.selectOption({ label: 'Netwerken en LinkedIn – Werkplein (eigen aanbod)' });
		await modules.getByRole('button', { name: 'Inzetten' }).click();
		await expect(page).toHaveURL(/#trajectory-modules$/);
		const item = page.locator('#trajectory-modules li', { hasText: 'Netwerken en LinkedIn' });
		await expect(item).toContainText('Loopt');

		await item.getByText('Resultaat vastleggen').click();
		await item.locator('select[name="status"]').selectOption('completed');
		await item.getByRole('button', { name: 'Resultaat opslaan' }).click();
		await expect(
			page.locator('#trajectory-modules li', { hasText: 'Netwerken en LinkedIn' })
		).toContainText('Afgerond');
		await logout(page);

		await login(page, 'klant@example.org');
		await page.goto('/my?lang=ar');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		const module = page.locator('#modules-title + *').locator('li', {
			hasText: 'Netwerken en LinkedIn'
		});
		await expect(module).toContainText(translated('ar', 'trajectory.status.completed'));
		await expect(page.locator('#journey-title')).toHaveText(
			translated('ar', 'trajectory.my.journeyTitle')
		);
		await expect(page.getByText('Fatima El Amrani')).toBeVisible();
	});

	test('a client logs a job application and the consultant sees it', async ({ page }) => {
		const employer = `Testbedrijf ${Date.now().toString(36)}`;
		await login(page, 'klant@example.org');
		await page.goto('/my?lang=nl');
		await page.getByRole('link', { name: 'Sollicitaties bijhouden' }).click();
		await page.locator('#application-employer').fill(employer);
		await page.locator('#application-position').fill('Magazijnmedewerker');
		await page.locator('#application-method').selectOption('email');
		await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
		await expect(page.getByRole('status')).toContainText('Opgeslagen');
		await expect(page.locator('.applications')).toContainText(employer);
		await logout(page);

		await login(page, 'consulent@example.org');
		await openClientFile(page, 'Mark Jansen');
		await expect(page.locator('#trajectory-job-applications')).toContainText(employer);
		await expect(page.locator('#trajectory-job-applications')).toContainText(
			'Afgesproken: 4 sollicitaties per maand.'
		);
	});

	test('a participation client asks to work; proposal, buddy and quality officer settle it', async ({
		page
	}) => {
		test.setTimeout(240_000);
		await login(page, 'participatie@example.org');
		await page.goto('/my');
		await page.locator('#work-wish-message').fill('Ik wil graag in de zorg werken.');
		await page.getByRole('button', { name: 'Ik wil graag (meer) werken' }).click();
		await expect(page.getByRole('status')).toContainText('Uw consulent inkomen heeft uw vraag');
		await logout(page);

		// The income consultant sees the wish among the tasks and proposes reintegration.
		await login(page, 'inkomen@example.org');
		await page.goto('/staff');
		await page
			.locator('section[aria-labelledby="tasks-title"]')
			.getByRole('link', { name: 'Henk Bakker' })
			.click();
		const section = page.locator('#trajectory-participation');
		await expect(section).toContainText('Ik wil graag in de zorg werken.');
		await section.locator('#propose-category').selectOption('1C');
		await section.locator('#propose-buddyId').selectOption({ label: 'Fatima El Amrani' });
		await section
			.locator('#propose-reason')
			.fill('Gemotiveerd; heeft vrijwilligerswerk in de zorg gedaan.');
		await section.getByRole('button', { name: 'Voorstel naar buddy sturen' }).click();
		await expect(page.locator('#trajectory-participation')).toContainText('wacht op buddy');
		await logout(page);

		// The buddy disagrees.
		await login(page, 'consulent@example.org');
		await page.goto('/staff');
		await page
			.locator('section[aria-labelledby="tasks-title"]')
			.getByRole('link', { name: 'Henk Bakker' })
			.click();
		await page.locator('#buddy-decision').selectOption('decline');
		await page.locator('#buddy-reason').fill('Eerst meer taal en ritme.');
		await page
			.locator('#trajectory-participation')
			.getByRole('button', { name: 'Besluit vastleggen' })
			.click();
		await expect(page.locator('#trajectory-participation')).toContainText(
			'kwaliteitsmedewerker beslist'
		);
		await logout(page);

		// The quality officer decides.
		await login(page, 'kwaliteit@example.org');
		await openClientFile(page, 'Henk Bakker');
		await page.locator('#settle-decision').selectOption('accept');
		await page.locator('#settle-reason').fill('Taal kan naast een leerwerkplek in de zorg.');
		await page
			.locator('#trajectory-participation')
			.getByRole('button', { name: 'Besluit vastleggen' })
			.click();
		await expect(page.locator('#trajectory-participation')).toContainText(
			'Overgezet naar re-integratie'
		);
		await expect(page.locator('#trajectory-route')).toContainText(
			'Re-integratie (route naar werk)'
		);
		await logout(page);

		await login(page, 'participatie@example.org');
		await page.goto('/my');
		await expect(page.locator('ol.timeline')).toContainText(
			'Uw route: Re-integratie (route naar werk)'
		);
	});

	test('a consultant of another municipality cannot open or change a client (404)', async ({
		page
	}) => {
		await login(page, 'consulent@example.org');
		const file = await openClientFile(page, 'Mark Jansen');
		await logout(page);

		await login(page, 'consulent.wassenaar@example.org');
		for (const path of [file, `${file}/trajectory`]) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(404);
			await expect(page.locator('body')).not.toContainText('Mark Jansen');
		}
		const post = await page.request.post(`${file}/trajectory?/note`, {
			form: { body: 'Mag dit?' },
			headers: { origin: new URL(page.url()).origin }
		});
		expect(post.status()).toBe(404);
		// Their own caseload holds only Wassenaar clients.
		await page.goto('/staff');
		await expect(page.locator('#caseload')).not.toContainText('Mark Jansen');
	});
});

test.describe('trajectory pages are accessible (axe-core)', () => {
	for (const lang of ['nl', 'ar']) {
		test(`/my and /my/job-applications of a reintegration client in ${lang}`, async ({ page }) => {
			await login(page, 'klant@example.org');
			for (const path of ['/my', '/my/job-applications']) {
				await page.goto(`${path}?lang=${lang}`);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expectAccessible(page);
			}
		});
	}

	test('/my of an applicant shows the next step', async ({ page }) => {
		await login(page, 'aanvrager@example.org');
		await page.goto('/my');
		await expect(page.locator('ol.timeline [aria-current="step"]')).toContainText('Voorlichting');
		await expect(page.getByRole('link', { name: 'Volg de voorlichting' })).toHaveAttribute(
			'href',
			'/info-session'
		);
		await expectAccessible(page);
	});

	test('the caseload, the catalogue and the figures', async ({ page }) => {
		await login(page, 'kwaliteit@example.org');
		for (const path of [
			'/staff',
			'/staff?scope=all&flag=conversation_due',
			'/staff/catalogue',
			'/staff/figures'
		]) {
			await page.goto(path);
			await expectAccessible(page);
		}
		await expect(page.locator('figure svg[role="img"]').first()).toBeVisible();
		const csv = await page.request.get('/staff/figures/monthly.csv');
		expect(csv.headers()['content-type']).toContain('text/csv');
		expect((await csv.text()).split('\n')[0]).toContain('Instroom');
	});

	test('the caseload of a consultant: their clients, filters and flags', async ({ page }) => {
		await login(page, 'consulent@example.org');
		await page.goto('/staff');
		await expectAccessible(page);
		await expect(page.locator('#caseload [role="status"]')).toContainText('klanten');
		await page.locator('#caseload-flag').selectOption('applications_below');
		await page.getByRole('button', { name: 'Toon' }).click();
		const rows = page.locator('table.caseload tbody tr');
		await expect(rows.first()).toContainText('Minder sollicitaties dan afgesproken');
		await page.getByRole('link', { name: /Dagen in route/ }).click();
		await expect(page).toHaveURL(/sort=days/);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a client logs a job application and asks nothing of the browser', async ({ page }) => {
		await login(page, 'statushouder@example.org');
		await page.goto('/my/job-applications?lang=nl');
		await page.locator('#application-employer').fill('Zorgcentrum Zonder Script');
		await page.locator('#application-position').fill('Helpende');
		await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
		await expect(page.locator('.applications')).toContainText('Zorgcentrum Zonder Script');
		// A form with a mistake comes back with the message and what was typed.
		await page.locator('#application-employer').fill('Alleen een werkgever');
		await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
		await expect(page.getByRole('alert')).toBeVisible();
		await expect(page.locator('#application-employer')).toHaveValue('Alleen een werkgever');
	});
});
