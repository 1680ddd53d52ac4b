/**
 * `npx tsx scripts/bench-diag.ts [--sizes 10000] [--queries 30] [--brute-recall 10] [--reps 1] [--show] [--heap] [--story-split]`
 * Diagnostic for the Node bench's library (same composition): match timings, and every
 * brute-force match the indexed path misses, classified by where it was lost:
 * - `no-candidate`: the article was neither a same-story nor a cross-story target;
 * - `cross-filtered` / `cross-paraphrase`: a cross-story target, but the claim carried no shared
 *   key, or brute force's match is a paraphrase (cross-story targets link copies only);
 * - `prefilter`, `floor`, `context-none`, `one-to-one`: a same-story target, lost in alignment.
 */
import { writeFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { fromClaimRows } from '../utils/library/claim-rows';
import { LibraryDb } from '../utils/library/db';
import { MIN_ORDERED_CLAIMS, paraphraseFloor, type AlignTarget } from '../utils/match/align';
import { mayMatch } from '../utils/match/prefilter';
import { relativePosition } from '../utils/match/position';
import { findCoverageFor } from '../utils/match/pipeline';
import { prepareSentence, type PreparedSentence } from '../utils/match/prepare';
import { judgePrepared } from '../utils/match/score';
import { resolveDataDir } from './lib/data-dir';
import { parseBenchArgs } from './lib/bench/args';
import { articleClaims, queryInput, toExtracted } from './lib/bench/article-input';
import { bruteForce } from './lib/bench/brute';
import { bulkSaveArticles } from './lib/bench/bulk-load';
import { composeLibrary } from './lib/bench/compose';
import { loadRealCorpus } from './lib/bench/corpus-load';
import { foldRepeats, reportMatches } from './lib/bench/recall';
import { summarize } from './lib/bench/stats';
import { forceGc } from './lib/bench/storage';

const argv = process.argv.slice(2);
const args = parseBenchArgs(argv);
const reps = Number(argv[argv.indexOf('--reps') + 1] ?? 1) || 1;
const log = (m: string) => process.stderr.write(`${m}\n`);
const real = loadRealCorpus(resolveDataDir(argv).dir);
const size = args.sizes[0];
const comp = composeLibrary(real, size, args.queries);
const db = new LibraryDb(`diag-${size}`, { indexedDB: new IDBFactory(), IDBKeyRange });
await db.openLibrary();
const ids = await bulkSaveArticles(db, comp.articles.map((a) => ({ article: toExtracted(a), claims: articleClaims(a) })));
const idOf = new Map(comp.articles.map((a, i) => [a.id, ids[i]]));
const outletOf = new Map(comp.articles.map((a, i) => [ids[i], a.outlet.domain ?? `name:${a.outlet.name}`]));
const eventOf = new Map(comp.articles.map((a, i) => [ids[i], a.event]));
log(`[${size}] loaded ${ids.length} articles`);

forceGc();
const heapBefore = process.memoryUsage().heapUsed;
const inputs = comp.queries.map((q) => ({ q, input: queryInput(q), id: idOf.get(q.id)! }));
const traces: { prepared: readonly PreparedSentence[]; targets: readonly AlignTarget[] }[] = [];
const found: Set<string>[] = [];
const ms: number[] = [];
const reports: string[][][] = [];
const taken: Set<string>[] = [];
for (let r = 0; r < reps; r++) {
  for (const [i, { input, id }] of inputs.entries()) {
    const t0 = performance.now();
    const report = await findCoverageFor(db, { ...input, excludeArticleId: id }, { onTargets: (prepared, targets) => (traces[i] = { prepared, targets }) });
    ms.push(performance.now() - t0);
    taken[i] = new Set(report.claims.flatMap((c) => c.others.map((o) => `${o.articleId}:${o.claimId}`)));
    reports[i] = report.claims.map((c) => c.others.map((o) => `${o.articleId}:${o.claimId}:${o.kind}:${o.score}`));
    found[i] = foldRepeats(reportMatches(report), input.claims.map((c) => c.text));
  }
}
if (argv.includes('--dump')) writeFileSync(argv[argv.indexOf('--dump') + 1], JSON.stringify(reports));
const targetCounts = traces.map((t) => t.targets.reduce((s, x) => s + x.claims.length, 0));
if (argv.includes('--heap')) {
  traces.length = 0;
  reports.length = 0;
  forceGc();
  log(`heap retained by matching (after GC): ${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(1)} MB`);
}
log(`indexed matches (folded): ${found.reduce((n, f) => n + f.size, 0)}`);
log(`match ms ${JSON.stringify(summarize(ms))}; target claims per query ${JSON.stringify(summarize(targetCounts))}`);

{
  let claims = 0, passing = 0, pairs = 0, passPairs = 0;
  for (const t of traces) for (const x of t.targets) for (const c of x.claims) {
    const p = prepareSentence(c.text);
    const n = t.prepared.filter((q) => mayMatch(q, p)).length;
    claims++;
    pairs += t.prepared.length;
    passPairs += n;
    if (n > 0) passing++;
  }
  log(`target claims passing the prefilter with some query claim: ${passing}/${claims}; pairs passing ${passPairs}/${pairs}`);
}
if (argv.includes('--per-query')) inputs.forEach((_, i) => log(`q${i}: ${ms[ms.length - inputs.length + i].toFixed(1)} ms, ${traces[i].targets.length} targets, ${targetCounts[i]} claims`));
const n = Math.min(args.bruteRecall, inputs.length);
if (n === 0) process.exit(0);
const brute = await bruteForce(db, inputs.slice(0, n).map(({ q, input, id }) => ({
  prepared: input.claims.map((c) => prepareSentence(c.text)), timed: false,
  exclude: (a: number) => a === id || outletOf.get(a) === (q.outlet.domain ?? `name:${q.outlet.name}`),
})));
const reasons = new Map<string, number>();
const lost: { q: PreparedSentence; a: number; same: string }[] = [];
let total = 0;
brute.forEach((b, i) => {
  const texts = inputs[i].input.claims.map((c) => c.text);
  const { prepared, targets } = traces[i];
  for (const m of foldRepeats(b.matches, texts)) {
    total++;
    if (found[i].has(m)) continue;
    const [qi, a] = m.split(':').map(Number);
    const same = eventOf.get(a) === inputs[i].q.event ? 'same-event' : 'other-event';
    const t = targets.find((x) => x.articleId === a);
    let why = 'no-candidate';
    if (t && !t.sameStory) why = 'cross-filtered';
    for (const c of t?.claims ?? []) {
      const p = prepareSentence(c.text);
      const plain = judgePrepared(prepared[qi], p, { sameStory: false });
      if (plain.kind === 'none') continue;
      if (!t!.sameStory) { why = plain.kind === 'paraphrase' ? 'cross-paraphrase' : 'one-to-one'; break; }
      const count = t!.claims.reduce((m, x) => Math.max(m, x.index + 1), 0);
      const ordered = prepared.length >= MIN_ORDERED_CLAIMS && count >= MIN_ORDERED_CLAIMS;
      const gap = ordered ? Math.abs(relativePosition(qi, prepared.length) - relativePosition(c.index, count)) : undefined;
      const j = judgePrepared(prepared[qi], p, { sameStory: true, positionGap: gap });
      why = !mayMatch(prepared[qi], p) ? 'prefilter' : j.kind === 'none' ? 'context-none'
        : j.kind === 'paraphrase' && j.score < paraphraseFloor(t!.similarity) ? 'floor'
        : taken[i].has(`${a}:${c.cid}`) ? 'one-to-one' : 'lost-to-better-claim';
      break;
    }
    if (why === 'no-candidate') lost.push({ q: prepared[qi], a, same });
    const key = `${why} ${same}`;
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
  }
});
for (const m of argv.includes('--show') ? lost : []) {
  const [article, row] = await Promise.all([db.articles.get(m.a), db.claims.get(m.a)]);
  for (const c of fromClaimRows([row!], article!)) {
    const j = judgePrepared(m.q, prepareSentence(c.text), { sameStory: false });
    if (j.kind !== 'none') log(`MISS (${m.same}, ${j.kind} ${j.score}):\n  ${m.q.text}\n  ${c.text}`);
  }
}
if (argv.includes('--story-split')) {
  const buckets = new Map<string, { claims: number; matches: number; articles: number }>();
  brute.forEach((b, i) => {
    const texts = inputs[i].input.claims.map((c) => c.text);
    const hit = new Set([...foldRepeats(b.matches, texts)].map((m) => Number(m.split(':')[1])));
    const sorted = [...traces[i].targets].filter((t) => t.sameStory).sort((x, y) => y.similarity - x.similarity);
    sorted.forEach((t, rank) => {
      const k = `rank ${rank < 4 ? rank : rank < 8 ? '4-7' : rank < 12 ? '8-11' : '12+'} sim ${t.similarity >= 0.42 ? 'strong' : 'weak'}`;
      const e = buckets.get(k) ?? { claims: 0, matches: 0, articles: 0 };
      e.claims += t.claims.length;
      e.articles++;
      e.matches += [...foldRepeats(b.matches, texts)].filter((m) => Number(m.split(':')[1]) === t.articleId).length;
      buckets.set(k, e);
    });
    void hit;
  });
  for (const [k, v] of [...buckets].sort()) log(`${k}: ${v.articles} articles, ${v.claims} claims, ${v.matches} brute matches`);
}
const missed = [...reasons.values()].reduce((s, x) => s + x, 0);
console.log(JSON.stringify({ size, match_ms: summarize(ms), brute_matches: total, missed, recall: 1 - missed / total, reasons: Object.fromEntries(reasons) }, null, 1));
