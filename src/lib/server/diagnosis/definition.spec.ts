import { describe, expect, it } from 'vitest';
import {
	firstUnanswered,
	getItem,
	getSectionOfItem,
	getSections,
	isComplete,
	QUESTIONNAIRE_VERSION,
	validateAnswer,
	visibleItems
} from './definition';
import { parseAnswerSet } from './parse';
import { readyForWork } from './test-fixtures';

const items = getSections().flatMap((section) => section.items);
const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe('questionnaire definition', () => {
	it('is versioned and has the eight sections in interview order', () => {
		expect(QUESTIONNAIRE_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
		expect(getSections().map((section) => section.id)).toEqual([
			'situation',
			'education',
			'work',
			'language',
			'digital',
			'health',
			'practical',
			'motivation'
		]);
	});

	it('has unique snake_case item ids and unique option ids', () => {
		expect(new Set(ids(items)).size).toBe(items.length);
		for (const item of items) {
			expect(item.id).toMatch(/^[a-z][a-z0-9_]*$/);
			if (item.type === 'single' || item.type === 'multi') {
				expect(item.options?.length, item.id).toBeGreaterThanOrEqual(2);
				expect(new Set(item.options).size, item.id).toBe(item.options?.length);
			} else {
				expect(item.options, item.id).toBeUndefined();
			}
		}
	});

	it('only lets showIf depend on an earlier choice item, with options that exist', () => {
		for (const [index, item] of items.entries()) {
			if (!item.showIf) continue;
			const dependsOn = getItem(item.showIf.item);
			expect(dependsOn, item.id).toBeDefined();
			expect(items.indexOf(dependsOn!), item.id).toBeLessThan(index);
			const wanted = [item.showIf.equals].flat();
			for (const option of wanted) expect(dependsOn!.options, item.id).toContain(option);
		}
	});

	it('asks for health consent first, marks both health items as special and gates the limits on consent', () => {
		const health = getSections().find((section) => section.id === 'health')!;
		expect(ids([...health.items])).toEqual(['health_consent', 'health_limits']);
		expect(getItem('health_consent')).toMatchObject({
			special: 'health',
			options: ['yes', 'no', 'discuss_with_consultant']
		});
		expect(getItem('health_limits')).toMatchObject({
			special: 'health',
			showIf: { item: 'health_consent', equals: 'yes' }
		});
		expect(items.filter((item) => item.special).map((item) => item.id)).toEqual([
			'health_consent',
			'health_limits'
		]);
		expect(getSectionOfItem('health_limits')?.id).toBe('health');
	});

	it('uses the agreed bands for months since the last paid job', () => {
		expect(getItem('months_since_work')?.options).toEqual([
			'lt6',
			'6_12',
			'12_24',
			'24_60',
			'gt60',
			'never'
		]);
	});
});

describe('visibleItems', () => {
	it('hides follow-up questions until their condition holds, also down a chain', () => {
		const none = ids(visibleItems({}));
		expect(none).not.toContain('childcare_arranged');
		expect(none).not.toContain('education_country');
		expect(none).not.toContain('diploma_evaluated');
		expect(none).not.toContain('health_limits');
		expect(none).not.toContain('longest_job');

		const abroad = ids(
			visibleItems({
				education_level: 'higher',
				education_country: 'abroad',
				children_under_5: 'yes'
			})
		);
		expect(abroad).toContain('diploma_evaluated');
		expect(abroad).toContain('childcare_arranged');

		// Changing the first answer hides the whole chain, even with a stale answer in between.
		const noSchool = ids(visibleItems({ education_level: 'none', education_country: 'abroad' }));
		expect(noSchool).not.toContain('education_country');
		expect(noSchool).not.toContain('diploma_evaluated');
	});

	it('shows the limits question only with consent', () => {
		for (const consent of ['no', 'discuss_with_consultant']) {
			expect(ids(visibleItems({ health_consent: consent }))).not.toContain('health_limits');
		}
		expect(ids(visibleItems({ health_consent: 'yes' }))).toContain('health_limits');
	});

	it('asks about past jobs only of people who have worked', () => {
		expect(ids(visibleItems({ months_since_work: 'never' }))).not.toContain('longest_job');
		expect(ids(visibleItems({ months_since_work: 'gt60' }))).toContain('longest_job');
		expect(ids(visibleItems({ months_since_work: 'gt60' }))).toContain('sectors');
	});
});

describe('firstUnanswered / isComplete', () => {
	it('walks the required visible items in order', () => {
		expect(firstUnanswered({})?.id).toBe('age_band');
		const complete = readyForWork();
		expect(firstUnanswered(complete)).toBeUndefined();
		expect(isComplete(complete)).toBe(true);

		const { dutch_level: _dropped, ...withoutDutch } = complete;
		expect(firstUnanswered(withoutDutch)?.id).toBe('dutch_level');
		expect(isComplete(withoutDutch)).toBe(false);
	});

	it('treats blank answers as missing and skips optional and hidden items', () => {
		expect(firstUnanswered(readyForWork({ hours_wanted: '  ' }))?.id).toBe('hours_wanted');
		expect(isComplete(readyForWork({ worries: [], dream_job: '', help_needed: '' }))).toBe(true);
		// Consent "no": the limits question is hidden, so not required.
		const { health_limits: _limits, ...rest } = readyForWork({ health_consent: 'no' });
		expect(isComplete(rest)).toBe(true);
		// Children under 5: the childcare question becomes required.
		expect(firstUnanswered(readyForWork({ children_under_5: 'yes' }))?.id).toBe(
			'childcare_arranged'
		);
	});
});

describe('validateAnswer', () => {
	it.each([
		['dutch_level', 'b1', true],
		['dutch_level', 'fluent', 'invalid_option'],
		['dutch_level', ['b1'], 'invalid_type'],
		['dutch_level', '', 'required'],
		['dream_job', '', true],
		['dream_job', 'Kok', true],
		['dream_job', 'x'.repeat(501), 'too_long'],
		['worries', ['debts', 'housing'], true],
		['worries', [], true],
		['worries', ['debts', 'debts'], 'duplicate_option'],
		['worries', ['none', 'debts'], 'exclusive_option'],
		['worries', ['lottery'], 'invalid_option'],
		['worries', 'debts', 'invalid_type'],
		['hours_wanted', '24', true],
		['hours_wanted', '0', true],
		['hours_wanted', '61', 'out_of_range'],
		['hours_wanted', 'veel', 'not_a_number'],
		['hours_wanted', '2.5', 'not_a_number'],
		['hours_wanted', 24, 'invalid_type'],
		['hours_wanted', undefined, 'required'],
		['shoe_size', '42', 'unknown_item']
	])('%s = %j → %s', (itemId, value, expected) => {
		const result = validateAnswer(itemId, value);
		expect(result).toEqual(expected === true ? { ok: true } : { ok: false, error: expected });
	});
});

describe('parseAnswerSet', () => {
	it('accepts a partial set, drops blanks, trims text and accepts a JSON number for a number item', () => {
		expect(
			parseAnswerSet({
				dutch_level: 'a2',
				dream_job: '  Kok ',
				hours_wanted: 20,
				sectors: '',
				worries: []
			})
		).toEqual({ ok: true, answers: { dutch_level: 'a2', dream_job: 'Kok', hours_wanted: '20' } });
	});

	it('lists every invalid answer', () => {
		expect(
			parseAnswerSet({ dutch_level: 'c2', shoe_size: '42', worries: ['none', 'debts'] })
		).toEqual({
			ok: false,
			errors: [
				{ item: 'dutch_level', error: 'invalid_option' },
				{ item: 'shoe_size', error: 'unknown_item' },
				{ item: 'worries', error: 'exclusive_option' }
			]
		});
	});

	it.each([[null], [[]], ['b1'], [42]])('rejects %j as a whole', (input) => {
		expect(parseAnswerSet(input)).toMatchObject({ ok: false });
	});
});
