import type { TFunction } from 'i18next';
import type { SessionUser, ValidatedSession } from '$lib/server/auth/session';
import type { Locale } from '$lib/i18n/languages';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			user: SessionUser | null;
			session: ValidatedSession | null;
			/** Password checked, second factor still to come: not signed in for anything else. */
			pendingTwoFactor: { user: SessionUser; session: ValidatedSession } | null;
			locale: Locale;
			t: TFunction;
		}
	}
}

export {};
