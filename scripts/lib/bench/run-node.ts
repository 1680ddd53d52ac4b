/**
 * One Node benchmark run at one library size: compose, bulk-load into fake-indexeddb, then
 * match (indexed), compare with brute force and MiniSearch (node-baselines.ts), time a capture
 * sample, and return the run record.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { articleClaims as productClaims } from '../../../utils/claims/index';
import { extractArticle } from '../../../utils/extract/index';
import { saveArticle } from '../../../utils/library/articles';
import { LibraryDb } from '../../../utils/library/db';
import { findCoverageFor } from '../../../utils/match/pipeline';
import { parseHtml } from '../parse-html';
import { articleClaims, queryInput, renderHtml, toExtracted } from './article-input';
import { composeLibrary, type RealCorpus } from './compose';
import { runBaselines, type BaselineOptions } from './node-baselines';
import { foldRepeats, recallOf, reportMatches } from './recall';
import type { RunRecord } from './record';
import { readMs, roundStamps, summarizeRounds, type MatchRounds } from './rounds';
import { summarize } from './stats';
import { forceGc, heapSampler, rawBytes, storedBytes } from './storage';
import { makeVariant } from './synthetic';
import { outletKey, type BenchArticle } from './types';

/** Options of one run: the baselines' (brute force, MiniSearch, the log), plus these. */
export interface NodeRunOptions extends BaselineOptions {
  queries: number;
  /** Articles in the capture sample. */
  captureSample: number;
}

/** What the Node heap figures are. */
const NODE_HEAP = 'node process heapUsed: includes fake-indexeddb\'s in-memory library and the composed corpus, so it grows with the library; '
  + 'heap_mb is the peak sampled (every 25 ms) while matching, above heap_baseline_mb taken after a forced GC; the difference is the matcher\'s working set';

/** Capture inputs not in the library: unused real articles, else fresh synthetic variants. */
function captureInputs(real: RealCorpus, library: readonly BenchArticle[], n: number): BenchArticle[] {
  const used = new Set(library.map((a) => a.id));
  const pool = [...real.bbc, ...real.newswcl50, ...real.reuters].filter((a) => !used.has(a.id) && a.paragraphs.length >= 3);
  const step = Math.max(1, Math.floor(pool.length / n));
  const out = pool.filter((_, i) => i % step === 0).slice(0, n);
  for (let i = 0; out.length < n && library.length > 0; i++) out.push(makeVariant(library[i % library.length], 90 + Math.floor(i / library.length)));
  return out;
}

/** Runs the benchmark at `size` articles. */
export async function runNode(real: RealCorpus, size: number, opts: NodeRunOptions): Promise<RunRecord> {
  const log = opts.log;
  const heap = heapSampler();
  const comp = composeLibrary(real, size, opts.queries);
  log(`[${size}] composed: ${comp.articles.length} articles (${(comp.syntheticFraction * 100).toFixed(1)}% synthetic${comp.fallback ? ', SEED-ONLY: no real data found' : ''}), ${comp.queries.length} queries`);
  let t = performance.now();
  const items = comp.articles.map((a) => ({ article: toExtracted(a), claims: articleClaims(a) }));
  const claimCount = items.reduce((s, i) => s + i.claims.length, 0);
  log(`[${size}] split ${claimCount} claims in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const db = new LibraryDb(`bench-${size}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.openLibrary();
  t = performance.now();
  const { bulkSaveArticles } = await import('./bulk-load');
  const ids = await bulkSaveArticles(db, items);
  const loadS = (performance.now() - t) / 1000;
  log(`[${size}] bulk-loaded in ${loadS.toFixed(1)} s`);
  items.length = 0;
  const idOf = new Map(comp.articles.map((a, i) => [a.id, ids[i]]));
  const outletOf = new Map(comp.articles.map((a, i) => [ids[i], outletKey(a)]));
  const eventOf = new Map(comp.articles.map((a, i) => [ids[i], a.event]));
  const stored = await storedBytes(db);
  const raw = comp.articles.reduce((s, a) => s + rawBytes(a.paragraphs), 0);

  const inputs = comp.queries.map((q) => ({ q, input: queryInput(q), id: idOf.get(q.id)! }));
  await findCoverageFor(db, { ...inputs[0].input, excludeArticleId: inputs[0].id }); // warm-up (JIT)
  forceGc(); // the bulk load's garbage is not the matcher's heap
  const heapBaseline = process.memoryUsage().heapUsed / 1e6;
  heap.reset();
  const matchMs: number[] = [];
  const readTimes: number[] = [];
  const rounds: MatchRounds[] = [];
  const indexed: Set<string>[] = [];
  for (const { input, id } of inputs) {
    const t0 = performance.now();
    const stamps = roundStamps(t0);
    const report = await findCoverageFor(db, { ...input, excludeArticleId: id }, stamps.opts);
    matchMs.push(performance.now() - t0);
    const r = stamps.done();
    rounds.push(r);
    readTimes.push(readMs(r));
    indexed.push(foldRepeats(reportMatches(report), input.claims.map((c) => c.text)));
  }
  const heapMb = heap.peakMb();
  forceGc();
  const heapLive = process.memoryUsage().heapUsed / 1e6;
  log(`[${size}] matched ${inputs.length} queries: p50 ${summarize(matchMs).p50} ms`);

  const { recallN, brute, counts, sameEvent, copies, indexedOnly, timedIdx, ratios, minisearch } = await runBaselines(
    { db, size, inputs, indexed, matchMs, outletOf, eventOf }, opts);

  const captureMs: number[] = [];
  const parseMs: number[] = [];
  for (const a of captureInputs(real, comp.articles, opts.captureSample)) {
    const html = renderHtml(a);
    const t0 = performance.now();
    const doc = parseHtml(html, a.url ?? undefined);
    const t1 = performance.now();
    const res = extractArticle(doc, { url: a.url ?? undefined });
    if (!res.ok) continue;
    const claims = productClaims(res.article);
    await saveArticle(db, res.article, claims);
    captureMs.push(performance.now() - t1);
    parseMs.push(t1 - t0);
  }
  heap.stop();
  db.close();
  const ratioSorted = [...ratios].sort((x, y) => x - y);
  return {
    articles: comp.articles.length, claims: claimCount, capture_ms: summarize(captureMs), match_ms: summarize(matchMs), match_read_ms: summarize(readTimes), match_rounds_ms: summarizeRounds(rounds),
    sidebar_ms: { p50: null, p95: null }, stored_bytes_per_article: Math.round(stored / comp.articles.length),
    raw_bytes_per_article: Math.round(raw / comp.articles.length), heap_mb: Math.round(heapMb),
    brute_force_ratio: ratioSorted.length ? Math.round(ratioSorted[Math.floor(ratioSorted.length / 2)] * 10) / 10 : null,
    synthetic_fraction: Math.round(comp.syntheticFraction * 10_000) / 10_000,
    data: comp.fallback ? 'seed-only' : 'real+synthetic', queries: inputs.length, query_claims: inputs[0]?.input.claims.length ?? 0,
    brute_force_ms: summarize(timedIdx.map((i) => brute[i].ms)), brute_force_queries: timedIdx.length,
    brute_force_extrapolated: brute.some((b) => b.extrapolated), brute_force_recall: recallOf(counts),
    brute_force_recall_same_event: recallOf(sameEvent), brute_force_recall_copies: recallOf(copies),
    brute_force_copies: copies.reduce((s, c) => s + c.total, 0), brute_force_recall_queries: recallN,
    brute_filter_misses: brute.reduce((s, b) => s + b.filterMisses, 0), indexed_only_matches: indexedOnly,
    parse_ms: summarize(parseMs), load_articles_per_s: Math.round(comp.articles.length / loadS), minisearch,
    heap_baseline_mb: Math.round(heapBaseline), heap_live_mb: Math.round(heapLive), heap_context: NODE_HEAP,
  };
}
