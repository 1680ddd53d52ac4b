/**
 * `npx tsx scripts/train-matcher.ts [--data DIR]`: learns the paraphrase model offline from the
 * MRPC training pairs (TF-KLD term weights + logistic regression + an accuracy-maximising
 * threshold chosen by inner cross-validation) and writes utils/match/model.json (numbers only).
 * Also exports the training pieces used by scripts/eval/mrpc.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { prepareSentence, type PreparedSentence } from '../utils/match/prepare';
import { modelFeatureCount, modelFeatures } from '../utils/match/features';
import { closeness, isNear, isSurelyNear } from '../utils/match/classify';
import { compileModel, encodeLatent, fitLogistic, probability, type MatcherModelJson } from '../utils/match/model';

/** One labelled pair, prepared. */
export interface Pair { a: PreparedSentence; b: PreparedSentence; label: number }

const KLD_BITS = Number(process.env.MATCH_BITS ?? 17);
/** Dimensions of the latent TF-KLD space (0 disables it). */
export const LATENT_DIMS = Number(process.env.MATCH_DIMS ?? 0);

/** Reads an MRPC TSV file (BOM, CRLF, header: Quality, id1, id2, s1, s2) into prepared pairs. */
export function readMrpc(file: string): Pair[] {
  const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).slice(1);
  const pairs: Pair[] = [];
  for (const line of lines) {
    const f = line.split('\t');
    if (f.length < 5) continue;
    pairs.push({ a: prepareSentence(f[3]), b: prepareSentence(f[4]), label: Number(f[0]) });
  }
  return pairs;
}

/** Deterministic shuffle (mulberry32) for folds. */
export function seededOrder(n: number, seed: number): number[] {
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/**
 * TF-KLD weights (Ji & Eisenstein 2013) per hashed stem: KL divergence between P(term in the other
 * sentence | term in one, paraphrase) and the same for non-paraphrases; flat [bucket, weight, …].
 */
export function kldWeights(pairs: Pair[], bits = KLD_BITS): number[] {
  const mask = (1 << bits) - 1;
  const both = [new Float64Array(mask + 1), new Float64Array(mask + 1)];
  const any = [new Float64Array(mask + 1), new Float64Array(mask + 1)];
  for (const { a, b, label } of pairs) {
    const sb = new Set(b.terms), sa = new Set(a.terms);
    for (const h of a.terms) { any[label][h & mask]++; if (sb.has(h)) both[label][h & mask]++; }
    for (const h of b.terms) { any[label][h & mask]++; if (sa.has(h)) both[label][h & mask]++; }
  }
  const out: number[] = [];
  for (let k = 0; k <= mask; k++) {
    if (any[0][k] + any[1][k] < 2) continue;
    const p = (both[1][k] + 0.5) / (any[1][k] + 1), q = (both[0][k] + 0.5) / (any[0][k] + 1);
    const kl = p * Math.log(p / q) + (1 - p) * Math.log((1 - p) / (1 - q));
    if (kl > 1e-3) out.push(k, Math.round(kl * 1000) / 1000);
  }
  return out;
}

/** The label-derived parts of a model (TF-KLD weights and latent space) learned from `pairs`. */
function termModel(pairs: Pair[]): MatcherModelJson {
  const kld = kldWeights(pairs);
  const base: MatcherModelJson = {
    mean: [], std: [], coef: [], bias: 0, threshold: 0.5, sameStoryThreshold: 0.4, kldBits: KLD_BITS, kld,
  };
  if (LATENT_DIMS > 0) {
    const { buckets, loadings } = latentLoadings(pairs, kld, KLD_BITS, LATENT_DIMS);
    const { data, scale } = encodeLatent(loadings);
    Object.assign(base, { latentDims: LATENT_DIMS, latentBuckets: buckets, latentData: data, latentScale: scale });
  }
  return base;
}

/** Features of `pairs` under the term model `base` (logistic weights not needed). */
function featuresUnder(base: MatcherModelJson, pairs: Pair[]): Float64Array[] {
  const d = modelFeatureCount(base.latentDims ?? 0);
  const probe = compileModel({ ...base, mean: new Array(d).fill(0), std: new Array(d).fill(1), coef: new Array(d).fill(0) });
  return pairs.map((p) => modelFeatures(p.a, p.b, probe, new Float64Array(d)));
}

/**
 * Learns model weights (without thresholds) from pairs. The label-derived term weights are
 * cross-fitted: each pair's training features come from term weights learned on the other parts,
 * so the regression does not trust them more than they deserve on unseen pairs.
 */
function fitOnce(pairs: Pair[]): MatcherModelJson {
  const parts = CROSS_FIT;
  const X = new Array<Float64Array>(pairs.length);
  if (parts > 1) {
    const order = seededOrder(pairs.length, 11);
    for (let f = 0; f < parts; f++) {
      const held = order.filter((_, i) => i % parts === f);
      const tm = termModel(order.filter((_, i) => i % parts !== f).map((i) => pairs[i]));
      featuresUnder(tm, held.map((i) => pairs[i])).forEach((x, k) => (X[held[k]] = x));
    }
  }
  const base = termModel(pairs);
  const Xs = parts > 1 ? X : featuresUnder(base, pairs);
  return { ...base, ...fitLogistic(Xs, pairs.map((p) => p.label), L2) };
}

const CROSS_FIT = Number(process.env.MATCH_XFIT ?? 5);
const L2 = Number(process.env.MATCH_L2 ?? 1e-3);

/**
 * Truncated SVD (randomised subspace iteration) of the sentence × term matrix with TF-KLD entries,
 * over the training pairs' sentences. Returns the term loadings (right singular vectors) of the
 * buckets seen at least twice, row-major `dims` per bucket.
 */
export function latentLoadings(pairs: Pair[], kld: number[], bits: number, dims: number): { buckets: number[]; loadings: Float64Array } {
  const mask = (1 << bits) - 1;
  const kw = new Map<number, number>();
  for (let i = 0; i + 1 < kld.length; i += 2) kw.set(kld[i], kld[i + 1]);
  const sentences = pairs.flatMap((p) => [p.a, p.b]);
  const count = new Map<number, number>();
  for (const s of sentences) for (const h of s.terms) if (kw.has(h & mask)) count.set(h & mask, (count.get(h & mask) ?? 0) + 1);
  const buckets = [...count].filter(([, c]) => c >= 2).map(([b]) => b).sort((x, y) => x - y);
  const col = new Map(buckets.map((b, i) => [b, i]));
  const rows = sentences.map((s) => {
    const cols: number[] = [], vals: number[] = [];
    for (const h of s.terms) { const c = col.get(h & mask); if (c !== undefined) { cols.push(c); vals.push(kw.get(h & mask) ?? 0); } }
    return { cols, vals };
  });
  const n = rows.length, m = buckets.length, r = dims + 10;
  const mx = (X: Float64Array) => { // (n × r) = M (n × m) · X (m × r)
    const Y = new Float64Array(n * r);
    rows.forEach(({ cols, vals }, i) => { for (let t = 0; t < cols.length; t++) for (let j = 0; j < r; j++) Y[i * r + j] += vals[t] * X[cols[t] * r + j]; });
    return Y;
  };
  const mty = (Y: Float64Array) => { // (m × r) = Mᵀ · Y (n × r)
    const Z = new Float64Array(m * r);
    rows.forEach(({ cols, vals }, i) => { for (let t = 0; t < cols.length; t++) for (let j = 0; j < r; j++) Z[cols[t] * r + j] += vals[t] * Y[i * r + j]; });
    return Z;
  };
  const order = seededOrder(m * r, 99);
  let Z = Float64Array.from(order, (v) => Math.sin(v * 12.9898) * 43758.5453 % 1);
  let Y = orth(mx(Z), n, r);
  for (let it = 0; it < 4; it++) { Z = orth(mty(Y), m, r); Y = orth(mx(Z), n, r); }
  const Bt = mty(Y);
  const C = new Float64Array(r * r);
  for (let i = 0; i < m; i++) for (let a = 0; a < r; a++) for (let b = 0; b < r; b++) C[a * r + b] += Bt[i * r + a] * Bt[i * r + b];
  const { values, vectors } = jacobiEigen(C, r);
  const idx = Array.from({ length: r }, (_, i) => i).sort((x, y) => values[y] - values[x]).slice(0, dims);
  const loadings = new Float64Array(m * dims);
  idx.forEach((e, k) => {
    const sigma = Math.sqrt(Math.max(values[e], 1e-12));
    for (let i = 0; i < m; i++) {
      let v = 0;
      for (let a = 0; a < r; a++) v += Bt[i * r + a] * vectors[a * r + e];
      loadings[i * dims + k] = v / sigma;
    }
  });
  return { buckets, loadings };
}

/** Orthonormalises the r columns of a row-major (rows × r) matrix in place (modified Gram-Schmidt). */
function orth(A: Float64Array, rows: number, r: number): Float64Array {
  for (let j = 0; j < r; j++) {
    for (let p = 0; p < j; p++) {
      let d = 0;
      for (let i = 0; i < rows; i++) d += A[i * r + j] * A[i * r + p];
      for (let i = 0; i < rows; i++) A[i * r + j] -= d * A[i * r + p];
    }
    let norm = 0;
    for (let i = 0; i < rows; i++) norm += A[i * r + j] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < rows; i++) A[i * r + j] /= norm;
  }
  return A;
}

/** Eigen-decomposition of a symmetric r × r matrix by cyclic Jacobi rotations (vectors in columns). */
function jacobiEigen(S: Float64Array, r: number): { values: Float64Array; vectors: Float64Array } {
  const A = Float64Array.from(S), V = new Float64Array(r * r);
  for (let i = 0; i < r; i++) V[i * r + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < r; p++) for (let q = p + 1; q < r; q++) off += A[p * r + q] ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < r; p++) for (let q = p + 1; q < r; q++) {
      const apq = A[p * r + q];
      if (Math.abs(apq) < 1e-30) continue;
      const theta = (A[q * r + q] - A[p * r + p]) / (2 * apq);
      const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
      const c = 1 / Math.sqrt(t * t + 1), s = t * c;
      for (let k = 0; k < r; k++) {
        const akp = A[k * r + p], akq = A[k * r + q];
        A[k * r + p] = c * akp - s * akq; A[k * r + q] = s * akp + c * akq;
      }
      for (let k = 0; k < r; k++) {
        const apk = A[p * r + k], aqk = A[q * r + k];
        A[p * r + k] = c * apk - s * aqk; A[q * r + k] = s * apk + c * aqk;
      }
      for (let k = 0; k < r; k++) {
        const vkp = V[k * r + p], vkq = V[k * r + q];
        V[k * r + p] = c * vkp - s * vkq; V[k * r + q] = s * vkp + c * vkq;
      }
    }
  }
  return { values: Float64Array.from({ length: r }, (_, i) => A[i * r + i]), vectors: V };
}

/** Lexical rule outcome of a pair: 2 = surely near/verbatim, 1 = near if the model agrees, 0 = no rule. */
export function ruleLevel(p: Pair): number {
  const c = closeness(p.a, p.b);
  return isSurelyNear(c) ? 2 : isNear(c) ? 1 : 0;
}

/** Threshold and near gate maximising accuracy of (sure OR (near AND p ≥ gate) OR p ≥ t). */
export function bestThreshold(probs: number[], rules: number[], labels: number[]): { threshold: number; nearGate: number } {
  let best = { threshold: 0.5, nearGate: 0 }, bestAcc = -1;
  for (let t = 0.2; t <= 0.8 + 1e-9; t += 0.01) {
    for (let g = 0; g <= t + 1e-9; g += 0.05) {
      let ok = 0;
      for (let i = 0; i < probs.length; i++) {
        const yes = rules[i] === 2 || (rules[i] === 1 && probs[i] >= g) || probs[i] >= t;
        ok += (yes ? 1 : 0) === labels[i] ? 1 : 0;
      }
      if (ok > bestAcc) { bestAcc = ok; best = { threshold: Math.round(t * 100) / 100, nearGate: Math.round(g * 100) / 100 }; }
    }
  }
  return best;
}

/** Trains a full model: weights on all pairs, threshold by inner k-fold CV on the same pairs. */
export function trainMatcher(pairs: Pair[], innerFolds = 3, seed = 7): MatcherModelJson {
  const order = seededOrder(pairs.length, seed);
  const probs = new Array<number>(pairs.length).fill(0);
  for (let f = 0; f < innerFolds; f++) {
    const test = order.filter((_, i) => i % innerFolds === f);
    const train = order.filter((_, i) => i % innerFolds !== f).map((i) => pairs[i]);
    const m = compileModel(fitOnce(train));
    for (const i of test) probs[i] = probability(m, modelFeatures(pairs[i].a, pairs[i].b, m));
  }
  const { threshold, nearGate } = bestThreshold(probs, pairs.map(ruleLevel), pairs.map((p) => p.label));
  const model = fitOnce(pairs);
  return { ...model, threshold, nearGate, sameStoryThreshold: Math.round(Math.max(0.2, threshold - 0.15) * 100) / 100 };
}

function main(): void {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--data');
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = i >= 0 ? resolve(process.env.INIT_CWD ?? process.cwd(), argv[i + 1]) : resolve(repoRoot, '..', 'shared', 'data');
  const pairs = readMrpc(join(dir, 'mrpc', 'msr_paraphrase_train.txt'));
  const model = trainMatcher(pairs);
  const round = (x: number) => Math.round(x * 1e5) / 1e5;
  const out = { ...model, mean: model.mean.map(round), std: model.std.map(round), coef: model.coef.map(round), bias: round(model.bias) };
  writeFileSync(resolve(repoRoot, 'utils/match/model.json'), JSON.stringify(out));
  console.log(`trained on ${pairs.length} pairs; threshold ${model.threshold}, near gate ${model.nearGate}, sameStory ${model.sameStoryThreshold}, kld buckets ${model.kld.length / 2}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
