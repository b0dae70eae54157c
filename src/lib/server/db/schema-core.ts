import {
	bigint,
	boolean,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';

/**
 * Roles. An applicant (aanvrager) becomes a client (klant) once the benefit is granted;
 * everyone else is staff of one municipality.
 */
export const roleEnum = pgEnum('role', [
	'applicant',
	'client',
	'work_consultant',
	'income_consultant',
	'account_manager',
	'quality_officer',
	'administrator'
]);

/** A municipality (gemeente). The seed's shared service runs three. */
export const municipality = pgTable('municipality', {
	id: uuid('id').primaryKey().defaultRandom(),
	slug: text('slug').notNull().unique(),
	name: text('name').notNull(),
	phone: text('phone').notNull(),
	/** Opening hours of the phone line and counter, per language key ("nl", "en"…), plain text. */
	openingHours: jsonb('opening_hours').$type<Record<string, string>>().notNull(),
	websiteUrl: text('website_url').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/** A place where appointments happen (town hall, service point). */
export const location = pgTable(
	'location',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		municipalityId: uuid('municipality_id')
			.notNull()
			.references(() => municipality.id),
		name: text('name').notNull(),
		address: text('address').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('location_municipality_idx').on(t.municipalityId)]
);

export const user = pgTable(
	'app_user',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		municipalityId: uuid('municipality_id')
			.notNull()
			.references(() => municipality.id),
		/** Stored lower-cased; unique across the portal. */
		email: text('email').notNull(),
		name: text('name').notNull(),
		passwordHash: text('password_hash').notNull(),
		role: roleEnum('role').notNull(),
		/** A language code from src/lib/i18n/languages.ts (text, so adding a language needs no migration). */
		preferredLocale: text('preferred_locale').notNull().default('nl'),
		/** Status holder (statushouder): refugee with a residence permit. */
		isStatusHolder: boolean('is_status_holder').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('app_user_email_idx').on(t.email),
		index('app_user_municipality_role_idx').on(t.municipalityId, t.role)
	]
);

/** Lucia-style session: the id is the SHA-256 hash of the token in the cookie, never the token. */
export const session = pgTable(
	'session',
	{
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		/** Set once the second factor was checked; staff (and clients who turned it on) need it. */
		twoFactorVerified: boolean('two_factor_verified').notNull().default(false),
		/** The person's role when the session was made: a different role now means a new session. */
		issuedRole: roleEnum('issued_role'),
		/** Set when a newer session replaced this one: it then only lives out its short grace. */
		rotatedAt: timestamp('rotated_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('session_user_idx').on(t.userId)]
);

/** TOTP second factor: the key is stored encrypted (AES-256-GCM, see auth/secret-box.ts). */
export const twoFactor = pgTable('two_factor', {
	userId: uuid('user_id')
		.primaryKey()
		.references(() => user.id, { onDelete: 'cascade' }),
	encryptedKey: text('encrypted_key').notNull(),
	/** The last 30-second step a code was accepted for: a code cannot be used twice. */
	lastUsedStep: bigint('last_used_step', { mode: 'number' }).notNull().default(0),
	enabledAt: timestamp('enabled_at', { withTimezone: true }).notNull().defaultNow()
});

/** One-time recovery codes for a lost authenticator; only their SHA-256 hashes are stored. */
export const recoveryCode = pgTable(
	'recovery_code',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		codeHash: text('code_hash').notNull(),
		usedAt: timestamp('used_at', { withTimezone: true })
	},
	(t) => [uniqueIndex('recovery_code_hash_idx').on(t.userId, t.codeHash)]
);

/**
 * Fixed-window counters for throttling (failed logins per account and per IP, API calls per IP).
 * In the database, not in process memory, so several app instances share them.
 */
export const rateLimit = pgTable(
	'rate_limit',
	{
		bucket: text('bucket').notNull(),
		key: text('key').notNull(),
		windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
		count: integer('count').notNull().default(0)
	},
	(t) => [
		primaryKey({ columns: [t.bucket, t.key] }),
		index('rate_limit_window_idx').on(t.windowStart)
	]
);

export type Municipality = typeof municipality.$inferSelect;
export type Location = typeof location.$inferSelect;
export type User = typeof user.$inferSelect;
export type Session = typeof session.$inferSelect;
export type Role = (typeof roleEnum.enumValues)[number];
