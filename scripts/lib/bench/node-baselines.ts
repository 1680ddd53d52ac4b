/**
 * The yardsticks a Node benchmark run measures the indexed matcher against, once it has matched
 * its queries: brute force over the same library (time ratio and recall, overall, within the
 * query's event and for copies) and, optionally, a MiniSearch index (time and recall).
 */
import type { Claim } from '../../../utils/claims/types';
import type { LibraryDb } from '../../../utils/library/db';
import { prepareSentence } from '../../../utils/match/prepare';
import { bruteForce, type BruteResult } from './brute';
import { buildMiniSearch } from './minisearch-baseline';
import { foldRepeats, recallCount, recallOf, type RecallCount } from './recall';
import type { RunRecord } from './record';
import { summarize } from './stats';
import { outletKey, type BenchArticle } from './types';

/** Options of the baselines (part of a Node run's options). */
export interface BaselineOptions {
  /** Queries whose brute-force time is measured (the ratio). */
  bruteTimed: number;
  /** Queries whose brute-force matches are computed (recall); all when the library is ≤ 1k. */
  bruteRecall: number;
  /** Run the MiniSearch comparison. */
  minisearch: boolean;
  log: (msg: string) => void;
}

/** What the indexed matcher did on a library of `size` articles, for the baselines to compare with. */
export interface IndexedRun {
  db: LibraryDb;
  size: number;
  /** The queries in order: the query article, its claims, its stored id. */
  inputs: readonly { q: BenchArticle; input: { claims: Claim[] }; id: number }[];
  /** Per query, the indexed matches (repeats folded) and the match time (ms). */
  indexed: readonly Set<string>[];
  matchMs: readonly number[];
  /** Outlet key and event of each stored article id. */
  outletOf: ReadonlyMap<number, string>;
  eventOf: ReadonlyMap<number, string>;
}

/** The baselines' figures, per query where they are lists. */
export interface Baselines {
  /** Queries whose brute-force matches were computed (the first ones). */
  recallN: number;
  brute: BruteResult[];
  counts: RecallCount[];
  sameEvent: RecallCount[];
  copies: RecallCount[];
  /** Indexed matches brute force did not find. */
  indexedOnly: number;
  /** Queries whose brute-force time was measured, and brute-force time over indexed time for each. */
  timedIdx: number[];
  ratios: number[];
  minisearch: RunRecord['minisearch'];
}

/** Runs brute force (and MiniSearch when asked) on the first queries of an indexed run. */
export async function runBaselines(run: IndexedRun, opts: BaselineOptions): Promise<Baselines> {
  const { db, size, inputs, indexed, matchMs, outletOf, eventOf } = run;
  const log = opts.log;
  const recallN = size <= 1000 ? inputs.length : Math.min(opts.bruteRecall, inputs.length);
  const bq = inputs.slice(0, recallN).map(({ q, input, id }, i) => ({
    prepared: input.claims.map((c) => prepareSentence(c.text)),
    exclude: (a: number) => a === id || outletOf.get(a) === outletKey(q),
    timed: i < opts.bruteTimed,
  }));
  const t = performance.now();
  const brute = await bruteForce(db, bq);
  log(`[${size}] brute force (${recallN} queries, ${Math.min(opts.bruteTimed, recallN)} timed) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const counts: RecallCount[] = [];
  const sameEvent: RecallCount[] = [];
  const copies: RecallCount[] = [];
  let indexedOnly = 0;
  for (const [i, b] of brute.entries()) {
    const texts = inputs[i].input.claims.map((c) => c.text);
    b.matches = foldRepeats(b.matches, texts);
    b.copies = foldRepeats(b.copies, texts);
  }
  brute.forEach((b, i) => {
    counts.push(recallCount(b.matches, indexed[i]));
    sameEvent.push(recallCount(b.matches, indexed[i], (a) => eventOf.get(a) === inputs[i].q.event));
    copies.push(recallCount(b.copies, indexed[i]));
    for (const m of indexed[i]) if (!b.matches.has(m)) indexedOnly++;
  });
  const timedIdx = brute.map((b, i) => i).filter((i) => !Number.isNaN(brute[i].ms));
  const ratios = timedIdx.map((i) => brute[i].ms / matchMs[i]);

  let minisearch: RunRecord['minisearch'] = null;
  if (opts.minisearch) {
    const ms = await buildMiniSearch(db);
    const msTimes: number[] = [];
    const msCounts: RecallCount[] = [];
    bq.forEach((b, i) => {
      const r = ms.query(b.prepared, inputs[i].input.claims.map((c) => c.text), b.exclude);
      msTimes.push(r.ms);
      msCounts.push(recallCount(brute[i].matches, foldRepeats(r.matches, inputs[i].input.claims.map((c) => c.text))));
    });
    minisearch = { build_ms: Math.round(ms.buildMs), heap_mb: Math.round(ms.heapMb), match_ms: summarize(msTimes), recall: recallOf(msCounts) };
    log(`[${size}] MiniSearch: build ${Math.round(ms.buildMs)} ms, +${Math.round(ms.heapMb)} MB, recall ${minisearch.recall}`);
  }
  return { recallN, brute, counts, sameEvent, copies, indexedOnly, timedIdx, ratios, minisearch };
}
