import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, login, register, translated, uniqueEmail } from './support/helpers';

/**
 * Privacy duties end to end: a consultant's look at a file is audited, the person sees who looked
 * at /my/data (page and JSON download), and a quality officer finds it in the audit log.
 */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const CONSULTANT = { email: 'consulent@example.org', name: 'Fatima El Amrani' };

async function staffPage(browser: Browser, email: string): Promise<Page> {
	const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
	await login(page, email);
	return page;
}

test('a look at the file is audited, shown to the person and found by the quality officer', async ({
	page,
	browser
}) => {
	const name = `Privacy Proef ${Date.now().toString(36)}`;
	const email = uniqueEmail('privacy');
	await register(page, { name, email });
	await page.waitForURL('**/my');

	// Nobody has looked yet.
	await page.goto('/my/data');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		translated('nl', 'myData.title')
	);
	await expect(page.getByText(translated('nl', 'myData.noViews'))).toBeVisible();

	// The work consultant finds the new applicant and opens the file.
	const consultant = await staffPage(browser, CONSULTANT.email);
	await consultant.goto(`/staff/clients?q=${encodeURIComponent(name)}`);
	const link = consultant.locator(`a[href^="/staff/clients/"]`, { hasText: name });
	const href = await link.first().getAttribute('href');
	const clientId = UUID.exec(href ?? '')?.[0];
	expect(clientId, 'the applicant is in the consultant’s search').toBeTruthy();
	await consultant.goto(`/staff/clients/${clientId}`);
	await expect(consultant.getByRole('heading', { level: 1 })).toContainText(name);

	// The person now sees who looked, when and at what.
	await page.reload();
	const views = page.locator('table', {
		has: page.locator('caption', { hasText: translated('nl', 'myData.viewsCaption') })
	});
	await expect(views).toContainText(CONSULTANT.name);
	await expect(views).toContainText(translated('nl', 'roles.work_consultant'));
	await expect(views).toContainText('client_file.view');
	await expectAccessible(page);

	// The download holds the same, as a JSON attachment.
	const download = await page.request.get('/my/data/download');
	expect(download.status()).toBe(200);
	expect(download.headers()['content-type']).toContain('application/json');
	expect(download.headers()['content-disposition']).toContain('attachment');
	const exported = await download.json();
	expect(exported.account).toMatchObject({ name, email });
	expect(exported.viewedBy).toEqual(
		expect.arrayContaining([
			expect.objectContaining({ name: CONSULTANT.name, action: 'client_file.view' })
		])
	);
	// Only this person's data: no one else's account in it.
	expect(JSON.stringify(exported)).not.toContain('klant@example.org');

	// The quality officer filters the audit log on this person and sees the consultant's look.
	const officer = await staffPage(browser, 'kwaliteit@example.org');
	await officer.goto(`/staff/audit?subject=${clientId}`);
	const rows = officer.locator('tbody tr', { hasText: 'client_file.view' });
	await expect(rows.first()).toContainText(CONSULTANT.name);
	await expect(rows.first()).toContainText(name);
	// Filtered: every line is about this person.
	for (const row of await officer.locator('tbody tr').all()) await expect(row).toContainText(name);
	await expectAccessible(officer);

	// Reading the log is logged too.
	await officer.goto('/staff/audit?action=audit_log.view');
	await expect(officer.locator('tbody tr').first()).toContainText('audit_log.view');

	await consultant.context().close();
	await officer.context().close();
});
