/**
 * A small multinomial logistic-regression (softmax) classifier over the same sparse TF-IDF
 * features as the retrieval index, trained at index-build time on the phrasings and titles of
 * every topic (answers with a lower weight). It learns which features separate topics (e.g. that
 * "how much" points to the benefit amount and not to payment problems), which plain similarity
 * cannot. Deterministic (seeded shuffle), no dependencies, trains in well under a second.
 */
import type { SparseVector } from './index';

export interface TrainingExample {
	x: SparseVector;
	y: number;
	/** sample weight */
	w: number;
}

export interface SoftmaxClassifier {
	nClasses: number;
	nFeatures: number;
	/** feature-major: weights[feature * nClasses + class] */
	weights: Float32Array;
	bias: Float32Array;
}

export interface TrainOptions {
	epochs?: number;
	learningRate?: number;
	l2?: number;
	seed?: number;
}

export function trainSoftmax(
	examples: TrainingExample[],
	nFeatures: number,
	nClasses: number,
	options: TrainOptions = {}
): SoftmaxClassifier {
	const epochs = options.epochs ?? 30;
	const lr0 = options.learningRate ?? 2;
	const l2 = options.l2 ?? 1e-4;
	const K = nClasses;
	const weights = new Float32Array(nFeatures * K);
	const bias = new Float32Array(K);
	const clf: SoftmaxClassifier = { nClasses: K, nFeatures, weights, bias };
	if (K === 0 || examples.length === 0) return clf;

	const order = examples.map((_, i) => i);
	let seed = options.seed ?? 12345;
	const rand = () => {
		// mulberry32
		seed = (seed + 0x6d2b79f5) | 0;
		let t = seed;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const probs = new Float64Array(K);
	const grad = new Float64Array(K);
	const cls = new Int32Array(K);
	for (let epoch = 0; epoch < epochs; epoch++) {
		const lr = lr0 / (1 + epoch * 0.15);
		for (let i = order.length - 1; i > 0; i--) {
			const j = Math.floor(rand() * (i + 1));
			[order[i], order[j]] = [order[j], order[i]];
		}
		for (const idx of order) {
			const ex = examples[idx];
			logits(clf, ex.x, probs);
			softmaxInPlace(probs);
			const step = lr * ex.w;
			const decay = 1 - lr * l2;
			let active = 0;
			for (let c = 0; c < K; c++) {
				const g = probs[c] - (c === ex.y ? 1 : 0);
				// Classes the model already rules out barely move; skipping them keeps training fast.
				if (g > -1e-4 && g < 1e-4) continue;
				grad[active] = step * g;
				cls[active++] = c;
				bias[c] -= step * g;
			}
			const { ids, vals } = ex.x;
			for (let i = 0; i < ids.length; i++) {
				const base = ids[i] * K;
				const v = vals[i];
				for (let a = 0; a < active; a++) {
					const k = base + cls[a];
					weights[k] = weights[k] * decay - grad[a] * v;
				}
			}
		}
	}
	return clf;
}

function logits(clf: SoftmaxClassifier, x: SparseVector, out: Float64Array) {
	const K = clf.nClasses;
	for (let c = 0; c < K; c++) out[c] = clf.bias[c];
	for (let i = 0; i < x.ids.length; i++) {
		const f = x.ids[i];
		if (f >= clf.nFeatures) continue;
		const base = f * K;
		const v = x.vals[i];
		for (let c = 0; c < K; c++) out[c] += clf.weights[base + c] * v;
	}
}

function softmaxInPlace(z: Float64Array) {
	let max = -Infinity;
	for (let i = 0; i < z.length; i++) if (z[i] > max) max = z[i];
	let sum = 0;
	for (let i = 0; i < z.length; i++) {
		z[i] = Math.exp(z[i] - max);
		sum += z[i];
	}
	for (let i = 0; i < z.length; i++) z[i] /= sum;
}

/** Class probabilities for one feature vector. */
export function predictProba(clf: SoftmaxClassifier, x: SparseVector): Float64Array {
	const p = new Float64Array(clf.nClasses);
	if (clf.nClasses === 0) return p;
	logits(clf, x, p);
	softmaxInPlace(p);
	return p;
}
