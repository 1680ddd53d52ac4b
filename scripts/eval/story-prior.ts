/**
 * `npx tsx scripts/eval/story-prior.ts [--data DIR]`: how the shipped paraphrase model sees
 * within-story candidates. For every NewsWCL50 claim and every other article of the same event,
 * takes the best-scoring candidate that passes the prefilter (mayMatch), and reports the mean
 * model probability, the share at or above the default and same-story thresholds, and the class
 * prior re-estimated by EM (Saerens et al. 2002) against MRPC's training prior. A prior above
 * MRPC's would justify a positive same-story logit shift; a lower one argues against it.
 * Then, by gap in relative position of the best candidate (utils/match/position.ts), how much
 * likelier that gap is among confident matches (p ≥ threshold) than among confident non-matches
 * (p < 0.1): the log of that ratio is the evidence behind POSITION_SHIFT.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromText } from '../../utils/extract/index';
import { articleClaims } from '../../utils/claims/index';
import { prepareSentence, type PreparedSentence } from '../../utils/match/prepare';
import { paraphraseProbability, shippedModel } from '../../utils/match/score';
import { mayMatch } from '../../utils/match/prefilter';
import { relativePosition } from '../../utils/match/position';
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

/** Upper edges of the position-gap buckets reported (gap = |relative position a − relative position b|). */
const GAP_EDGES = [0.05, 0.1, 0.2, 0.4, 1.01];

function main(): void {
  const raw = join(resolveDataDir().dir, 'newswcl50', '1-raw-articles');
  const probs: number[] = [];
  const byGap: number[][] = GAP_EDGES.map(() => []);
  for (const ev of readdirSync(raw).filter((d) => /^event_\d+$/.test(d))) {
    const arts = eventArticles(join(raw, ev));
    for (let a = 0; a < arts.length; a++) for (let b = 0; b < arts.length; b++) {
      if (a === b) continue;
      arts[a].forEach((q, qi) => {
        let best = -1, gap = 1;
        arts[b].forEach((c, ci) => {
          if (!mayMatch(q, c)) return;
          const p = paraphraseProbability(q, c);
          if (p > best) { best = p; gap = Math.abs(relativePosition(qi, arts[a].length) - relativePosition(ci, arts[b].length)); }
        });
        if (best < 0) return;
        probs.push(best);
        byGap[GAP_EDGES.findIndex((e) => gap < e)].push(best);
      });
    }
  }
  const { threshold, sameStoryThreshold } = shippedModel().json;
  const share = (t: number) => probs.filter((p) => p >= t).length / Math.max(1, probs.length);
  const mean = probs.reduce((x, y) => x + y, 0) / Math.max(1, probs.length);
  console.log(`within-event best candidates ${probs.length}: mean p ${mean.toFixed(3)}, ` +
    `≥ default ${threshold}: ${(100 * share(threshold)).toFixed(1)}%, ≥ same-story ${sameStoryThreshold}: ${(100 * share(sameStoryThreshold)).toFixed(1)}%, ` +
    `EM prior ${emPrior(probs, MRPC_PRIOR).toFixed(3)} (MRPC ${MRPC_PRIOR.toFixed(3)})`);
  GAP_EDGES.forEach((e, k) => {
    const ps = byGap[k];
    if (ps.length === 0) return;
    const high = ps.filter((p) => p >= threshold).length / Math.max(1, probs.filter((p) => p >= threshold).length);
    const low = ps.filter((p) => p < 0.1).length / Math.max(1, probs.filter((p) => p < 0.1).length);
    console.log(`  position gap < ${e}: ${ps.length} claims, mean p ${(ps.reduce((x, y) => x + y, 0) / ps.length).toFixed(3)}, ` +
      `share of p ≥ ${threshold} ${(100 * high).toFixed(1)}% vs of p < 0.1 ${(100 * low).toFixed(1)}%: log likelihood ratio ${Math.log(high / low).toFixed(2)}`);
  });
}

main();
