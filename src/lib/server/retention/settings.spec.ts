import { describe, expect, it } from 'vitest';
import { readRetentionSettings, RETENTION_DEFAULTS, RetentionConfigError } from './settings';

describe('retention settings', () => {
	it('uses the documented defaults when nothing is set', () => {
		expect(readRetentionSettings({})).toEqual(RETENTION_DEFAULTS);
		expect(RETENTION_DEFAULTS).toEqual({
			closedFileDays: 3650,
			inactiveApplicantDays: 730,
			draftDays: 365,
			intervalMinutes: 60,
			batchSize: 200
		});
	});

	it('reads every variable', () => {
		expect(
			readRetentionSettings({
				RETENTION_CLOSED_FILE_DAYS: '2555',
				RETENTION_INACTIVE_APPLICANT_DAYS: ' 400 ',
				RETENTION_DRAFT_DAYS: '90',
				RETENTION_JOB_INTERVAL_MINUTES: '0',
				RETENTION_BATCH_SIZE: '25'
			})
		).toEqual({
			closedFileDays: 2555,
			inactiveApplicantDays: 400,
			draftDays: 90,
			intervalMinutes: 0,
			batchSize: 25
		});
	});

	it.each([
		[
			'RETENTION_CLOSED_FILE_DAYS',
			'7y',
			/RETENTION_CLOSED_FILE_DAYS must be a whole number of days from 30 to 36500, got "7y"/
		],
		['RETENTION_CLOSED_FILE_DAYS', '7', /from 30 to 36500, got "7"/],
		['RETENTION_DRAFT_DAYS', '-5', /RETENTION_DRAFT_DAYS must be a whole number of days/],
		['RETENTION_DRAFT_DAYS', '90.5', /got "90.5"/],
		['RETENTION_INACTIVE_APPLICANT_DAYS', '99999', /from 30 to 36500/],
		[
			'RETENTION_JOB_INTERVAL_MINUTES',
			'daily',
			/RETENTION_JOB_INTERVAL_MINUTES must be a whole number of minutes from 0 to 10080/
		],
		[
			'RETENTION_BATCH_SIZE',
			'0',
			/RETENTION_BATCH_SIZE must be a whole number of people from 1 to 10000/
		]
	])('refuses %s=%s with a clear message', (name, value, message) => {
		expect(() => readRetentionSettings({ [name]: value })).toThrow(RetentionConfigError);
		expect(() => readRetentionSettings({ [name]: value })).toThrow(message);
	});
});
