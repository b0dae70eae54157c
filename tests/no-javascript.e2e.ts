import { expect, test } from '@playwright/test';
import { login, logout, register, uniqueEmail } from './support/helpers';

test.use({ javaScriptEnabled: false });

test('the whole account flow works with JavaScript off', async ({ page }) => {
	const email = uniqueEmail('zonderjs');
	const password = 'zonder javascript gaat het ook';
	await register(page, { name: 'Zonder Script', email, password, language: 'ti' });
	await expect(page).toHaveURL(/\/my$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ti');

	await page.getByRole('link', { name: 'العربية' }).click();
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('h1')).toContainText('Zonder Script');

	await logout(page);
	await login(page, email, password);
	await expect(page).toHaveURL(/\/my$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
});
