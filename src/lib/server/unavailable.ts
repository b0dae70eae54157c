import type { RequestEvent } from '@sveltejs/kit';
import { directionOf } from '$lib/i18n/languages';
import { translatorFor } from './i18n';
import { LANGUAGE_COOKIE, resolveLocale } from './locale';

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The answer while the database is unreachable: 503 with Retry-After, a short page in the person's
 * language (plain HTML, no script, no database needed), or JSON for API calls.
 */
export function unavailableResponse(event: RequestEvent): Response {
	const locale =
		event.locals.locale ??
		resolveLocale({
			cookie: event.cookies.get(LANGUAGE_COOKIE),
			acceptLanguage: event.request.headers.get('accept-language')
		});
	const t = translatorFor(locale);
	const headers = { 'retry-after': '30', 'cache-control': 'no-store' };
	if (event.url.pathname.startsWith('/api/')) {
		return new Response(JSON.stringify({ error: t('errors.unavailable.text') }), {
			status: 503,
			headers: { ...headers, 'content-type': 'application/json' }
		});
	}
	const title = escapeHtml(t('errors.unavailable.title'));
	const text = escapeHtml(t('errors.unavailable.text'));
	const html = `<!doctype html><html lang="${locale}" dir="${directionOf(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="stylesheet" href="/theme.css"></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.6"><main><h1>${title}</h1><p>${text}</p><p><a href="${escapeHtml(event.url.pathname)}">${escapeHtml(t('errors.retry'))}</a></p></main></body></html>`;
	return new Response(html, {
		status: 503,
		headers: { ...headers, 'content-type': 'text/html; charset=utf-8' }
	});
}
