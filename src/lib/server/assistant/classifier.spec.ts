import { describe, expect, it } from 'vitest';
import { predictProba, trainSoftmax, type TrainingExample } from './classifier';
import { buildIndex, splitSentences } from './index';
import { FIXTURE_RECORDS } from './fixtures';

const vec = (entries: [number, number][]) => ({
	ids: Int32Array.from(entries.map((e) => e[0])),
	vals: Float32Array.from(entries.map((e) => e[1]))
});

describe('trainSoftmax', () => {
	it('learns a separable toy problem and returns probabilities', () => {
		const examples: TrainingExample[] = [
			{ x: vec([[0, 1]]), y: 0, w: 1 },
			{
				x: vec([
					[0, 0.7],
					[2, 0.7]
				]),
				y: 0,
				w: 1
			},
			{ x: vec([[1, 1]]), y: 1, w: 1 },
			{
				x: vec([
					[1, 0.7],
					[2, 0.7]
				]),
				y: 1,
				w: 1
			}
		];
		const clf = trainSoftmax(examples, 3, 2, { epochs: 30 });
		const p0 = predictProba(clf, vec([[0, 1]]));
		const p1 = predictProba(clf, vec([[1, 1]]));
		expect(p0[0]).toBeGreaterThan(0.8);
		expect(p1[1]).toBeGreaterThan(0.8);
		expect(p0[0] + p0[1]).toBeCloseTo(1);
		// a shared feature alone is ambiguous
		const p2 = predictProba(clf, vec([[2, 1]]));
		expect(Math.abs(p2[0] - p2[1])).toBeLessThan(0.3);
	});
	it('is deterministic for a given seed', () => {
		const examples: TrainingExample[] = [
			{ x: vec([[0, 1]]), y: 0, w: 1 },
			{ x: vec([[1, 1]]), y: 1, w: 1 }
		];
		const a = trainSoftmax(examples, 2, 2, { seed: 7 });
		const b = trainSoftmax(examples, 2, 2, { seed: 7 });
		expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
	});
	it('handles no classes / no examples', () => {
		expect(predictProba(trainSoftmax([], 0, 0), vec([]))).toHaveLength(0);
	});
});

describe('index options', () => {
	it('can be built without the classifier and with whole answers', () => {
		const idx = buildIndex(FIXTURE_RECORDS, { classifier: false, answerUnits: 'whole' });
		expect(idx.classifier).toBeNull();
		expect(idx.units.filter((u) => u.kind === 'answer')).toHaveLength(FIXTURE_RECORDS.length);
	});
	it('splits answers into sentences', () => {
		expect(
			splitSentences('Eerste zin hier. Tweede zin ook hier! Kort. ቀዳማይ ሓሳብ እዚ እዩ። ካልኣይ ሓሳብ እዚ እዩ')
		).toEqual(['Eerste zin hier.', 'Tweede zin ook hier!', 'ቀዳማይ ሓሳብ እዚ እዩ', 'ካልኣይ ሓሳብ እዚ እዩ']);
	});
});
