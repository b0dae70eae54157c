export interface NavLink {
	href: string;
	/** Translation key. */
	label: string;
	/** Only for these roles (staff links); everyone of the kind when absent. */
	roles?: readonly string[];
}

const AUDITORS = ['quality_officer', 'administrator'] as const;

/**
 * The main navigation per kind of visitor. A capability adds its link here when its pages exist,
 * so nobody is sent to a page that is not there.
 */
export function navigationFor(user: { isStaff: boolean; role: string } | null): NavLink[] {
	if (!user) {
		return [
			{ href: '/', label: 'nav.home' },
			{ href: '/info-session', label: 'infoSession.nav' },
			{ href: '/assistant', label: 'assistant.nav' },
			{ href: '/login', label: 'nav.login' },
			{ href: '/register', label: 'nav.register' }
		];
	}
	if (user.isStaff) {
		const staffLinks: NavLink[] = [
			{ href: '/staff', label: 'nav.staffHome' },
			{ href: '/staff/clients', label: 'nav.clients' },
			{ href: '/staff/info-session', label: 'infoSession.staff.nav' },
			{ href: '/staff/questionnaires', label: 'questionnaire.staff.nav' },
			{ href: '/staff/catalogue', label: 'trajectory.nav.catalogue' },
			{ href: '/staff/figures', label: 'figures.nav', roles: ['quality_officer', 'administrator'] },
			{ href: '/staff/assistant', label: 'assistant.staff.nav' },
			{ href: '/staff/slots', label: 'booking.nav.slots' },
			{ href: '/staff/day', label: 'booking.nav.day' },
			{ href: '/staff/outbox', label: 'booking.nav.outbox' },
			{ href: '/staff/audit', label: 'nav.audit', roles: AUDITORS },
			{ href: '/staff/admin/users', label: 'nav.users', roles: ['administrator'] }
		];
		return staffLinks.filter((link) => !link.roles || link.roles.includes(user.role));
	}
	return [
		{ href: '/', label: 'nav.home' },
		{ href: '/my', label: 'nav.my' },
		{ href: '/info-session', label: 'infoSession.nav' },
		{ href: '/questionnaire', label: 'questionnaire.nav' },
		{ href: '/assistant', label: 'assistant.nav' },
		{ href: '/appointments', label: 'booking.nav.appointments' }
	];
}
