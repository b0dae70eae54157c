import type { LayoutServerLoad } from './$types';
import { LANGUAGES, directionOf } from '$lib/i18n/languages';
import { messagesFor } from '$lib/server/i18n';
import { config } from '$lib/server/config';
import { portalMunicipality } from '$lib/server/municipality/config';
import { isStaffRole } from '$lib/server/auth/roles';

export const load: LayoutServerLoad = ({ locals }) => {
	const portal = portalMunicipality(config().themeMunicipality);
	const user = locals.user;
	return {
		locale: locals.locale,
		dir: directionOf(locals.locale),
		messages: messagesFor(locals.locale),
		languages: LANGUAGES.map(({ code, name }) => ({ code, name })),
		portal: { name: portal.name, logo: portal.theme.logo },
		user: user ? { name: user.name, role: user.role, isStaff: isStaffRole(user.role) } : null
	};
};
