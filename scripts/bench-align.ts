/**
 * `npx tsx scripts/bench-align.ts [--sizes 10000] [--queries 30] [--reps 10] [--traces FILE] [--data DIR] [--cold]`
 * The scoring half of a match alone, without IndexedDB: builds the Node bench's library once,
 * records each query's claims and alignment targets (the candidates the pipeline read), then
 * times `alignClaims` on them, best of `--reps` per query, `prepareSentence` on every distinct
 * target claim (best of `--reps` passes), and `wordDiff` on the matches found (what a report cost
 * while it carried every match's diff; the sidebar now diffs only the comparisons opened). With
 * `--traces FILE` the recorded inputs are written to FILE, or read from it when it exists, so two
 * checkouts can be compared on the very same inputs (run it in each; numbers only, no research
 * text leaves /tmp). With `--cold` it times instead what a match does after its reads: screening
 * every target claim (no cache) and aligning, best of `--reps` per query.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LibraryDb } from '../utils/library/db';
import { alignClaims, type AlignTarget, type ClaimFlags } from '../utils/match/align';
import { finishedClaim, screenedClaim } from '../utils/match/claim-cache';
import { mayMatch } from '../utils/match/prefilter';
import { findCoverageFor } from '../utils/match/pipeline';
import { prepareSentence, screenSentence } from '../utils/match/prepare';
import { wordDiff } from '../utils/diff/index';
import { parseBenchArgs } from './lib/bench/args';
import { articleClaims, queryInput, toExtracted } from './lib/bench/article-input';
import { bulkSaveArticles } from './lib/bench/bulk-load';
import { composeLibrary } from './lib/bench/compose';
import { loadRealCorpus } from './lib/bench/corpus-load';
import { resolveDataDir } from './lib/data-dir';

interface Trace { claims: string[]; flags: ClaimFlags[]; targets: AlignTarget[] }

const argv = process.argv.slice(2);
const opt = (name: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
const reps = Number(opt('reps') ?? 10) || 10;
const file = opt('traces');
const log = (m: string) => process.stderr.write(`${m}\n`);

/** Runs the bench's queries once against a fresh library and keeps what alignment was given. */
async function recordTraces(): Promise<Trace[]> {
  const args = parseBenchArgs(argv);
  const comp = composeLibrary(loadRealCorpus(resolveDataDir(argv).dir), args.sizes[0], args.queries);
  const db = await new LibraryDb(`align-${args.sizes[0]}`, { indexedDB: new IDBFactory(), IDBKeyRange }).openLibrary();
  const ids = await bulkSaveArticles(db, comp.articles.map((a) => ({ article: toExtracted(a), claims: articleClaims(a) })));
  log(`[${args.sizes[0]}] loaded ${ids.length} articles`);
  const idOf = new Map(comp.articles.map((a, i) => [a.id, ids[i]]));
  const traces: Trace[] = [];
  for (const q of comp.queries) {
    const input = queryInput(q);
    await findCoverageFor(db, { ...input, excludeArticleId: idOf.get(q.id)! }, {
      onTargets: (prepared, targets, flags) => traces.push({ claims: prepared.map((p) => p.text), flags: [...flags], targets: targets.map(({ screens: _, ...t }) => t) }),
    });
  }
  db.close();
  return traces;
}

const ms = (x: number) => Math.round(x * 10) / 10;
/** Sum, median and worst of per-query times (best of the reps each), in ms to 0.1. */
const spread = (times: readonly number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { sum: ms(sorted.reduce((a, b) => a + b, 0)), p50: ms(sorted[Math.floor(sorted.length / 2)]), p95: ms(sorted[Math.floor(sorted.length * 0.95)]), max: ms(sorted[sorted.length - 1]) };
};

const traces: Trace[] = file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : await recordTraces();
if (file && !existsSync(file)) writeFileSync(file, JSON.stringify(traces));
if (argv.includes('--cold')) {
  // Each query as a match meets its targets the first time: claims without ids (so the cache of
  // prepared claims never answers), screened afresh, then aligned; best of --reps per query.
  for (const t of traces) for (const target of t.targets) for (const c of target.claims) delete c.id;
  const prepared = traces.map((t) => t.claims.map(prepareSentence));
  const coldBest = traces.map(() => Infinity);
  for (let r = 0; r < reps; r++) traces.forEach((t, i) => {
    const t0 = performance.now();
    for (const target of t.targets) target.screens = target.claims.map((c) => screenSentence(c.text));
    alignClaims(prepared[i], t.flags, t.targets);
    coldBest[i] = Math.min(coldBest[i], performance.now() - t0);
  });
  console.log(JSON.stringify({ queries: traces.length, reps, cold_ms: spread(coldBest) }));
  process.exit(0);
}
const queries = traces.map((t) => t.claims.map(prepareSentence));
let pairs = 0, passing = 0;
for (const [i, t] of traces.entries()) {
  for (const target of t.targets) for (const c of target.claims) {
    const p = finishedClaim(c, screenedClaim(c));
    for (const q of queries[i]) { pairs++; if (mayMatch(q, p)) passing++; }
  }
}
const best = traces.map(() => Infinity);
const diffBest = traces.map(() => Infinity);
const matched: [string, string][][] = traces.map(() => []);
let matches = 0;
for (let r = 0; r < reps; r++) {
  traces.forEach((t, i) => {
    const t0 = performance.now();
    const found = alignClaims(queries[i], t.flags, t.targets);
    best[i] = Math.min(best[i], performance.now() - t0);
    if (r === 0) {
      matches += found.length;
      matched[i] = found.map((m) => [t.claims[m.queryIndex], m.claim.text]);
    }
    // The report's word diffs of those matches (buildReport), timed apart.
    const t1 = performance.now();
    for (const [a, b] of matched[i]) wordDiff(a, b);
    diffBest[i] = Math.min(diffBest[i], performance.now() - t1);
  });
}
const texts = [...new Set(traces.flatMap((t) => t.targets.flatMap((x) => x.claims.map((c) => c.text))))];
let prepareBest = Infinity;
for (let r = 0; r < reps; r++) {
  const t0 = performance.now();
  for (const text of texts) prepareSentence(text);
  prepareBest = Math.min(prepareBest, performance.now() - t0);
}
console.log(JSON.stringify({
  queries: traces.length, pairs, passing_prefilter: passing, matches, reps,
  align_ms: spread(best),
  diff_ms: spread(diffBest),
  prepared_claims: texts.length, prepare_us_per_claim: ms((prepareBest / Math.max(1, texts.length)) * 1000),
}));
