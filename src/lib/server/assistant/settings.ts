/**
 * The assistant's environment variables, read and validated here (like ../config.ts, which belongs
 * to the foundation): questions per client address per minute, and how often an instance checks
 * whether the content changed.
 */
export interface AssistantSettings {
	/** ASSISTANT_RATE_LIMIT: questions per minute per client address (API and page together). */
	ratePerMinute: number;
	/** ASSISTANT_VERSION_CHECK_SECONDS: at most this often one tiny query for the content version. */
	versionCheckMs: number;
	/** ASSISTANT_QUESTION_RETENTION_DAYS: questions and feedback are deleted after this many days. */
	questionRetentionDays: number;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
	const raw = env[name];
	if (raw === undefined || raw === '') return fallback;
	const n = Number(raw);
	if (!Number.isFinite(n) || n <= 0)
		throw new Error(`${name} must be a positive number, got "${raw}"`);
	return n;
}

export function readAssistantSettings(env: NodeJS.ProcessEnv = process.env): AssistantSettings {
	return {
		ratePerMinute: Math.floor(positive(env, 'ASSISTANT_RATE_LIMIT', 30)),
		versionCheckMs: positive(env, 'ASSISTANT_VERSION_CHECK_SECONDS', 5) * 1000,
		questionRetentionDays: Math.floor(positive(env, 'ASSISTANT_QUESTION_RETENTION_DAYS', 180))
	};
}

let cached: AssistantSettings | undefined;

export function assistantSettings(): AssistantSettings {
	cached ??= readAssistantSettings();
	return cached;
}
