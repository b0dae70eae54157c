import { expect, test, type Page } from '@playwright/test';
import {
	expectAccessible,
	login,
	logout,
	register,
	translated,
	uniqueEmail
} from './support/helpers';

const DAY = 86_400_000;
/** A calendar date some days ahead (well past every booking notice). */
const dateAhead = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

function icsField(ics: string, name: string): string | undefined {
	return ics
		.replace(/\r\n[ \t]/g, '')
		.split(/\r?\n/)
		.find((line) => line.startsWith(`${name}:`))
		?.slice(name.length + 1);
}

/** A consultant plans slots on /staff/slots (Dutch staff interface). */
async function createSlots(
	page: Page,
	input: {
		date: string;
		time: string;
		minutes: string;
		capacity: string;
		weeks: string;
		talks: string;
	}
) {
	await page.goto('/staff/slots');
	const form = page.locator('form[action="?/create"]');
	await form.locator('select[name="type"]').selectOption('info_session');
	await form.locator('input[name="date"]').fill(input.date);
	await form.locator('input[name="startTime"]').fill(input.time);
	await form.locator('input[name="minutes"]').fill(input.minutes);
	await form.locator('input[name="capacity"]').fill(input.capacity);
	await form.locator('input[name="weeks"]').fill(input.weeks);
	await form.locator('input[name="talkCount"]').fill(input.talks);
	const fatima = await form
		.locator('select[name="talkConsultantId"] option', { hasText: 'Fatima El Amrani' })
		.getAttribute('value');
	await form.locator('select[name="talkConsultantId"]').selectOption(fatima!);
	await form.getByRole('button', { name: translated('nl', 'booking.staff.create') }).click();
	await expect(page.getByRole('status')).toHaveText(
		translated('nl', 'booking.staff.created', { count: input.weeks })
	);
}

async function calendarFile(page: Page, card: ReturnType<Page['locator']>) {
	const href = await card.locator('a[href$="calendar.ics"]').getAttribute('href');
	const response = await page.request.get(href!);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('text/calendar');
	return response.text();
}

test.describe('booking without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('staff plan a series; an applicant books a seat and a talk, downloads, moves and cancels it; mails are in English; nobody else can touch it', async ({
		page,
		browser
	}) => {
		test.setTimeout(180_000);
		await login(page, 'consulent@example.org');
		await createSlots(page, {
			date: dateAhead(9),
			time: '13:15',
			minutes: '60',
			capacity: '12',
			weeks: '3',
			talks: '3'
		});
		await expect(page.locator('table')).toContainText('13:15 – 14:15');
		await logout(page);

		const email = uniqueEmail('boeker');
		await register(page, { name: 'Tesfay Boeker', email, language: 'en' });
		await expect(page).toHaveURL(/\/my$/);

		// A seat in the first 13:15 session, with a Tigrinya interpreter.
		await page.goto('/appointments/book');
		await page.locator('label', { hasText: '13:15 – 14:15' }).first().click();
		await page.locator('select[name="interpreterLanguage"]').selectOption('ti');
		await page.getByRole('button', { name: translated('en', 'booking.book.submit') }).click();
		await expect(page).toHaveURL(/\/appointments\?done=booked$/);
		await expect(page.getByRole('status')).toHaveText(
			translated('en', 'booking.appointments.done.booked')
		);

		// Talks: only those after the session the person has a seat in.
		await page.goto('/appointments/book?type=talk');
		await expect(page.locator('input[name="slotId"]')).toHaveCount(3);
		await page.locator('label', { hasText: '14:15 – 14:30' }).click();
		await page.getByRole('button', { name: translated('en', 'booking.book.submit') }).click();
		await expect(page).toHaveURL(/done=booked$/);

		const talkCard = page.locator('article', {
			hasText: translated('en', 'booking.types.talk')
		});
		await expect(talkCard).toContainText('14:15 – 14:30');
		await expect(talkCard).toContainText('Fatima El Amrani');
		const v0 = await calendarFile(page, talkCard);
		const uid = icsField(v0, 'UID');
		expect(uid).toMatch(/@/);
		expect(icsField(v0, 'SEQUENCE')).toBe('0');
		expect(icsField(v0, 'METHOD')).toBe('REQUEST');
		const talkId = (await talkCard.locator('a[href$="/cancel"]').getAttribute('href'))!.split(
			'/'
		)[2];

		// Move the talk to the next quarter of an hour.
		await talkCard
			.getByRole('link', { name: translated('en', 'booking.appointments.move') })
			.click();
		await expect(page.locator('h1')).toHaveText(translated('en', 'booking.book.moveTitle'));
		await page.locator('label', { hasText: '14:30 – 14:45' }).click();
		await page.getByRole('button', { name: translated('en', 'booking.book.moveSubmit') }).click();
		await expect(page).toHaveURL(/done=moved$/);
		await expect(talkCard).toContainText('14:30 – 14:45');
		const v1 = await calendarFile(page, talkCard);
		expect(icsField(v1, 'UID')).toBe(uid);
		expect(icsField(v1, 'SEQUENCE')).toBe('1');

		// A second applicant cannot see, move or cancel it.
		const other = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' });
		const stranger = await other.newPage();
		await register(stranger, { name: 'Iemand Anders', email: uniqueEmail('ander') });
		await expect(stranger).toHaveURL(/\/my$/);
		expect((await stranger.goto(`/appointments/${talkId}/cancel`))?.status()).toBe(404);
		expect((await stranger.goto(`/appointments/book?move=${talkId}`))?.status()).toBe(404);
		expect((await stranger.request.get(`/appointments/${talkId}/calendar.ics`)).status()).toBe(404);
		const origin = new URL(page.url()).origin;
		const post = await stranger.request.post(`/appointments/${talkId}/cancel`, {
			headers: { origin },
			form: { reason: 'ill' }
		});
		expect(post.status()).toBe(404);
		await other.close();

		// Cancel it with a reason.
		await talkCard
			.getByRole('link', { name: translated('en', 'booking.appointments.cancel') })
			.click();
		await page
			.locator('label', { hasText: translated('en', 'booking.cancel.reasons.ill') })
			.click();
		await page.getByRole('button', { name: translated('en', 'booking.cancel.submit') }).click();
		await expect(page).toHaveURL(/done=cancelled$/);
		const cancelledCard = page.locator('article', {
			hasText: translated('en', 'booking.appointments.status.cancelled')
		});
		const v2 = await calendarFile(page, cancelledCard);
		expect(icsField(v2, 'UID')).toBe(uid);
		expect(icsField(v2, 'METHOD')).toBe('CANCEL');
		expect(icsField(v2, 'STATUS')).toBe('CANCELLED');
		await logout(page);

		// The outbox shows the messages, written in the applicant's language.
		await login(page, 'consulent@example.org');
		await page.goto('/staff/outbox');
		const mine = page.locator('li.message', { hasText: email });
		await expect(mine).toHaveCount(4);
		await expect(mine.filter({ hasText: 'Appointment made: Information session' })).toHaveCount(1);
		await expect(mine.filter({ hasText: 'Appointment made: Short talk' })).toHaveCount(1);
		await expect(mine.filter({ hasText: 'Appointment moved: Short talk' })).toHaveCount(1);
		await expect(mine.filter({ hasText: 'Appointment cancelled: Short talk' })).toHaveCount(1);

		// The slot list shows the interpreter asked for.
		await page.goto(`/staff/slots?from=${dateAhead(9)}&type=info_session&weeks=1`);
		await expect(page.locator('tr', { hasText: '13:15 – 14:15' }).first()).toContainText(
			translated('nl', 'booking.languages.ti')
		);
	});

	test('the last seat taken in between: a friendly message with the nearest free times, choices kept', async ({
		page,
		browser
	}) => {
		test.setTimeout(120_000);
		await login(page, 'consulent@example.org');
		await createSlots(page, {
			date: dateAhead(12),
			time: '16:40',
			minutes: '30',
			capacity: '1',
			weeks: '2',
			talks: '0'
		});
		await logout(page);

		const second = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' });
		const rival = await second.newPage();
		await register(page, { name: 'Eerste Boeker', email: uniqueEmail('eerste') });
		await register(rival, { name: 'Tweede Boeker', email: uniqueEmail('tweede') });
		for (const p of [page, rival]) {
			await p.goto('/appointments/book');
			await p.locator('label', { hasText: '16:40 – 17:10' }).first().click();
		}
		await rival.locator('select[name="interpreterLanguage"]').selectOption('ar');
		await page.getByRole('button', { name: translated('nl', 'booking.book.submit') }).click();
		await expect(page).toHaveURL(/done=booked$/);

		await rival.getByRole('button', { name: translated('nl', 'booking.book.submit') }).click();
		await expect(rival.getByRole('alert')).toContainText(
			translated('nl', 'booking.errors.justTaken')
		);
		await expect(rival.locator('select[name="interpreterLanguage"]')).toHaveValue('ar');
		const offer = rival.locator('section', {
			hasText: translated('nl', 'booking.book.alternativesTitle')
		});
		await expect(offer.getByRole('button').first()).toBeVisible();
		// One click books the nearest free time, interpreter included.
		await offer.getByRole('button').first().click();
		await expect(rival).toHaveURL(/done=booked$/);
		await expect(rival.locator('article').first()).toContainText(
			translated('nl', 'booking.languages.ar')
		);
		await second.close();
	});
});

test.describe('bad input and accessibility', () => {
	test('a tampered slot id gets a clear message and the choices stay', async ({ page }) => {
		await register(page, { name: 'Sabotage Test', email: uniqueEmail('sabotage') });
		await page.goto('/appointments/book');
		const first = page.locator('input[name="slotId"]').first();
		await first.evaluate((input: HTMLInputElement) => (input.value = 'not-a-slot'));
		await first.check();
		await page.locator('select[name="interpreterLanguage"]').selectOption('prs');
		await page.getByRole('button', { name: translated('nl', 'booking.book.submit') }).click();
		await expect(page.getByRole('alert')).toContainText(
			translated('nl', 'booking.errors.unknownSlot')
		);
		await expect(page.locator('select[name="interpreterLanguage"]')).toHaveValue('prs');
		await page.goto('/appointments');
		await expect(page.locator('#upcoming-title + p')).toHaveText(
			translated('nl', 'booking.appointments.none')
		);
	});

	for (const lang of ['nl', 'ar']) {
		test(`booking pages pass axe in ${lang}`, async ({ page }) => {
			await login(page, 'statushouder@example.org');
			for (const path of ['/appointments', '/appointments/book', '/appointments/book?type=talk']) {
				await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expectAccessible(page);
			}
		});
	}

	test('staff booking pages pass axe; the day view shows the interpreter', async ({ page }) => {
		await login(page, 'consulent@example.org');
		for (const path of ['/staff/slots', '/staff/outbox']) {
			await page.goto(path);
			await expectAccessible(page);
		}
		await page.goto('/staff/slots?type=talk&weeks=4');
		await page.locator('tbody a').first().click();
		await expectAccessible(page);
		// The status holder's talk (demo data: next Tuesday after the session) has an Arabic
		// interpreter; it shows on the consultant's day view.
		const today = new Date();
		const toTuesday = (2 - today.getUTCDay() + 7) % 7 || 7;
		await page.goto(`/staff/day?date=${dateAhead(toTuesday)}`);
		const rania = page.locator('tr', { hasText: 'Rania Haddad' }).first();
		await expect(rania).toContainText(translated('nl', 'booking.languages.ar'));
		await expectAccessible(page);
	});
});
