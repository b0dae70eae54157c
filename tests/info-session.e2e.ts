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

interface Question {
	id: string;
	question: string;
	correct: string;
	options: { id: string; text: string }[];
}
interface Module {
	title: string;
	screens: { heading: string }[];
	quiz: Question[];
}
const SLUGS = ['how-it-works', 'rights', 'duties', 'measures', 'help', 'next-steps'];

function content(locale: string): Record<string, Module> {
	const file = `src/lib/content/info-session/${locale}.json`;
	return (JSON.parse(readFileSync(file, 'utf8')) as { modules: Record<string, Module> }).modules;
}

/** The one wrong first answer of the completion flows: a trip abroad, "I just go". */
const WRONG = { slug: 'duties', questionId: 'q2', option: 'b' };

async function answer(page: Page, locale: string, option: string) {
	await page.locator(`input[name="option"][value="${option}"]`).check();
	await page.getByRole('button', { name: translated(locale, 'infoSession.quiz.check') }).click();
}

/** Reads every screen of a module and answers its quiz; one wrong answer when `wrong` says so. */
async function completeModule(page: Page, locale: string, slug: string) {
	const mod = content(locale)[slug];
	for (const [i, screen] of mod.screens.entries()) {
		await expect(page.locator('#screen-heading')).toHaveText(screen.heading);
		const last = i === mod.screens.length - 1;
		const next = translated(locale, last ? 'infoSession.module.toQuiz' : 'infoSession.module.next');
		await page.getByRole('link', { name: next, exact: true }).click();
	}
	for (const [i, question] of mod.quiz.entries()) {
		await expect(page.locator('legend')).toContainText(question.question);
		const wrong = slug === WRONG.slug && question.id === WRONG.questionId;
		await answer(page, locale, wrong ? WRONG.option : question.correct);
		if (wrong) {
			await expect(page.locator('.feedback h2')).toHaveText(
				translated(locale, 'infoSession.quiz.wrong')
			);
			const right = question.options.find((o) => o.id === question.correct)!.text;
			await expect(page.locator('.feedback')).toContainText(right);
		} else {
			await expect(page.locator('.feedback h2')).toHaveText(
				translated(locale, 'infoSession.quiz.right')
			);
		}
		const last = i === mod.quiz.length - 1;
		const next = translated(
			locale,
			last ? 'infoSession.quiz.finish' : 'infoSession.quiz.nextQuestion'
		);
		await page.getByRole('link', { name: next }).click();
	}
	await expect(page.locator('h1')).toHaveText(
		translated(locale, 'infoSession.quiz.doneTitle', { module: mod.title })
	);
}

/** From the module list: "start"/"continue where you left off" leads through every module. */
async function completeAllModules(page: Page, locale: string) {
	await page.goto('/info-session');
	await page.getByRole('link', { name: translated(locale, 'infoSession.start') }).click();
	for (const [i, slug] of SLUGS.entries()) {
		if (i === 3) {
			// Halfway: back to the list and on with "continue where you left off".
			await page.goto('/info-session');
			await expect(page.locator('progress')).toHaveAttribute('value', '3');
			await page.getByRole('link', { name: translated(locale, 'infoSession.continue') }).click();
		} else if (i > 0) {
			const title = content(locale)[slug].title;
			await page
				.getByRole('link', {
					name: translated(locale, 'infoSession.quiz.nextModule', { module: title })
				})
				.click();
		}
		await completeModule(page, locale, slug);
	}
	await page.getByRole('link', { name: translated(locale, 'infoSession.toConfirm') }).click();
}

async function confirm(page: Page, locale: string) {
	await expect(page).toHaveURL(/\/info-session\/confirm$/);
	await page.getByLabel(translated(locale, 'infoSession.confirm.checkbox')).check();
	await page
		.getByRole('button', { name: translated(locale, 'infoSession.confirm.submit') })
		.click();
	await expect(page).toHaveURL(/\/info-session\/summary/);
	await expect(page.locator('h1')).toHaveText(translated(locale, 'infoSession.summary.title'));
}

test.describe('information session', () => {
	test('an applicant completes it in Arabic; the consultant sees language and wrong answer', async ({
		page,
		browser,
		baseURL
	}) => {
		test.setTimeout(180_000); // six modules, then a staff login with a second factor
		const name = `Amira Haddad ${Date.now().toString(36)}`;
		await register(page, { name, email: uniqueEmail('voorlichting'), language: 'ar' });
		await expect(page).toHaveURL(/\/my$/);
		await completeAllModules(page, 'ar');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await confirm(page, 'ar');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		// The summary holds every module's key points.
		await expect(page.locator('.module')).toHaveCount(6);
		await expect(page.locator('main')).toContainText(content('ar').duties.title);

		const staff = await (await browser.newContext({ baseURL, locale: 'nl-NL' })).newPage();
		await login(staff, 'consulent@example.org');
		await staff.goto(`/staff/clients?q=${encodeURIComponent(name)}`);
		await staff.getByRole('link', { name }).click();
		const section = staff.locator('section.info-session');
		await expect(section).toContainText(translated('nl', 'infoSession.staff.completed'));
		await expect(section).toContainText('العربية');
		await expect(section).toContainText(content('nl').duties.quiz[1].question);
		await expect(section.locator('.hints li')).toHaveCount(1);
		await staff.context().close();
	});

	test('a consultant sees who has not completed it; a client may not', async ({ page }) => {
		test.setTimeout(120_000); // the staff login may wait for a fresh second-factor code
		await login(page, 'consulent@example.org');
		await page.goto('/staff/info-session');
		await expect(page.locator('table')).toContainText(
			translated('nl', 'infoSession.staff.translation.draft')
		);
		await page
			.getByRole('link', { name: translated('nl', 'infoSession.staff.notCompletedLink') })
			.click();
		// By default the list shows those who booked an intake; the demo applicant has not yet.
		await page.getByRole('link', { name: translated('nl', 'infoSession.staff.showAll') }).click();
		await expect(page).toHaveURL(/all=1/);
		const row = page.locator('tr', { hasText: 'Sanne de Vries' });
		await expect(row).toContainText('2 van 6');
		await expect(page.locator('table')).not.toContainText('Mark Jansen');
		await logout(page);

		await login(page, 'klant@example.org');
		const refused = await page.goto('/staff/info-session/not-completed');
		expect(refused?.status()).toBe(403);
		await expect(page.locator('body')).not.toContainText('Sanne de Vries');
	});

	test('bad input: an unknown module is a 404, tampered answers get a clear message', async ({
		page
	}) => {
		const missing = await page.goto('/info-session/no-such-module');
		expect(missing?.status()).toBe(404);
		await expect(page.locator('h1')).toHaveText(translated('nl', 'errors.notFound.title'));
		expect((await page.goto('/info-session/rights/quiz?question=q99'))?.status()).toBe(404);

		await page.goto('/info-session/rights/quiz');
		await page.locator('input[name="option"][value="a"]').evaluate((el) => {
			(el as HTMLInputElement).value = 'zzz';
		});
		await answer(page, 'nl', 'zzz');
		await expect(page.getByRole('alert')).toContainText(
			translated('nl', 'infoSession.quiz.unknownAnswer')
		);

		await page.goto('/info-session/rights/quiz');
		await page.locator('input[name="question"]').evaluate((el) => {
			(el as HTMLInputElement).value = 'q99';
		});
		await answer(page, 'nl', 'a');
		await expect(page.getByRole('alert')).toContainText(
			translated('nl', 'infoSession.quiz.unknownAnswer')
		);

		await page.getByRole('button', { name: translated('nl', 'infoSession.quiz.check') }).click();
		await expect(page.getByRole('alert')).toContainText(
			translated('nl', 'infoSession.quiz.chooseOne')
		);
		// Nothing was recorded.
		await page.goto('/info-session');
		await expect(page.locator('.status-not_started')).toHaveCount(6);
	});

	test('"read aloud" appears only when the browser has a voice for the language', async ({
		page
	}) => {
		await page.goto('/info-session/rights');
		await expect(page.locator('h1')).toBeVisible();
		await expect(page.locator('.read-aloud')).toHaveCount(0);

		await page.addInitScript(() => {
			const spoken: string[] = [];
			(window as unknown as { spoken: string[] }).spoken = spoken;
			// A test voice is a plain object, which the real utterance would refuse.
			(window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance =
				class {
					voice: unknown = null;
					lang = '';
					onend: unknown = null;
					onerror: unknown = null;
					constructor(public text: string) {}
				};
			Object.defineProperty(window, 'speechSynthesis', {
				configurable: true,
				value: {
					getVoices: () => [{ lang: 'nl-NL', name: 'Test' }],
					addEventListener: () => {},
					removeEventListener: () => {},
					cancel: () => {},
					speak: (u: SpeechSynthesisUtterance) => spoken.push(u.text)
				}
			});
		});
		await page.goto('/info-session/rights');
		const button = page.getByRole('button', {
			name: translated('nl', 'infoSession.readAloud.start')
		});
		await button.click();
		const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
		expect(spoken[0]).toContain(content('nl').rights.screens[0].heading);
		await expect(
			page.getByRole('button', { name: translated('nl', 'infoSession.readAloud.stop') })
		).toBeVisible();
	});

	for (const lang of ['nl', 'ar']) {
		test(`axe-core finds nothing serious on the list, a module and a quiz page in ${lang}`, async ({
			page
		}) => {
			for (const path of [
				'/info-session',
				'/info-session/duties?screen=2',
				'/info-session/duties/quiz'
			]) {
				await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expectAccessible(page);
			}
			// A quiz page showing the explanation after a wrong answer.
			await answer(page, lang, 'a');
			await expect(page.locator('.feedback')).toBeVisible();
			await expectAccessible(page);
		});
	}
});

test.describe('information session without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('done anonymously, carried over at registration, then confirmed', async ({ page }) => {
		test.setTimeout(180_000); // six modules, every step a full page load
		await page.goto('/');
		await page
			.getByRole('navigation', { name: translated('nl', 'common.mainNavigation') })
			.getByRole('link', { name: translated('nl', 'infoSession.nav') })
			.click();
		await expect(page).toHaveURL(/\/info-session$/);
		await expect(page.locator('main')).toContainText(translated('nl', 'infoSession.anonymousNote'));
		await completeAllModules(page, 'nl');
		// Not logged in: asked to log in or register; the progress is kept.
		await expect(page.locator('h1')).toHaveText(translated('nl', 'infoSession.confirm.loginTitle'));
		await page
			.locator('main')
			.getByRole('link', { name: translated('nl', 'infoSession.confirm.register') })
			.click();
		await register(page, { name: 'Zonder Script Voorlichting', email: uniqueEmail('zonderjs') });
		await expect(page).toHaveURL(/\/my$/);

		await page.goto('/info-session');
		await expect(page.locator('progress')).toHaveAttribute('value', '6');
		await page.getByRole('link', { name: translated('nl', 'infoSession.toConfirm') }).click();
		await page
			.getByRole('button', { name: translated('nl', 'infoSession.confirm.submit') })
			.click();
		await expect(page.getByRole('alert')).toContainText(
			translated('nl', 'infoSession.confirm.required')
		);
		await confirm(page, 'nl');
		await expect(page.locator('main')).toContainText('Nederlands');
	});
});
