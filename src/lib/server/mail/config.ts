/**
 * Mail settings, read from the environment once.
 * SMTP_URL   smtp(s)://user:pass@host:port – when absent nothing is sent and the outbox is the record.
 * MAIL_FROM  sender, "Name <address>".
 * ORIGIN     the portal's public address, for links in messages (adapter-node reads it too).
 */
export interface MailConfig {
	smtpUrl: string | undefined;
	fromName: string;
	fromAddress: string;
	publicUrl: string | undefined;
}

const DEFAULT_FROM = 'Werk en Inkomen <noreply@werk-en-inkomen.invalid>';

export function readMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
	const from = env.MAIL_FROM || DEFAULT_FROM;
	const match = /^\s*(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(from);
	return {
		smtpUrl: env.SMTP_URL || undefined,
		fromName: match ? match[1] : '',
		fromAddress: match ? match[2] : from.trim(),
		publicUrl: env.ORIGIN ? env.ORIGIN.replace(/\/+$/, '') : undefined
	};
}

let cached: MailConfig | undefined;

export function mailConfig(): MailConfig {
	cached ??= readMailConfig();
	return cached;
}
