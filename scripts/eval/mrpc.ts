/**
 * MRPC evaluation: 10-fold cross-validation on the MRPC training pairs (train on 9 folds with
 * scripts/train-matcher.ts, judge the 10th with the default threshold; "same statement" =
 * kind ≠ none), plus the shipped model on the STS-B dev set binarised at score ≥ 3.5.
 * Also times the pair scorer (timeScoring).
 * Standalone: `npx tsx scripts/eval/mrpc.ts [--data DIR] [--time]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readMrpc, seededOrder, trainMatcher, type Pair } from '../train-matcher';
import { compileModel } from '../../utils/match/model';
import { judgePrepared } from '../../utils/match/score';
import { prepareSentence } from '../../utils/match/prepare';

/** Binary classification figures. */
export interface BinaryFigures { pairs: number; accuracy: number; f1: number; precision: number; recall: number }

function figures(pred: boolean[], gold: boolean[]): BinaryFigures {
  let tp = 0, fp = 0, fn = 0, ok = 0;
  for (let i = 0; i < pred.length; i++) {
    if (pred[i] === gold[i]) ok++;
    if (pred[i] && gold[i]) tp++; else if (pred[i]) fp++; else if (gold[i]) fn++;
  }
  const precision = tp / Math.max(1, tp + fp), recall = tp / Math.max(1, tp + fn);
  return { pairs: pred.length, accuracy: ok / Math.max(1, pred.length), f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), precision, recall };
}

/** 10-fold cross-validated figures of the matcher on MRPC train (fixed seed). */
export async function evalMrpc(dataDir: string): Promise<BinaryFigures & { folds: number }> {
  const pairs: Pair[] = readMrpc(join(dataDir, 'mrpc', 'msr_paraphrase_train.txt'));
  const folds = 10;
  const order = seededOrder(pairs.length, 2024);
  const pred = new Array<boolean>(pairs.length).fill(false);
  for (let f = 0; f < folds; f++) {
    const test = order.filter((_, i) => i % folds === f);
    const model = compileModel(trainMatcher(order.filter((_, i) => i % folds !== f).map((i) => pairs[i])));
    for (const i of test) pred[i] = judgePrepared(pairs[i].a, pairs[i].b, {}, model).kind !== 'none';
  }
  return { ...figures(pred, pairs.map((p) => p.label === 1)), folds };
}

/** The shipped model on STS-B dev, "same" = gold score ≥ 3.5; null when the file is absent. */
export function evalStsDev(dataDir: string): BinaryFigures | null {
  const file = join(dataDir, 'sts', 'sts-dev.csv');
  if (!existsSync(file)) return null;
  const pred: boolean[] = [], gold: boolean[] = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const f = line.split('\t');
    if (f.length < 7) continue;
    pred.push(judgePrepared(prepareSentence(f[5]), prepareSentence(f[6])).kind !== 'none');
    gold.push(Number(f[4]) >= 3.5);
  }
  return figures(pred, gold);
}

/** Speed of the pair scorer: µs per prepared pair (MRPC train pairs, shipped model) and per sentence prepared. */
export interface ScoringSpeed { scoredPairs: number; usPerPairMin: number; usPerPairMedian: number; usPerSentencePrepare: number }

/**
 * Times judgePrepared over all MRPC train pairs, once without and once with story context
 * (sameStory + positionGap), `runs` times; reports the fastest and the median run.
 */
export function timeScoring(dataDir: string, runs = 9): ScoringSpeed {
  const file = join(dataDir, 'mrpc', 'msr_paraphrase_train.txt');
  const texts = readFileSync(file, 'utf8').split(/\r?\n/).slice(1).map((l) => l.split('\t')).filter((f) => f.length >= 5).flatMap((f) => [f[3], f[4]]);
  const t0 = performance.now();
  const prepared = texts.map(prepareSentence);
  const usPerSentencePrepare = ((performance.now() - t0) * 1000) / Math.max(1, texts.length);
  const per: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    for (let i = 0; i + 1 < prepared.length; i += 2) {
      judgePrepared(prepared[i], prepared[i + 1]);
      judgePrepared(prepared[i], prepared[i + 1], { sameStory: true, positionGap: 0.02 });
    }
    per.push(((performance.now() - t) * 1000) / Math.max(1, prepared.length));
  }
  per.sort((a, b) => a - b);
  return { scoredPairs: prepared.length, usPerPairMin: per[0], usPerPairMedian: per[Math.floor(runs / 2)], usPerSentencePrepare };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--data');
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const dir = i >= 0 ? resolve(process.env.INIT_CWD ?? process.cwd(), argv[i + 1]) : resolve(repoRoot, '..', 'shared', 'data');
  const fmt = (o: object) => Object.entries(o).map(([k, v]) => `${k} ${Number.isInteger(v) ? v : (v as number).toFixed(4)}`).join(', ');
  console.log(`MRPC 10-fold CV: ${fmt(await evalMrpc(dir))}`);
  const sts = evalStsDev(dir);
  if (sts) console.log(`STS-B dev (>= 3.5), shipped model: ${fmt(sts)}`);
  if (argv.includes('--time')) console.log(`scoring speed: ${fmt(timeScoring(dir))}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) void main();
