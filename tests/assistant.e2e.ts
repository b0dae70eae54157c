import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectAccessible, login, logout, translated } from './support/helpers';

/** A topic's text in one language, straight from the content files. */
function topic(slug: string, locale: string): { title: string; nextStep: { href: string } } {
	const file = JSON.parse(readFileSync(`src/lib/content/assistant/topics/${slug}.json`, 'utf8'));
	return file.locales[locale];
}

async function ask(page: Page, question: string): Promise<void> {
	const before = await page.locator('.conversation > li').count();
	await page.locator('#question').fill(question);
	await page.locator('form.ask-form button[type="submit"]').first().click();
	await expect(page.locator('.conversation > li')).toHaveCount(before + 1);
}

const lastReply = (page: Page) => page.locator('.conversation > li').last().locator('.reply');

test.describe('FAQ assistant', () => {
	test('Arabic portal: an Arabic question gets an Arabic answer with a working link', async ({
		page
	}) => {
		await page.goto('/assistant?lang=ar');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await expect(page.locator('h1')).toHaveText(translated('ar', 'assistant.title'));

		await ask(page, 'شو هي جلسة المعلومات؟ لازم احضرها؟');
		const expected = topic('info-session', 'ar');
		const reply = lastReply(page);
		await expect(reply.locator('.reply-title')).toHaveText(expected.title);
		await expect(reply.locator('.reply-text strong').first()).toBeVisible();
		const next = reply.locator('.next-step a');
		await expect(next).toHaveAttribute('href', expected.nextStep.href);
		await next.click();
		await expect(page).toHaveURL(/\/info-session$/);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('h1')).toBeVisible();
	});

	test('an English question on the Arabic portal is answered in Arabic', async ({ page }) => {
		await page.goto('/assistant?lang=ar');
		await ask(page, 'How do I apply for social assistance?');
		await expect(lastReply(page).locator('.reply-title')).toHaveText(
			topic('apply-for-benefit', 'ar').title
		);
		const link = lastReply(page).locator('.reply-text a').first();
		await expect(link).toHaveAttribute('href', /^https:\/\//);
	});

	test('an out-of-scope question is declined, with the way to a person', async ({ page }) => {
		await page.goto('/assistant?lang=nl');
		await ask(page, 'Wie wint dit jaar het WK voetbal?');
		const reply = lastReply(page);
		await expect(reply.locator('.decline')).toHaveText(
			translated('nl', 'assistant.decline.outOfScope')
		);
		await expect(reply.locator('.reply-title')).toHaveCount(0);
		// Not logged in: how to log in and how to reach the municipality.
		await expect(
			reply.getByRole('link', { name: translated('nl', 'assistant.handoff.loginLink') })
		).toBeVisible();
		await expect(reply.locator('a[href^="tel:"]')).toContainText('14 070');
		await expect(reply).toContainText('Maandag tot en met vrijdag');
	});

	test('"did not help" thanks the person and offers the suggestions and a person', async ({
		page
	}) => {
		await page.goto('/assistant?lang=en');
		await ask(page, 'When is my benefit paid?');
		const reply = lastReply(page);
		await expect(reply.locator('.reply-title')).toHaveText(topic('payment-date', 'en').title);
		await reply.getByRole('button', { name: translated('en', 'assistant.feedback.no') }).click();
		await expect(lastReply(page)).toContainText(translated('en', 'assistant.feedback.thanksNo'));
		await expect(lastReply(page).locator('.suggestions button').first()).toBeVisible();
		await lastReply(page).locator('.suggestions button').first().click();
		await expect(page.locator('.conversation > li')).toHaveCount(2);
		await expect(lastReply(page).locator('.reply-title')).toBeVisible();
	});

	test('a logged-in client hands a question to the consultant, who sees it', async ({ page }) => {
		const marker = `Zebrapad${Date.now().toString(36)}`;
		const question = `Mag ik met mijn ${marker} naar de kinderboerderij op dinsdag?`;
		await login(page, 'klant@example.org');
		await page.goto('/assistant');
		await ask(page, question);
		const reply = lastReply(page);
		await expect(reply.locator('.decline')).toBeVisible();
		await reply.getByRole('button', { name: translated('nl', 'assistant.handoff.send') }).click();
		await expect(lastReply(page)).toContainText(translated('nl', 'assistant.handoff.sent'));
		await logout(page);

		await login(page, 'consulent@example.org');
		await page.goto('/staff/assistant/handoffs');
		const item = page.locator('.handoffs > li', { hasText: marker });
		await expect(item).toBeVisible();
		await expect(item.locator('h2')).toHaveText('Mark Jansen');
		await item.getByRole('link', { name: 'Mark Jansen' }).click();
		const section = page.locator('section.assistant-questions');
		await expect(section.locator('h2')).toHaveText(translated('nl', 'assistant.section.title'));
		await expect(section).toContainText(marker);
		await section
			.locator('li', { hasText: marker })
			.getByRole('button', { name: translated('nl', 'assistant.handoffs.markHandled') })
			.click();
		await expect(page).toHaveURL(/\/staff\/clients\//);
		await expect(page.locator('section.assistant-questions li', { hasText: marker })).toContainText(
			translated('nl', 'assistant.handoffs.status.handled')
		);
	});

	test('a quality officer edits an answer; the assistant uses it without a restart', async ({
		page
	}) => {
		const title = `Wanneer krijg ik mijn geld (${Date.now().toString(36)})`;
		await login(page, 'kwaliteit@example.org');
		await page.goto('/staff/assistant');
		await expect(page.locator('h1')).toHaveText(translated('nl', 'assistant.staff.title'));
		await page.goto('/staff/assistant/payment-date/nl');
		await page.locator('input[name="title"]').fill(title);
		await page
			.getByRole('button', { name: translated('nl', 'assistant.edit.saveReviewed') })
			.click();
		await expect(page.getByRole('status')).toContainText(
			translated('nl', 'assistant.edit.savedReviewed')
		);
		await page.goto('/staff/assistant');
		// The index is rebuilt in the background; ask until the new text is served.
		await expect(async () => {
			const response = await page.request.post('/api/assistant', {
				data: { question: 'Wanneer wordt mijn uitkering betaald?', locale: 'nl' }
			});
			expect((await response.json()).title).toBe(title);
		}).toPass({ timeout: 90_000, intervals: [1_000, 2_000, 5_000] });
	});

	test('a consultant may read the answers but not change them', async ({ page }) => {
		await login(page, 'inkomen@example.org');
		await page.goto('/staff/assistant/benefit-amount/ar');
		await expect(page.locator('input[name="title"]')).toHaveCount(0);
		await expect(page.locator('body')).toContainText(translated('nl', 'assistant.staff.readOnly'));
		const response = await page.request.post('/staff/assistant/benefit-amount/ar', {
			form: { title: 'x', answer: 'y', phrasings: 'a', intent: 'save' },
			headers: { origin: new URL(page.url()).origin }
		});
		expect(response.status()).toBe(403);
	});

	test('axe-core finds no serious problems on /assistant (nl and ar, with an answer)', async ({
		page
	}) => {
		for (const lang of ['nl', 'ar']) {
			await page.goto(`/assistant?lang=${lang}`);
			await expectAccessible(page);
			await ask(page, lang === 'ar' ? 'كيف أحجز موعد؟' : 'Hoe maak ik een afspraak?');
			await expectAccessible(page);
			await ask(page, 'Wat is de hoofdstad van Frankrijk?');
			await expectAccessible(page);
		}
	});

	test('POST /api/assistant: 200 with the documented shape; bad JSON gives 400', async ({
		request
	}) => {
		const ok = await request.post('/api/assistant', {
			data: { question: 'ሓገዝ ገንዘብ ከመይ ይሕተት?', locale: 'ti' }
		});
		expect(ok.status()).toBe(200);
		const body = await ok.json();
		expect(body).toMatchObject({ topic: 'apply-for-benefit', handoff: false });
		expect(typeof body.answer).toBe('string');
		expect(typeof body.confidence).toBe('number');
		expect(Array.isArray(body.suggestions)).toBe(true);

		const bad = await request.post('/api/assistant', {
			headers: { 'content-type': 'application/json' },
			data: '{"question": "hoi", locale: nl'
		});
		expect(bad.status()).toBe(400);
		expect((await bad.json()).error).toBe(translated('nl', 'assistant.errors.invalidJson'));

		const tooLong = await request.post('/api/assistant', {
			data: { question: 'x'.repeat(501), locale: 'en' }
		});
		expect(tooLong.status()).toBe(400);
		expect((await tooLong.json()).error).toBe(
			translated('en', 'assistant.errors.tooLong', { max: '500' })
		);
	});
});

test.describe('FAQ assistant without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('ask, answer, feedback, pick a suggestion and start again with plain form posts', async ({
		page
	}) => {
		await page.goto('/assistant?lang=nl');
		await ask(page, 'Hoe vraag ik bijstand aan?');
		await expect(lastReply(page).locator('.reply-title')).toHaveText(
			topic('apply-for-benefit', 'nl').title
		);
		await ask(page, 'Moet ik Nederlands leren?');
		await expect(page.locator('.conversation > li')).toHaveCount(2);
		await lastReply(page)
			.getByRole('button', { name: translated('nl', 'assistant.feedback.yes') })
			.click();
		await expect(page.locator('.conversation > li')).toHaveCount(2);
		await expect(lastReply(page)).toContainText(translated('nl', 'assistant.feedback.thanks'));

		await ask(page, 'Kwispelt de gemeentehond?');
		await expect(page.locator('.conversation > li')).toHaveCount(3);
		await expect(lastReply(page).locator('.decline')).toBeVisible();

		await page.getByRole('button', { name: translated('nl', 'assistant.form.clear') }).click();
		await expect(page.locator('.conversation')).toHaveCount(0);
		await page
			.getByRole('button', { name: translated('nl', 'assistant.starters.interpreter') })
			.click();
		await expect(lastReply(page).locator('.reply-title')).toHaveText(
			topic('interpreter', 'nl').title
		);
	});
});
