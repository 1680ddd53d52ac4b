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
import { FEATURE_COUNT, modelFeatures } from '../utils/match/features';
import { closeness, isNear, isSurelyNear } from '../utils/match/classify';
import { antonymClashes } from '../utils/match/polarity';
import { compileModel, fitLogistic, probability, type MatcherModelJson } from '../utils/match/model';

/** One labelled pair, prepared. */
export interface Pair { a: PreparedSentence; b: PreparedSentence; label: number }

const KLD_BITS = Number(process.env.MATCH_BITS ?? 17);


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

/** The label-derived part of a model (TF-KLD term weights) learned from `pairs`. */
function termModel(pairs: Pair[]): MatcherModelJson {
  return { mean: [], std: [], coef: [], bias: 0, threshold: 0.5, sameStoryThreshold: 0.4, kldBits: KLD_BITS, kld: kldWeights(pairs) };
}

/** Features of `pairs` under the term model `base` (logistic weights not needed). */
function featuresUnder(base: MatcherModelJson, pairs: Pair[]): Float64Array[] {
  const d = FEATURE_COUNT;
  const probe = compileModel({ ...base, mean: new Array(d).fill(0), std: new Array(d).fill(1), coef: new Array(d).fill(0) });
  return pairs.map((p) => modelFeatures(p.a, p.b, probe, new Float64Array(d)));
}

/**
 * Training features of `pairs` and the term model learned from all of them. The label-derived
 * term weights are cross-fitted: each pair's features come from term weights learned on the other
 * parts, so the classifier does not trust them more than they deserve on unseen pairs.
 */
export function trainingFeatures(pairs: Pair[]): { base: MatcherModelJson; X: Float64Array[] } {
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
  return { base, X: parts > 1 ? X : featuresUnder(base, pairs) };
}

/** Learns model weights (without thresholds) from pairs. */
function fitOnce(pairs: Pair[]): MatcherModelJson {
  const { base, X } = trainingFeatures(pairs);
  const y = pairs.map((p) => p.label);
  return { ...base, ...fitLogistic(X, y, L2) };
}

/** L2 penalty of the regression, and the number of cross-fitting parts for the term weights. */
const L2 = Number(process.env.MATCH_L2 ?? 1e-3);
const CROSS_FIT = Number(process.env.MATCH_XFIT ?? 5);

/** Lexical rule outcome of a pair: 2 = surely near/verbatim, 1 = near if the model agrees, 0 = no rule. */
export function ruleLevel(p: Pair): number {
  const c = closeness(p.a, p.b);
  if (antonymClashes(p.a, p.b) > 0) return 0;
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
