import { describe, expect, it } from 'vitest';
import {
	conversationDueOn,
	isBelowAgreement,
	isConversationDue,
	isIntakeOverdue,
	isRouteLimitNear,
	ownFlagsFor,
	routeLimitOn
} from './flags';

describe('two-year limit of a reintegration route', () => {
	it('falls 24 months after the route began, and only for reintegration', () => {
		expect(routeLimitOn('reintegration', '2024-03-15')).toBe('2026-03-15');
		expect(routeLimitOn('reintegration', '2024-02-29')).toBe('2026-02-28');
		expect(routeLimitOn('participation', '2024-03-15')).toBeNull();
		expect(routeLimitOn('reintegration', null)).toBeNull();
	});

	it('is flagged from 60 days before the limit, and after it', () => {
		const limit = '2026-03-15';
		expect(isRouteLimitNear(limit, '2026-01-13')).toBe(false);
		expect(isRouteLimitNear(limit, '2026-01-14')).toBe(true);
		expect(isRouteLimitNear(limit, '2026-06-01')).toBe(true);
		expect(isRouteLimitNear(null, '2026-06-01')).toBe(false);
	});
});

describe('yearly participation conversation', () => {
	it('is due a year after the last one, or a year after participation began', () => {
		expect(conversationDueOn('participation', '2023-05-01', '2025-02-10')).toBe('2026-02-10');
		expect(conversationDueOn('participation', '2025-05-01', null)).toBe('2026-05-01');
		expect(conversationDueOn('reintegration', '2025-05-01', null)).toBeNull();
	});

	it('is flagged 30 days ahead and while overdue', () => {
		expect(isConversationDue('2026-02-10', '2026-01-10')).toBe(false);
		expect(isConversationDue('2026-02-10', '2026-01-11')).toBe(true);
		expect(isConversationDue('2026-02-10', '2026-09-01')).toBe(true);
	});
});

describe('job applications and intake', () => {
	it('flags fewer applications last month than agreed', () => {
		expect(isBelowAgreement(3, 4)).toBe(true);
		expect(isBelowAgreement(4, 4)).toBe(false);
		expect(isBelowAgreement(0, null)).toBe(false);
		expect(isBelowAgreement(0, 0)).toBe(false);
	});

	it('flags an intake not booked more than 7 days after the questionnaire', () => {
		expect(isIntakeOverdue('2026-01-01', false, '2026-01-08')).toBe(false);
		expect(isIntakeOverdue('2026-01-01', false, '2026-01-09')).toBe(true);
		expect(isIntakeOverdue('2026-01-01', true, '2026-02-01')).toBe(false);
		expect(isIntakeOverdue(null, false, '2026-02-01')).toBe(false);
	});

	it('combines the own flags of one client', () => {
		expect(
			ownFlagsFor(
				{
					route: 'reintegration',
					routeStartedOn: '2024-02-01',
					lastConversationOn: null,
					applicationsLastMonth: 1,
					applicationsPerMonth: 4
				},
				'2026-01-15'
			)
		).toEqual(['route_limit', 'applications_below']);
		// A route that began after last month started is not judged on last month.
		expect(
			ownFlagsFor(
				{
					route: 'reintegration',
					routeStartedOn: '2025-12-10',
					lastConversationOn: null,
					applicationsLastMonth: 0,
					applicationsPerMonth: 4
				},
				'2026-01-15'
			)
		).toEqual([]);
		expect(
			ownFlagsFor(
				{
					route: 'participation',
					routeStartedOn: '2020-01-01',
					lastConversationOn: '2025-01-20',
					applicationsLastMonth: 0,
					applicationsPerMonth: 4
				},
				'2026-01-15'
			)
		).toEqual(['conversation_due']);
	});
});
