import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { MODULE_SLUGS, getModule, getModuleIconPath } from '$lib/content/info-session';

/** One screen of a module (?screen=n, phone-sized); out-of-range numbers show the nearest screen. */
export const load: PageServerLoad = ({ params, url, locals }) => {
	const mod = getModule(locals.locale, params.module);
	if (!mod) error(404, 'not_found');
	const requested = Number.parseInt(url.searchParams.get('screen') ?? '1', 10);
	const count = mod.screens.length;
	const number = Number.isFinite(requested) ? Math.min(Math.max(requested, 1), count) : 1;
	return {
		module: {
			slug: mod.slug,
			title: mod.title,
			icon: getModuleIconPath(mod),
			number: MODULE_SLUGS.indexOf(mod.slug) + 1,
			total: MODULE_SLUGS.length
		},
		screen: mod.screens[number - 1],
		screenNumber: number,
		screenCount: count
	};
};
