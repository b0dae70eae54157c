import { describe, expect, it } from 'vitest';
import { getSections } from './definition';
import { applySection, readSectionForm } from './section-form';
import { mergeAnswers, splitAnswers } from './answers';

const section = (id: string) => getSections().find((s) => s.id === id)!;

function form(entries: [string, string][]): FormData {
	const data = new FormData();
	for (const [name, value] of entries) data.append(name, value);
	return data;
}

describe('reading and applying a posted section', () => {
	it('reads shown items, cleans text, reads Arabic digits, ignores unknown fields', () => {
		const posted = readSectionForm(
			form([
				['shown', 'hours_wanted'],
				['shown', 'help_needed'],
				['shown', 'shoe_size'],
				['hours_wanted', '٢٤'],
				['help_needed', '  دورة لغة\u202E \r\n  '],
				['wants_work', 'yes'],
				['shoe_size', '42']
			]),
			section('motivation')
		);
		expect([...posted.shown]).toEqual(['hours_wanted', 'help_needed']);
		expect(posted.values).toEqual({
			hours_wanted: '24',
			help_needed: 'دورة لغة',
			wants_work: 'yes'
		});
	});

	it('saves the valid answers and reports the invalid ones, keeping the earlier answer', () => {
		const stored = { age_band: 'lt27', household: 'alone' };
		const posted = readSectionForm(
			form([
				['shown', 'age_band'],
				['shown', 'household'],
				['shown', 'children_under_5'],
				['shown', 'housing_stable'],
				['age_band', '50_plus'],
				['household', 'castle'],
				['children_under_5', 'no']
			]),
			section('situation')
		);
		const applied = applySection(stored, section('situation'), posted, 'complete');
		expect(applied.answers).toEqual({
			age_band: '50_plus',
			household: 'alone',
			children_under_5: 'no'
		});
		expect(applied.errors).toEqual({
			household: { error: 'invalid_option' },
			housing_stable: { error: 'required' }
		});
		expect(posted.values.household).toBe('castle');
	});

	it('asks for a follow-up question that appeared; a partial save does not', () => {
		const posted = readSectionForm(
			form([
				['shown', 'children_under_5'],
				['children_under_5', 'yes']
			]),
			section('situation')
		);
		expect(applySection({}, section('situation'), posted, 'complete').errors).toMatchObject({
			childcare_arranged: { error: 'follow_up' }
		});
		const partial = applySection({}, section('situation'), posted, 'partial');
		expect(partial.errors).toEqual({});
		expect(partial.answers).toEqual({ children_under_5: 'yes' });
	});

	it('keeps answers the page did not show, but drops a health answer once consent is withdrawn', () => {
		const stored = { health_consent: 'yes', health_limits: 'strongly' };
		const withdrawn = readSectionForm(
			form([
				['shown', 'health_consent'],
				['health_consent', 'discuss_with_consultant']
			]),
			section('health')
		);
		expect(applySection(stored, section('health'), withdrawn, 'complete').answers).toEqual({
			health_consent: 'discuss_with_consultant'
		});
		// Someone with children who says "no children" keeps the childcare answer (ignored, not lost).
		const situation = readSectionForm(
			form([
				['shown', 'children_under_5'],
				['children_under_5', 'no']
			]),
			section('situation')
		);
		expect(
			applySection({ childcare_arranged: 'partly' }, section('situation'), situation, 'partial')
				.answers
		).toEqual({ childcare_arranged: 'partly', children_under_5: 'no' });
	});

	it('reports the bounds of a number and rejects a tampered multi choice', () => {
		const motivation = readSectionForm(
			form([
				['shown', 'wants_work'],
				['shown', 'hours_wanted'],
				['wants_work', 'yes'],
				['hours_wanted', '99']
			]),
			section('motivation')
		);
		expect(applySection({}, section('motivation'), motivation, 'complete').errors).toEqual({
			hours_wanted: { error: 'out_of_range', params: { min: 0, max: 60 } }
		});
		const practical = readSectionForm(
			form([
				['shown', 'worries'],
				['worries', 'none'],
				['worries', 'debts']
			]),
			section('practical')
		);
		expect(applySection({}, section('practical'), practical, 'partial').errors).toEqual({
			worries: { error: 'exclusive_option' }
		});
	});

	it('keeps health answers apart in storage and reads them back together', () => {
		const answers = { dutch_level: 'a2', health_consent: 'yes', health_limits: 'no' };
		const split = splitAnswers(answers);
		expect(split).toEqual({
			answers: { dutch_level: 'a2' },
			healthAnswers: { health_consent: 'yes', health_limits: 'no' }
		});
		expect(mergeAnswers(split.answers, split.healthAnswers)).toEqual(answers);
		expect(mergeAnswers({ dutch_level: 'c2', gone: 'x' }, null)).toEqual({});
	});
});
