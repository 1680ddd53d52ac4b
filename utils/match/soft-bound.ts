/**
 * An upper bound of the paraphrase model's log-odds before the soft word alignment (the costliest
 * part of a pair's features, soft-align.ts) is measured. The soft features are bounded by what the
 * exact word matches already fix: every shared content word aligns with cosine 1, every other one
 * with a cosine in [0, 1] (exactly 0 when it has no word vector), so each cover lies in
 * [exact share, share of words with a partner or a vector] and each unaligned mass in [mass
 * without vector or partner, mass − exact mass]; the centroid cosine is cheap and taken exactly.
 * Taking each feature's term at whichever end raises the log-odds gives a bound that never
 * falls below the real value, so a pair whose bound misses the threshold can be called 'none'
 * without aligning its words (the alignment step's pruning, score.ts).
 */
import type { CompiledModel } from './model';
import type { PreparedSentence } from './prepare';
import { SOFT_END, SOFT_START } from './features';
import { harmonic } from './overlap';

/** Slack for float rounding: unit vectors' cosines may exceed 1 by about 1e-7. */
const EPS = 1e-6;

/** Log-odds of the model from the features in `x`, leaving out the soft-alignment ones. */
export function logitWithoutSoft(model: CompiledModel, x: Float64Array): number {
  let z = model.json.bias;
  const { mean, scale, coef } = model;
  const n = Math.min(coef.length, x.length);
  for (let i = 0; i < n; i++) {
    if (i >= SOFT_START && i < SOFT_END) continue;
    z += coef[i] * (x[i] - mean[i]) * scale[i];
  }
  return z;
}

const out = new Float64Array(4);
const ranges = new Float64Array(12);

/**
 * Per side, the content mass aligned exactly (its stem also occurs on the other side, paired in
 * order as softAlign pairs them) and the mass surely left unaligned (no exact partner and no word
 * vector, so its best cosine is 0): [exactA, exactB, lostA, lostB].
 */
function exactMasses(a: PreparedSentence, b: PreparedSentence): Float64Array {
  out.fill(0);
  let i = 0, j = 0;
  const na = a.content.length, nb = b.content.length;
  while (i < na || j < nb) {
    if (i < na && j < nb && a.content[i] === b.content[j]) { out[0] += a.weights[i++]; out[1] += b.weights[j++]; }
    else if (j >= nb || (i < na && a.content[i] < b.content[j])) { if (a.vectorRows[i] < 0) out[2] += a.weights[i]; i++; }
    else { if (b.vectorRows[j] < 0) out[3] += b.weights[j]; j++; }
  }
  return out;
}

/** The largest value the soft features can add to the log-odds of the pair. */
export function softLogitBound(model: CompiledModel, a: PreparedSentence, b: PreparedSentence): number {
  const [ea, eb, lostA, lostB] = exactMasses(a, b);
  const la = a.mass > 0 ? ea / a.mass : 0, lb = b.mass > 0 ? eb / b.mass : 0;
  // A word with neither an exact partner nor a vector covers nothing: each cover is at most the rest.
  const ha = a.mass > 0 ? (a.mass - lostA) / a.mass + EPS : 0, hb = b.mass > 0 ? (b.mass - lostB) / b.mass + EPS : 0;
  const ua = Math.max(0, a.mass - ea) + EPS, ub = Math.max(0, b.mass - eb) + EPS;
  // [low, high] of softMin, softMax, softHarm, centroidCos, unalignedMax, unalignedMin, in feature
  // order (flat, reused: this runs for thousands of pairs per match).
  ranges[0] = Math.min(la, lb) - EPS; ranges[1] = Math.min(ha, hb);
  ranges[2] = Math.max(la, lb) - EPS; ranges[3] = Math.max(ha, hb);
  ranges[4] = harmonic(la, lb) - EPS; ranges[5] = harmonic(ha, hb);
  // The centroid cosine is cheap next to the word alignment: taken exactly (as softAlign sums it).
  let centroid = 0;
  for (let d = 0; d < a.centroid.length; d++) centroid += a.centroid[d] * b.centroid[d];
  ranges[6] = centroid - EPS; ranges[7] = centroid + EPS;
  ranges[8] = Math.max(lostA, lostB) - EPS; ranges[9] = Math.max(ua, ub);
  ranges[10] = Math.min(lostA, lostB) - EPS; ranges[11] = Math.min(ua, ub);
  let z = 0;
  for (let k = 0; k < SOFT_END - SOFT_START; k++) {
    const i = SOFT_START + k;
    const w = model.coef[i] * model.scale[i];
    z += w * ((w > 0 ? ranges[2 * k + 1] : ranges[2 * k]) - model.mean[i]);
  }
  return z;
}
