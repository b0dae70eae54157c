import { describe, expect, it } from 'vitest';
import type { Role } from '../db/schema-core';
import { checkTransition, phaseChoicesFor, type PhaseState } from './transitions';

const at = (phase: PhaseState['phase'], extra: Partial<PhaseState> = {}): PhaseState => ({
	phase,
	route: null,
	category: null,
	track: null,
	...extra
});
const reintegration = at('route', { route: 'reintegration', category: '1C', track: 'general' });
const participation = at('route', { route: 'participation', category: '2A' });

describe('phase transitions', () => {
	it('follows the chain forward, allowing early steps to be skipped', () => {
		const role: Role = 'work_consultant';
		expect(checkTransition({ from: at('application'), to: at('info_session'), role })).toEqual({
			ok: true
		});
		expect(checkTransition({ from: at('application'), to: at('intake'), role }).ok).toBe(true);
		expect(checkTransition({ from: at('intake'), to: at('dream_job'), role }).ok).toBe(true);
		expect(checkTransition({ from: at('dream_job'), to: reintegration, role })).toEqual({
			ok: false,
			error: 'not_a_next_phase'
		});
		expect(checkTransition({ from: at('intake'), to: at('application'), role })).toEqual({
			ok: false,
			error: 'not_a_next_phase'
		});
	});

	it('treats a person without a recorded phase as an applicant', () => {
		const role: Role = 'income_consultant';
		expect(checkTransition({ from: null, to: at('application'), role }).ok).toBe(true);
		expect(checkTransition({ from: null, to: at('info_session'), role }).ok).toBe(true);
		expect(checkTransition({ from: null, to: reintegration, role }).ok).toBe(false);
	});

	it('assigns a route only with a category that fits it', () => {
		const role: Role = 'work_consultant';
		const from = at('decision');
		expect(checkTransition({ from, to: reintegration, role }).ok).toBe(true);
		expect(
			checkTransition({
				from,
				to: at('route', { route: 'direct_mediation', category: '1A' }),
				role
			}).ok
		).toBe(true);
		expect(
			checkTransition({ from, to: at('route', { route: 'reintegration', category: '3B' }), role })
		).toEqual({ ok: false, error: 'category_route_mismatch' });
		expect(checkTransition({ from, to: at('route', { category: '1B' }), role })).toEqual({
			ok: false,
			error: 'route_required'
		});
		expect(checkTransition({ from, to: at('route', { route: 'reintegration' }), role })).toEqual({
			ok: false,
			error: 'category_required'
		});
		expect(
			checkTransition({
				from,
				to: at('route', { route: 'participation', category: '2A', track: 'young' }),
				role
			})
		).toEqual({ ok: false, error: 'track_only_in_reintegration' });
	});

	it('lets only consultants and quality officers decide; administrators and clients never', () => {
		for (const role of ['administrator', 'client', 'applicant', 'account_manager'] as Role[]) {
			expect(checkTransition({ from: at('decision'), to: reintegration, role })).toEqual({
				ok: false,
				error: 'not_allowed_for_role'
			});
		}
		for (const role of ['work_consultant', 'income_consultant', 'quality_officer'] as Role[]) {
			expect(checkTransition({ from: at('decision'), to: participation, role }).ok).toBe(true);
		}
	});

	it('lets account managers record a placement, and nothing else', () => {
		const direct = at('route', { route: 'direct_mediation', category: '1A' });
		expect(checkTransition({ from: direct, to: at('work'), role: 'account_manager' }).ok).toBe(
			true
		);
		expect(checkTransition({ from: direct, to: at('closed'), role: 'account_manager' }).ok).toBe(
			false
		);
	});

	it('hands reintegration over to participation only by the work team', () => {
		expect(
			checkTransition({ from: reintegration, to: participation, role: 'work_consultant' }).ok
		).toBe(true);
		expect(
			checkTransition({ from: reintegration, to: participation, role: 'income_consultant' })
		).toEqual({ ok: false, error: 'not_allowed_for_role' });
	});

	it('moves participation back to reintegration only through a work wish or the quality officer', () => {
		expect(
			checkTransition({ from: participation, to: reintegration, role: 'income_consultant' })
		).toEqual({ ok: false, error: 'needs_work_wish' });
		expect(
			checkTransition({ from: participation, to: reintegration, role: 'work_consultant' })
		).toEqual({ ok: false, error: 'not_allowed_for_role' });
		expect(
			checkTransition({
				from: participation,
				to: reintegration,
				role: 'work_consultant',
				via: 'work_wish'
			}).ok
		).toBe(true);
		expect(
			checkTransition({ from: participation, to: reintegration, role: 'quality_officer' }).ok
		).toBe(true);
	});

	it('keeps category changes within a route to the team that guides it', () => {
		const to1B = { ...reintegration, category: '1B' as const };
		expect(checkTransition({ from: reintegration, to: to1B, role: 'work_consultant' }).ok).toBe(
			true
		);
		expect(checkTransition({ from: reintegration, to: to1B, role: 'income_consultant' }).ok).toBe(
			false
		);
		const to3A = { ...participation, category: '3A' as const };
		expect(checkTransition({ from: participation, to: to3A, role: 'income_consultant' }).ok).toBe(
			true
		);
		expect(checkTransition({ from: participation, to: to3A, role: 'work_consultant' }).ok).toBe(
			false
		);
	});

	it('refuses a change that changes nothing', () => {
		expect(
			checkTransition({ from: reintegration, to: { ...reintegration }, role: 'quality_officer' })
		).toEqual({ ok: false, error: 'no_change' });
	});

	it('offers the phases a role may choose', () => {
		expect(phaseChoicesFor(at('intake'), 'work_consultant')).toEqual([
			'dream_job',
			'decision',
			'closed'
		]);
		expect(phaseChoicesFor(reintegration, 'account_manager')).toEqual(['work']);
		expect(phaseChoicesFor(reintegration, 'administrator')).toEqual([]);
		expect(phaseChoicesFor(at('work'), 'income_consultant')).toEqual(['route', 'closed']);
	});
});
