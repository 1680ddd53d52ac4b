/**
 * `npx tsx scripts/eval/story-prior.ts [--data DIR]`: how the shipped paraphrase model sees
 * within-story candidates. For every NewsWCL50 claim and every other article of the same event,
 * takes the best-scoring candidate that passes the prefilter (mayMatch), and reports the mean
 * model probability, the share at or above the default and same-story thresholds, and the class
 * prior re-estimated by EM (Saerens et al. 2002) against MRPC's training prior. A prior above
 * MRPC's would justify a positive same-story logit shift; a lower one argues against it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromText } from '../../utils/extract/index';
import { articleClaims } from '../../utils/claims/index';
import { prepareSentence, type PreparedSentence } from '../../utils/match/prepare';
import { paraphraseProbability, shippedModel } from '../../utils/match/score';
import { mayMatch } from '../../utils/match/align';
import { resolveDataDir } from '../lib/data-dir';

/** Share of paraphrases among MRPC training pairs (the prior the model was fitted under). */
const MRPC_PRIOR = 2753 / 4076;

function eventArticles(dir: string): PreparedSentence[][] {
  return readdirSync(dir).filter((f) => f.includes('.txt')).sort().map((f) => {
    const r = articleFromText(`-\n${readFileSync(join(dir, f), 'utf8')}`, f);
    return r.ok ? articleClaims(r.article).map((c) => prepareSentence(c.text)) : [];
  });
}

function emPrior(probs: number[], trainPrior: number): number {
  let pi = trainPrior;
  for (let it = 0; it < 500; it++) {
    let s = 0;
    for (const p of probs) {
      const num = (pi / trainPrior) * p;
      s += num / (num + ((1 - pi) / (1 - trainPrior)) * (1 - p));
    }
    pi = s / probs.length;
  }
  return pi;
}

function main(): void {
  const raw = join(resolveDataDir().dir, 'newswcl50', '1-raw-articles');
  const probs: number[] = [];
  for (const ev of readdirSync(raw).filter((d) => /^event_\d+$/.test(d))) {
    const arts = eventArticles(join(raw, ev));
    for (let a = 0; a < arts.length; a++) for (let b = 0; b < arts.length; b++) {
      if (a === b) continue;
      for (const q of arts[a]) {
        let best = -1;
        for (const c of arts[b]) if (mayMatch(q, c)) best = Math.max(best, paraphraseProbability(q, c));
        if (best >= 0) probs.push(best);
      }
    }
  }
  const { threshold, sameStoryThreshold } = shippedModel().json;
  const share = (t: number) => probs.filter((p) => p >= t).length / Math.max(1, probs.length);
  const mean = probs.reduce((x, y) => x + y, 0) / Math.max(1, probs.length);
  console.log(`within-event best candidates ${probs.length}: mean p ${mean.toFixed(3)}, ` +
    `≥ default ${threshold}: ${(100 * share(threshold)).toFixed(1)}%, ≥ same-story ${sameStoryThreshold}: ${(100 * share(sameStoryThreshold)).toFixed(1)}%, ` +
    `EM prior ${emPrior(probs, MRPC_PRIOR).toFixed(3)} (MRPC ${MRPC_PRIOR.toFixed(3)})`);
}

main();
