/**
 * An upper bound of the paraphrase model's log-odds before the soft word alignment (the costliest
 * part of a pair's features, soft-align.ts) is measured. The soft features are bounded by what the
 * exact word matches already fix: every shared content word aligns with cosine 1, every other one
 * with a cosine in [0, 1] (exactly 0 when it has no word vector), so each cover lies in
 * [exact share, share of words with a partner or a vector] and each unaligned mass in [mass
 * without vector or partner, mass − exact mass]; the centroid cosine is cheap and taken exactly.
 * A word that aligns covers at least half its weight and one that does not at most half, so the
 * covers and the unaligned masses move together: the range of each side's aligned mass is cut
 * into parts ({@link SPLIT}) and bounded part by part. Taking each feature's term at whichever
 * end raises the log-odds gives a bound that never falls below the real value, so a pair whose
 * bound misses the threshold can be called 'none' without aligning its words (the alignment
 * step's pruning, score.ts).
 */
import type { CompiledModel } from './model';
import type { PreparedSentence } from './prepare';
import { SOFT_END, SOFT_START } from './features';
import { harmonic } from './overlap';
import { ALIGNED_COSINE, centroidCosine } from './soft-align';

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

/** Each side's range of aligned free mass is cut into this many parts (SPLIT² bounds, the largest kept). */
export const SPLIT = 4;
const sideA = new Float64Array(4), sideB = new Float64Array(4);

/**
 * One side's [cover low, cover high, unaligned low, unaligned high] when the mass of its `free`
 * words (a vector, no exact partner) that align (best cosine ≥ ALIGNED_COSINE) lies in [lo, hi]:
 * an aligned word covers at least half its weight, any other at most half, and only the others
 * are unaligned.
 */
function sideRange(into: Float64Array, mass: number, exact: number, lost: number, free: number, lo: number, hi: number): Float64Array {
  into[0] = mass > 0 ? (exact + ALIGNED_COSINE * lo) / mass - EPS : 0;
  into[1] = mass > 0 ? (exact + ALIGNED_COSINE * free + (1 - ALIGNED_COSINE) * hi) / mass + EPS : 0;
  into[2] = lost + free - hi - EPS;
  into[3] = lost + free - lo + EPS;
  return into;
}

/** The largest value the soft features can add to the log-odds when each side's covers and unaligned masses lie in the given ranges. */
function boundFor(model: CompiledModel, a: Float64Array, b: Float64Array, centroid: number): number {
  // [low, high] of softMin, softMax, softHarm, centroidCos, unalignedMax, unalignedMin, in feature
  // order (flat, reused: this runs for thousands of pairs per match).
  ranges[0] = Math.min(a[0], b[0]); ranges[1] = Math.min(a[1], b[1]);
  ranges[2] = Math.max(a[0], b[0]); ranges[3] = Math.max(a[1], b[1]);
  ranges[4] = harmonic(Math.max(0, a[0]), Math.max(0, b[0])) - EPS; ranges[5] = harmonic(a[1], b[1]) + EPS;
  ranges[6] = centroid - EPS; ranges[7] = centroid + EPS;
  ranges[8] = Math.max(a[2], b[2]); ranges[9] = Math.max(a[3], b[3]);
  ranges[10] = Math.min(a[2], b[2]); ranges[11] = Math.min(a[3], b[3]);
  let z = 0;
  for (let k = 0; k < SOFT_END - SOFT_START; k++) {
    const i = SOFT_START + k;
    const w = model.coef[i] * model.scale[i];
    z += w * ((w > 0 ? ranges[2 * k + 1] : ranges[2 * k]) - model.mean[i]);
  }
  return z;
}

/**
 * The largest value the soft features can add to the log-odds of the pair: the aligned free mass
 * of each side is unknown, and the features pull it both ways (a higher cover lowers the
 * log-odds, fewer unaligned words raise it), so its range is cut into {@link SPLIT} parts per
 * side and the largest of the parts' bounds is taken: each part's bound holds for its part. A
 * caller that only needs to know whether the bound reaches `need` may get the whole range's
 * (looser, still a bound) when it already falls short.
 */
export function softLogitBound(model: CompiledModel, a: PreparedSentence, b: PreparedSentence, need = -Infinity): number {
  const [ea, eb, lostA, lostB] = exactMasses(a, b);
  const freeA = Math.max(0, a.mass - ea - lostA), freeB = Math.max(0, b.mass - eb - lostB);
  // The centroid cosine is cheap next to the word alignment: taken exactly, as softAlign takes it.
  const centroid = centroidCosine(a, b);
  // The whole range first: most pairs that cannot match already miss `need` with it.
  const whole = boundFor(model, sideRange(sideA, a.mass, ea, lostA, freeA, 0, freeA), sideRange(sideB, b.mass, eb, lostB, freeB, 0, freeB), centroid);
  if (whole < need) return whole;
  let best = -Infinity;
  for (let i = 0; i < SPLIT; i++) {
    sideRange(sideA, a.mass, ea, lostA, freeA, (freeA * i) / SPLIT, (freeA * (i + 1)) / SPLIT);
    for (let j = 0; j < SPLIT; j++) {
      sideRange(sideB, b.mass, eb, lostB, freeB, (freeB * j) / SPLIT, (freeB * (j + 1)) / SPLIT);
      best = Math.max(best, boundFor(model, sideA, sideB, centroid));
    }
  }
  return best;
}
