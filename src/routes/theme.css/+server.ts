import type { RequestHandler } from './$types';
import { config } from '$lib/server/config';
import { portalMunicipality } from '$lib/server/municipality/config';

/** The municipality's colours as design tokens; cached by the browser for an hour. */
export const GET: RequestHandler = () => {
	const { theme } = portalMunicipality(config().themeMunicipality);
	const css = `:root{--portal-primary:${theme.primary};--portal-primary-text:${theme.primaryText};--portal-accent:${theme.accent};}\n`;
	return new Response(css, {
		headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }
	});
};
