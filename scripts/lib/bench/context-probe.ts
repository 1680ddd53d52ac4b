/**
 * What scripts/bench-contexts.ts evaluates in each JavaScript context it compares (Node, a web
 * page, the harness page before and after its tab is activated, the extension's service worker):
 * a fixed pure-JavaScript workload of the engine, and a match on the harness's benchmark database
 * (BENCH_DB_NAME, the database page-harness.tsx loads).
 * Bundled with esbuild and evaluated through CDP, so no extension build carries it.
 */
import { LibraryDb } from '../../../utils/library/db';
import { findCoverageFor } from '../../../utils/match/pipeline';
import { prepareSentence } from '../../../utils/match/prepare';
import { judgePrepared } from '../../../utils/match/score';
import type { Claim } from '../../../utils/claims/types';
import type { ExtractedArticle } from '../../../utils/extract/types';
import { BENCH_DB_NAME } from './types';
import { mulberry32, pick } from './prng';

const WORDS = ('the minister said on tuesday that council would approve a new budget of 4.5 million for housing schools and roads '
  + 'after protests in the city centre officials claimed residents were angry about rising rents police arrested two men near '
  + 'station reporters asked whether government knew how figures were gathered').split(' ');

/** 3,000 deterministic sentences of 12–31 words from a small vocabulary. */
function sentences(): string[] {
  const rng = mulberry32(7);
  return Array.from({ length: 3000 }, (_, i) => {
    const words = Array.from({ length: 12 + pick(rng, 20) }, () => WORDS[pick(rng, WORDS.length)]);
    return `${words[0][0].toUpperCase()}${words.join(' ').slice(1)} ${i}.`;
  });
}

let db: LibraryDb | null = null;

/** The probe's API, installed as `globalThis.contextProbe`. */
export const contextProbe = {
  /** Best of 7 passes: preparing the 3,000 sentences, and judging 600 pairs of them (ms). */
  workload(): { prepareMs: number; judgeMs: number } {
    const texts = sentences();
    let prepareMs = Infinity;
    let judgeMs = Infinity;
    for (let pass = 0; pass < 7; pass++) {
      const t0 = performance.now();
      const prepared = texts.map(prepareSentence);
      const t1 = performance.now();
      for (let i = 0; i < 600; i++) judgePrepared(prepared[i], prepared[(i * 7 + 1) % prepared.length], { sameStory: true });
      prepareMs = Math.min(prepareMs, t1 - t0);
      judgeMs = Math.min(judgeMs, performance.now() - t1);
    }
    return { prepareMs, judgeMs };
  },
  /** One match on the harness's database as it is (see page-harness.tsx), timed as its `match` times it. */
  async match(article: ExtractedArticle, claims: Claim[], excludeArticleId: number): Promise<number> {
    db ??= await new LibraryDb(BENCH_DB_NAME).openLibrary();
    const t0 = performance.now();
    await findCoverageFor(db, { article, claims, excludeArticleId });
    return performance.now() - t0;
  },
};

(globalThis as unknown as { contextProbe: typeof contextProbe }).contextProbe = contextProbe;
