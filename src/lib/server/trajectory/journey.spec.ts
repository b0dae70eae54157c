import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { buildJourney, getJourney, type JourneyInput } from './journey';
import { clearJourneyProviders, registerJourneyProvider } from './journey-registry';
import { makePerson } from './test-fixtures';

const base: JourneyInput = {
	history: [],
	current: null,
	registeredOn: '2026-03-01',
	reports: {},
	focusDay: { state: 'none', on: null },
	actions: {}
};

describe('the client timeline', () => {
	it('starts at the information session for a new applicant, with its button when that part exists', () => {
		const journey = buildJourney({ ...base, actions: { info_session: '/info-session' } });
		expect(journey.steps[0]).toEqual({
			id: 'application',
			state: 'done',
			on: '2026-03-01',
			inProgress: false
		});
		expect(journey.current).toBe('info_session');
		expect(journey.action).toEqual({
			href: '/info-session',
			label: 'trajectory.journey.action.info_session'
		});
		expect(buildJourney(base).action).toBeNull();
	});

	it('takes done steps from the capabilities, and moves to the first step not done', () => {
		const journey = buildJourney({
			...base,
			reports: {
				info_session: { status: 'done', on: '2026-03-03' },
				questionnaire: { status: 'done', on: '2026-03-05' },
				intake: { status: 'in_progress', on: '2026-03-12' }
			},
			actions: { intake: '/appointments/book' }
		});
		expect(journey.current).toBe('intake');
		expect(journey.steps.find((s) => s.id === 'intake')).toMatchObject({
			state: 'current',
			inProgress: true,
			on: '2026-03-12'
		});
		// A booked intake needs no booking button.
		expect(journey.action).toBeNull();
	});

	it('marks the steps before the recorded phase done, with the day the phase moved on', () => {
		const journey = buildJourney({
			...base,
			history: [
				{ phase: 'application', effectiveOn: '2026-01-02' },
				{ phase: 'intake', effectiveOn: '2026-01-10' },
				{ phase: 'route', effectiveOn: '2026-02-01' }
			],
			current: { phase: 'route', route: 'reintegration', category: '1C', track: 'general' },
			reports: { info_session: { status: 'done', on: '2026-01-05' } }
		});
		expect(journey.current).toBe('route');
		expect(journey.route).toBe('reintegration');
		expect(journey.steps.map((s) => [s.id, s.state, s.on])).toEqual([
			['application', 'done', '2026-01-02'],
			['info_session', 'done', '2026-01-05'],
			['questionnaire', 'done', '2026-01-10'],
			['intake', 'done', '2026-02-01'],
			['dream_job', 'done', '2026-02-01'],
			['decision', 'done', '2026-02-01'],
			['route', 'current', null],
			['work', 'upcoming', null]
		]);
	});

	it('shows no current step once the file is closed', () => {
		const journey = buildJourney({
			...base,
			history: [
				{ phase: 'application', effectiveOn: '2026-01-02' },
				{ phase: 'closed', effectiveOn: '2026-01-20' }
			],
			current: { phase: 'closed', route: null, category: null, track: null }
		});
		expect(journey.closed).toBe(true);
		expect(journey.current).toBeNull();
	});
});

describe.each(TEST_DRIVERS)('journey providers on %s', (driver) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await openTestDatabase(driver);
	});
	afterAll(() => database.destroy());
	afterEach(() => clearJourneyProviders());

	it('asks each registered provider about its step, for the person concerned', async () => {
		const person = await makePerson(database.db, 'applicant');
		const asked: string[] = [];
		registerJourneyProvider({
			id: 'test-info-session',
			step: 'info_session',
			actionHref: '/info-session',
			reportStep: async (_db, who) => {
				asked.push(who.id);
				return { status: 'done', on: '2026-04-02' };
			}
		});
		registerJourneyProvider({
			id: 'test-questionnaire',
			step: 'questionnaire',
			actionHref: '/questionnaire',
			reportStep: async () => null
		});
		const journey = await getJourney(database.db, {
			...person,
			createdAt: new Date('2026-04-01T10:00:00Z')
		});
		expect(asked).toEqual([person.id]);
		expect(journey.current).toBe('questionnaire');
		expect(journey.action).toEqual({
			href: '/questionnaire',
			label: 'trajectory.journey.action.questionnaire'
		});
	});
});
