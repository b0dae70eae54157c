/**
 * The retention policy's settings: environment variables, read and validated here (like
 * ../config.ts and ../assistant/settings.ts). The defaults are placeholders, deliberately long:
 * no legal period is given by the sources this portal was built from, so the municipality must
 * set them from its own archive selection list (Selectielijst) with its privacy officer.
 */
export interface RetentionSettings {
	/** RETENTION_CLOSED_FILE_DAYS: a closed file is anonymised this many days after it closed. */
	closedFileDays: number;
	/** RETENTION_INACTIVE_APPLICANT_DAYS: an applicant who never became a client, inactive this long. */
	inactiveApplicantDays: number;
	/** RETENTION_DRAFT_DAYS: an unsubmitted questionnaire draft untouched this long is deleted. */
	draftDays: number;
	/** RETENTION_JOB_INTERVAL_MINUTES: how often this instance runs a pass; 0: not in this instance. */
	intervalMinutes: number;
	/** RETENTION_BATCH_SIZE: at most this many people and this many drafts per pass. */
	batchSize: number;
}

export const RETENTION_DEFAULTS: RetentionSettings = {
	closedFileDays: 3650,
	inactiveApplicantDays: 730,
	draftDays: 365,
	intervalMinutes: 60,
	batchSize: 200
};

/** Bounds that catch typos ("7" meant as years) without judging the municipality's choice. */
const PERIOD_MIN_DAYS = 30;
const PERIOD_MAX_DAYS = 36_500;

export class RetentionConfigError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'RetentionConfigError';
	}
}

function whole(
	env: NodeJS.ProcessEnv,
	name: string,
	fallback: number,
	min: number,
	max: number,
	unit: string
): number {
	const raw = env[name];
	if (raw === undefined || raw.trim() === '') return fallback;
	const text = raw.trim();
	const n = /^\d+$/.test(text) ? Number(text) : NaN;
	if (!Number.isSafeInteger(n) || n < min || n > max)
		throw new RetentionConfigError(
			`${name} must be a whole number of ${unit} from ${min} to ${max}, got "${raw}"`
		);
	return n;
}

export function readRetentionSettings(env: NodeJS.ProcessEnv = process.env): RetentionSettings {
	const d = RETENTION_DEFAULTS;
	const period = (name: string, fallback: number) =>
		whole(env, name, fallback, PERIOD_MIN_DAYS, PERIOD_MAX_DAYS, 'days');
	return {
		closedFileDays: period('RETENTION_CLOSED_FILE_DAYS', d.closedFileDays),
		inactiveApplicantDays: period('RETENTION_INACTIVE_APPLICANT_DAYS', d.inactiveApplicantDays),
		draftDays: period('RETENTION_DRAFT_DAYS', d.draftDays),
		intervalMinutes: whole(
			env,
			'RETENTION_JOB_INTERVAL_MINUTES',
			d.intervalMinutes,
			0,
			7 * 24 * 60,
			'minutes'
		),
		batchSize: whole(env, 'RETENTION_BATCH_SIZE', d.batchSize, 1, 10_000, 'people')
	};
}

let cached: RetentionSettings | undefined;

export function retentionSettings(): RetentionSettings {
	cached ??= readRetentionSettings();
	return cached;
}
