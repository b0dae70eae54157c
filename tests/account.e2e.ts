import { expect, test } from '@playwright/test';
import { expectAccessible, login, register, uniqueEmail } from './support/helpers';

test('changing the password ends the sessions on other devices; logout everywhere ends all', async ({
	browser
}) => {
	const email = uniqueEmail('wachtwoord');
	const password = 'het eerste wachtwoord';
	const phone = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
	await register(phone, { name: 'Twee Apparaten', email, password });
	await expect(phone).toHaveURL(/\/my$/);
	const laptop = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
	await login(laptop, email, password);

	await laptop.goto('/account');
	await expectAccessible(laptop);
	await laptop.locator('input[name="currentPassword"]').fill('niet het wachtwoord');
	await laptop.locator('input[name="newPassword"]').fill('het tweede wachtwoord');
	await laptop.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
	await expect(laptop.locator('#field-currentPassword-error')).toBeVisible();

	await laptop.locator('input[name="currentPassword"]').fill(password);
	await laptop.locator('input[name="newPassword"]').fill('het tweede wachtwoord');
	await laptop.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
	await expect(laptop.getByRole('status')).toContainText('gewijzigd');

	// The phone's session is gone; the laptop continues in a fresh one.
	expect((await phone.goto('/my'))?.url()).toContain('/login');
	expect((await laptop.goto('/my'))?.url()).toMatch(/\/my$/);

	await laptop.goto('/account');
	await laptop.getByRole('button', { name: 'Overal uitloggen' }).click();
	await expect(laptop).toHaveURL(/\/login/);
	expect((await laptop.goto('/my'))?.url()).toContain('/login');
	await login(phone, email, 'het tweede wachtwoord');
	await expect(phone).toHaveURL(/\/my$/);
});

test('a client can turn on the second factor and is then asked for it', async ({ page }) => {
	const email = uniqueEmail('tweestaps');
	const password = 'een zin als wachtwoord';
	await register(page, { name: 'Twee Staps', email, password });
	await page.goto('/account');
	await page.getByRole('link', { name: 'Inloggen met een code aanzetten' }).click();
	await expect(page.getByTestId('manual-key')).toBeVisible();
	await expectAccessible(page);
});
