import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building } from '$app/environment';
import { db } from '$lib/server/db';
import { startServer, stopServer } from '$lib/server/startup';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/session';
import { deleteSessionCookie, setSessionCookie } from '$lib/server/auth/cookie';
import { needsSecondFactor } from '$lib/server/auth/roles';
import { setPreferredLocale } from '$lib/server/auth/accounts';
import { resolveLocale, LANGUAGE_COOKIE, languageCookieOptions } from '$lib/server/locale';
import { directionOf, isLocale } from '$lib/i18n/languages';
import { translatorFor } from '$lib/server/i18n';
import {
	connectionErrorCode,
	failedOnDatabaseConnection,
	isConnectionError,
	isDatabaseReachable,
	markDatabaseFailure
} from '$lib/server/db/health';
import { unavailableResponse } from '$lib/server/unavailable';

export const init: ServerInit = async () => {
	// Prerendering (the static /maintenance page) runs this at build time: no database then.
	if (building) return;
	await startServer();
	// adapter-node emits this on SIGTERM/SIGINT once in-flight requests are done (or after
	// SHUTDOWN_TIMEOUT, 30 s): stop the background jobs, wait for their runs, close the database.
	process.once('sveltekit:shutdown', () => {
		void stopServer();
	});
};

/** Resolves the session cookie into locals.user; anonymous visitors cost no database work. */
const handleSession: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	event.locals.pendingTwoFactor = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const result = await validateSessionToken(db(), token);
		if (result) {
			// result.token differs from token when the session was just rotated (role changed).
			setSessionCookie(event.cookies, result.token, result.session.expiresAt);
			if (needsSecondFactor(result.user) && !result.session.twoFactorVerified) {
				event.locals.pendingTwoFactor = result;
			} else {
				event.locals.user = result.user;
				event.locals.session = result.session;
			}
		} else {
			deleteSessionCookie(event.cookies);
		}
	}
	return resolve(event);
};

/** ?lang=xx → cookie → the person's preferred language → Accept-Language → Dutch. */
const handleLocale: Handle = async ({ event, resolve }) => {
	// (A page prerendered at build time has no query string to read.)
	const chosen = building ? null : event.url.searchParams.get('lang');
	if (isLocale(chosen)) {
		if (event.locals.user && event.locals.user.preferredLocale !== chosen) {
			await setPreferredLocale(db(), event.locals.user.id, chosen);
			event.locals.user.preferredLocale = chosen;
		}
		if (event.request.method === 'GET') {
			// Back to the same address without ?lang, so links and reloads stay clean.
			// (Cookies set through event.cookies are not added to a Response made here.)
			const clean = new URL(event.url);
			clean.searchParams.delete('lang');
			return new Response(null, {
				status: 303,
				headers: {
					location: clean.pathname + clean.search,
					'cache-control': 'no-store',
					'set-cookie': event.cookies.serialize(LANGUAGE_COOKIE, chosen, languageCookieOptions())
				}
			});
		}
		event.cookies.set(LANGUAGE_COOKIE, chosen, languageCookieOptions());
	}
	const locale = resolveLocale({
		cookie: event.cookies.get(LANGUAGE_COOKIE),
		preferred: event.locals.user?.preferredLocale,
		acceptLanguage: event.request.headers.get('accept-language')
	});
	event.locals.locale = locale;
	event.locals.t = translatorFor(locale);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', locale).replace('%dir%', directionOf(locale))
	});
};

/** Logged-out visitors of personal areas go to the login page; roles are checked by each route. */
const handleAreas: Handle = async ({ event, resolve }) => {
	const path = event.url.pathname;
	const personal =
		path === '/my' || path.startsWith('/my/') || path === '/staff' || path.startsWith('/staff/');
	if (personal && !event.locals.user && event.locals.pendingTwoFactor) {
		return new Response(null, { status: 303, headers: { location: '/login/two-factor' } });
	}
	if (personal && !event.locals.user) {
		const back = encodeURIComponent(path + event.url.search);
		return new Response(null, { status: 303, headers: { location: `/login?redirectTo=${back}` } });
	}
	return resolve(event);
};

/**
 * Security headers on every answer, and the friendly 503 while the database is down: the app keeps
 * running and recovers by itself when the database is back (postgres.js reconnects).
 */
const handleHeaders: Handle = async ({ event, resolve }) => {
	let response: Response;
	try {
		response = await resolve(event);
	} catch (error) {
		if (isConnectionError(error) || !(await isDatabaseReachable())) {
			response = unavailableResponse(event);
		} else throw error;
	}
	if (
		response.status >= 500 &&
		response.status !== 503 &&
		(failedOnDatabaseConnection(event.request) || !(await isDatabaseReachable()))
	) {
		response = unavailableResponse(event);
	}
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	if (event.locals.user) response.headers.set('Cache-Control', 'private, no-store');
	return response;
};

export const handle = sequence(handleHeaders, handleSession, handleLocale, handleAreas);

/**
 * An error in a load or action. One that says the database is unreachable is noted, so the answer
 * becomes the friendly 503 (handleHeaders) even if the database is back a moment later; it is
 * logged in one line, not with a stack trace per request during an outage.
 */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const where = `[${status}] ${event.request.method} ${event.url.pathname}`;
	const code = connectionErrorCode(error);
	if (code) {
		markDatabaseFailure(event.request);
		console.error(
			`[503] ${event.request.method} ${event.url.pathname}: database unavailable (${code})`
		);
	} else if (status < 500) {
		// Bad requests (404, 415 for a non-form body …) are the visitor's, not a fault: one line.
		console.error(`${where}: ${(error as Error)?.message ?? message}`);
	} else {
		// As SvelteKit logs it by default.
		console.error(`${where}\n${(error as Error)?.stack ?? error}`);
	}
	return { message };
};
