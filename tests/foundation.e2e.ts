import { expect, test } from '@playwright/test';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import {
	expectAccessible,
	login,
	logout,
	register,
	totpCode,
	translated,
	uniqueEmail
} from './support/helpers';

test.describe('accounts, roles and languages', () => {
	test('register, land on /my, switch to Arabic, log out and in again', async ({ page }) => {
		const email = uniqueEmail('nieuw');
		const password = 'mijn eigen sterke zin';
		await register(page, { name: 'Yonas Tesfay', email, password });
		await expect(page).toHaveURL(/\/my$/);
		await expect(page.locator('h1')).toContainText('Yonas Tesfay');
		await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

		await page.getByRole('link', { name: 'العربية' }).click();
		await expect(page).toHaveURL(/\/my$/);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await expect(page.locator('h1')).toHaveText(
			translated('ar', 'my.greeting', { name: 'Yonas Tesfay' })
		);

		await logout(page);
		await login(page, email, password);
		await expect(page).toHaveURL(/\/my$/);
		// The chosen language stays: the cookie and the person's preference both say Arabic.
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	});

	test('a wrong password keeps the e-mail address and explains', async ({ page }) => {
		await page.goto('/login');
		await page.locator('input[name="email"]').fill('klant@example.org');
		await page.locator('input[name="password"]').fill('not the password');
		await page.locator('form.utrecht-form button[type="submit"]').click();
		await expect(page.getByRole('alert')).toContainText('klopt niet');
		await expect(page.locator('input[name="email"]')).toHaveValue('klant@example.org');
	});

	test('bad registration input gets field messages and keeps what was typed', async ({ page }) => {
		await register(page, { name: 'Rahel', email: 'not-an-address', password: 'kort' });
		await expect(page.getByRole('alert')).toBeVisible();
		await expect(page.locator('#field-email-error')).toBeVisible();
		await expect(page.locator('input[name="name"]')).toHaveValue('Rahel');
		await expect(page.locator('input[name="email"]')).toHaveValue('not-an-address');
	});

	test('a client is refused a staff page; not logged in goes to login', async ({ page }) => {
		const anonymous = await page.goto('/staff/admin/users');
		expect(anonymous?.url()).toContain('/login?redirectTo=');
		await login(page, 'klant@example.org');
		const refused = await page.goto('/staff/admin/users');
		expect(refused?.status()).toBe(403);
		await expect(page.locator('h1')).toHaveText('Geen toegang');
		await expect(page.locator('body')).not.toContainText('admin@example.org');
	});

	test('staff land on /staff; an administrator creates a staff account', async ({ page }) => {
		await login(page, 'admin@example.org');
		await expect(page).toHaveURL(/\/staff$/);
		await page.getByRole('link', { name: 'Gebruikers en medewerkers' }).click();
		const email = uniqueEmail('consulent');
		await page.locator('input[name="name"]').fill('Nieuwe Consulent');
		await page.locator('input[name="email"]').fill(email);
		await page.locator('select[name="role"]').selectOption('work_consultant');
		await page.getByRole('button', { name: 'Account maken' }).click();
		await expect(page.getByRole('status')).toContainText(email);
		const initial = (await page.locator('[role="status"] code').textContent())!.trim();
		await logout(page);

		// A new staff member must set up the second factor before anything else.
		await page.goto('/login');
		await page.locator('input[name="email"]').fill(email);
		await page.locator('input[name="password"]').fill(initial);
		await page.locator('form.utrecht-form button[type="submit"]').click();
		await expect(page).toHaveURL(/\/login\/two-factor\/setup$/);
		expect((await page.goto('/staff'))?.url()).toContain('/login/two-factor');
		await page.goto('/login/two-factor/setup');
		const key = decodeBase32IgnorePadding(
			(await page.getByTestId('manual-key').textContent())!.replace(/\s/g, '')
		);
		await page.locator('input[name="code"]').fill(totpCode(key));
		await page.getByRole('button', { name: 'Instellen' }).click();
		await expect(page.locator('ul.codes li')).toHaveCount(8);
		const recovery = (await page.locator('ul.codes li').first().textContent())!.trim();
		await page.getByRole('link', { name: 'Verder' }).click();
		await expect(page).toHaveURL(/\/staff$/);
		await logout(page);

		// Lost phone: a recovery code gets them in to set up a new authenticator.
		await page.goto('/login');
		await page.locator('input[name="email"]').fill(email);
		await page.locator('input[name="password"]').fill(initial);
		await page.locator('form.utrecht-form button[type="submit"]').click();
		await expect(page).toHaveURL(/\/login\/two-factor$/);
		await page.locator('input[name="code"]').fill('000000');
		await page.locator('form.utrecht-form button[type="submit"]').click();
		await expect(page.locator('#field-code-error')).toBeVisible();
		await page.getByRole('link', { name: 'Geen toegang tot uw app?' }).click();
		await expect(page).toHaveURL(/\/login\/two-factor\/recovery$/);
		await page.locator('input[name="code"]').fill(recovery);
		await page.locator('form.utrecht-form button[type="submit"]').click();
		await expect(page).toHaveURL(/\/login\/two-factor\/setup$/);
	});
});

test.describe('accessibility (axe-core)', () => {
	for (const lang of ['nl', 'ar']) {
		test(`landing, login and register pages in ${lang}`, async ({ page }) => {
			for (const path of ['/', '/login', '/register', '/accessibility']) {
				await page.goto(`${path}?lang=${lang}`);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expectAccessible(page);
			}
		});

		test(`/my in ${lang}`, async ({ page }) => {
			await login(page, 'klant@example.org');
			await page.goto(`/my?lang=${lang}`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expectAccessible(page);
		});
	}
});
