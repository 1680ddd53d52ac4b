/**
 * The learned paraphrase model: a logistic regression over standardised pair features plus
 * discriminative (TF-KLD) term weights, serialised as numbers only in model.json. Training
 * helpers live here too (pure code) so the training script and the evaluation share them.
 */
import type { TermWeights } from './features';

/** The JSON form of the model (numbers only). */
export interface MatcherModelJson {
  mean: number[];
  std: number[];
  coef: number[];
  bias: number;
  /** Probability threshold for 'paraphrase' without story context (chosen by inner CV for accuracy). */
  threshold: number;
  /** Probability below which a lexically near pair that is not surely near (see classify.ts) is not a match. */
  nearGate?: number;
  /** Lower threshold used when both sentences come from articles covering the same story. */
  sameStoryThreshold: number;
  /** Bucket bits of the hashed TF-KLD weights, and the non-zero buckets as flat [index, value, …]. */
  kldBits: number;
  kld: number[];
}

/** A model ready for scoring. */
export interface CompiledModel {
  json: MatcherModelJson;
  mean: Float64Array;
  scale: Float64Array;
  coef: Float64Array;
  terms: TermWeights;
  /** Scratch feature vector of the model's length. */
  buffer: Float64Array;
}

/** Turns the JSON form into typed arrays. */
export function compileModel(json: MatcherModelJson): CompiledModel {
  const size = 1 << json.kldBits;
  const values = new Float64Array(size);
  for (let i = 0; i + 1 < json.kld.length; i += 2) values[json.kld[i]] = json.kld[i + 1];
  return {
    json,
    mean: Float64Array.from(json.mean),
    scale: Float64Array.from(json.std, (s) => (s > 1e-9 ? 1 / s : 0)),
    coef: Float64Array.from(json.coef),
    terms: { mask: size - 1, values },
    buffer: new Float64Array(json.coef.length),
  };
}

/** Probability that the pair with features `x` states the same thing. */
export function probability(model: CompiledModel, x: Float64Array): number {
  let z = model.json.bias;
  const { mean, scale, coef } = model;
  const n = Math.min(coef.length, x.length);
  for (let i = 0; i < n; i++) z += coef[i] * (x[i] - mean[i]) * scale[i];
  return 1 / (1 + Math.exp(-z));
}

/** Fits an L2-regularised logistic regression on standardised features by full-batch gradient descent (Adam). */
export function fitLogistic(
  X: Float64Array[], y: number[], l2 = 1e-3, epochs = 400,
): Pick<MatcherModelJson, 'mean' | 'std' | 'coef' | 'bias'> {
  const d = X[0]?.length ?? 0, n = X.length;
  const mean = new Array<number>(d).fill(0), std = new Array<number>(d).fill(0);
  for (const x of X) for (let k = 0; k < d; k++) mean[k] += x[k] / n;
  for (const x of X) for (let k = 0; k < d; k++) std[k] += (x[k] - mean[k]) ** 2 / n;
  for (let k = 0; k < d; k++) std[k] = Math.sqrt(std[k]) || 1;
  const Z = X.map((x) => Float64Array.from(x, (v, k) => (v - mean[k]) / std[k]));
  const w = new Float64Array(d + 1), m = new Float64Array(d + 1), v = new Float64Array(d + 1);
  const g = new Float64Array(d + 1);
  const lr = 0.05, b1 = 0.9, b2 = 0.999;
  for (let t = 1; t <= epochs; t++) {
    g.fill(0);
    for (let i = 0; i < n; i++) {
      let z = w[d];
      const zi = Z[i];
      for (let k = 0; k < d; k++) z += w[k] * zi[k];
      const err = 1 / (1 + Math.exp(-z)) - y[i];
      for (let k = 0; k < d; k++) g[k] += (err * zi[k]) / n;
      g[d] += err / n;
    }
    for (let k = 0; k < d; k++) g[k] += l2 * w[k];
    for (let k = 0; k <= d; k++) {
      m[k] = b1 * m[k] + (1 - b1) * g[k];
      v[k] = b2 * v[k] + (1 - b2) * g[k] * g[k];
      w[k] -= (lr * (m[k] / (1 - b1 ** t))) / (Math.sqrt(v[k] / (1 - b2 ** t)) + 1e-8);
    }
  }
  return { mean, std, coef: Array.from(w.subarray(0, d)), bias: w[d] };
}
