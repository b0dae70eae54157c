export interface NavLink {
	href: string;
	/** Translation key. */
	label: string;
}

/**
 * The main navigation per kind of visitor. A capability adds its link here when its pages exist,
 * so nobody is sent to a page that is not there.
 */
export function navigationFor(user: { isStaff: boolean } | null): NavLink[] {
	if (!user) {
		return [
			{ href: '/', label: 'nav.home' },
			{ href: '/login', label: 'nav.login' },
			{ href: '/register', label: 'nav.register' }
		];
	}
	if (user.isStaff) {
		return [
			{ href: '/staff', label: 'nav.staffHome' },
			{ href: '/staff/clients', label: 'nav.clients' }
		];
	}
	return [
		{ href: '/', label: 'nav.home' },
		{ href: '/my', label: 'nav.my' }
	];
}
