/**
 * `npx tsx scripts/bench-import.ts --articles 20000 [--paragraphs 6] [--seed 1] [--keep]`
 * Export/import at scale, in Node with fake-indexeddb: generates synthetic articles (templated
 * sentences, seeded), saves them, exports with exportLibrary to a temp file, then imports the file
 * through a file stream into a fresh library and prints time and peak heap per phase.
 *
 * fake-indexeddb keeps its stores IN the JS heap (a browser keeps them outside), so the heap
 * retained by the databases grows with the library whatever the import does. The figure that
 * shows the import streams is the transient heap: a phase's peak minus the heap retained right
 * after it (after a full GC). For comparison, the old way (reading the whole file and
 * `JSON.parse`) is measured on the same file.
 */
import { createReadStream, createWriteStream, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { articleClaims } from '../utils/claims/index';
import { saveArticles, type CaptureInput } from '../utils/library/articles';
import { LibraryDb } from '../utils/library/db';
import { exportLibrary, importLibrary } from '../utils/library/import-export';
import { argValue } from './lib/data-dir';
import { mulberry32, pick, type Rng } from './lib/bench/prng';
import { forceGc } from './lib/bench/storage';

const argv = process.argv.slice(2);
const N = Number(argValue(argv, 'articles') ?? 5000);
const PARAGRAPHS = Number(argValue(argv, 'paragraphs') ?? 6);
const rng = mulberry32(Number(argValue(argv, 'seed') ?? 1));
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const heap = () => process.memoryUsage().heapUsed;
const log = (m: string) => process.stderr.write(`${m}\n`);

const PLACES = ['Arden', 'Brill', 'Corvo', 'Dunmore', 'Ebbing', 'Farrow', 'Gilt', 'Hollis', 'Ivel', 'Jura'];
const BODIES = ['council', 'water board', 'port authority', 'school district', 'transit agency', 'hospital trust'];
const VERBS = ['approved', 'delayed', 'rejected', 'revised', 'announced', 'debated'];
const THINGS = ['a budget', 'a new bridge', 'fare changes', 'a hiring plan', 'flood defences', 'a library closure'];

function sentence(r: Rng, i: number): string {
  const p = PLACES[pick(r, PLACES.length)];
  return pick(r, 3) === 0
    ? `"We listened to ${pick(r, 900) + 100} residents before deciding," said ${BODIES[pick(r, BODIES.length)]} member ${i}.`
    : `The ${p} ${BODIES[pick(r, BODIES.length)]} ${VERBS[pick(r, VERBS.length)]} ${THINGS[pick(r, THINGS.length)]} worth ${pick(r, 90) + 10} million on day ${pick(r, 28) + 1}.`;
}

function capture(i: number): CaptureInput {
  const domain = `outlet-${i % 40}.example`;
  const paragraphs = Array.from({ length: PARAGRAPHS }, () => `${sentence(rng, i)} ${sentence(rng, i)}`);
  const url = `https://www.${domain}/news/${i}`;
  const article = {
    title: `Report ${i}: ${paragraphs[0].slice(0, 60)}`, byline: null, publishedTime: null, lang: 'en', url, canonicalUrl: url,
    outlet: { domain, name: `Outlet ${i % 40}` }, paragraphs, text: paragraphs.join('\n\n'), truncated: false,
  };
  return { article, claims: articleClaims(article) };
}

/** Live heap (after a full GC), in bytes. */
function live(): number {
  forceGc();
  return heap();
}

/** Largest live heap above what the databases hold at that point (their size grows linearly with the articles done). */
function overhead(samples: [done: number, bytes: number][], base: number, dbBytesPerArticle: number): number {
  return Math.max(0, ...samples.map(([done, bytes]) => bytes - base - dbBytesPerArticle * done));
}

async function exportTo(db: LibraryDb, file: string, onChunk: () => void = () => {}): Promise<void> {
  const out = createWriteStream(file);
  await exportLibrary(db, {}, async (chunk) => {
    onChunk();
    if (!out.write(chunk)) await once(out, 'drain');
  });
  out.end();
  await once(out, 'finish');
}

/** Imports `file` into a fresh library; with `sample`, records the live heap at every progress step. */
async function importFrom(file: string, name: string, sample: boolean) {
  const db = new LibraryDb(name, { indexedDB, IDBKeyRange });
  await db.open();
  const base = live();
  const checks: [number, number][] = [];
  const merges: [number, number][] = [];
  const t0 = performance.now();
  let t1 = t0;
  const result = await importLibrary(db, createReadStream(file, { highWaterMark: 64 * 1024 }), {
    onProgress: (p) => {
      if (p.phase === 'importing' && p.articles === 0) t1 = performance.now();
      if (sample) (p.phase === 'checking' ? checks : merges).push([p.articles, live()]);
    },
  });
  const t2 = performance.now();
  if (!result.ok) throw new Error(result.error);
  return { db: db as LibraryDb | null, base, checks, merges, checkMs: t1 - t0, mergeMs: t2 - t1, retained: live() - base, result };
}

async function main(): Promise<void> {
  const file = join(tmpdir(), `corroborate-bench-import-${process.pid}.json`);
  // A Dexie instance keeps a deleted fake-indexeddb database's data reachable: drop each one after use.
  let source: LibraryDb | null = new LibraryDb(`bench-source-${process.pid}`, { indexedDB, IDBKeyRange });
  let t = performance.now();
  for (let i = 0; i < N; i += 500) await saveArticles(source!, Array.from({ length: Math.min(500, N - i) }, (_, j) => capture(i + j)), { now: 1000 + i });
  log(`generated and saved ${N} articles in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  t = performance.now();
  await exportTo(source, file);
  const exportMs = performance.now() - t;
  const exportBase = live();
  const exportSamples: [number, number][] = [];
  await exportTo(source, file, () => exportSamples.push([0, live()]));
  await source.delete();
  source = null;
  const size = statSync(file).size;
  log(`exported ${mb(size)} in ${(exportMs / 1000).toFixed(1)} s`);

  const timed = await importFrom(file, `bench-timed-${process.pid}`, false);
  await timed.db!.delete();
  timed.db = null;
  log(`imported (timed) in ${((timed.checkMs + timed.mergeMs) / 1000).toFixed(1)} s`);
  const m = await importFrom(file, `bench-sampled-${process.pid}`, true);
  const staged = m.checks.length ? m.checks[m.checks.length - 1][1] - m.base : 0;
  const r = timed.result.ok ? timed.result : null;

  const before = live();
  let parsed: { articles: unknown[] } | null = JSON.parse(readFileSync(file, 'utf8')) as { articles: unknown[] };
  const whole = live() - before;
  if (parsed.articles.length !== N) throw new Error('whole-file parse disagrees');
  parsed = null;
  if (argv.includes('--keep')) log(`kept the export at ${file}`);
  else rmSync(file);

  console.log(`articles ${N}, file ${mb(size)} (${r?.added} added, ${r?.outlets} outlets)`);
  console.log(`export:           ${(exportMs / 1000).toFixed(1)} s, live heap above the library at most ${mb(overhead(exportSamples, exportBase, 0))}`);
  console.log(`import 1 (check): ${(timed.checkMs / 1000).toFixed(1)} s, live heap above the databases at most ${mb(overhead(m.checks, m.base, staged / N))} (staging holds ${mb(staged)} in fake-indexeddb)`);
  console.log(`import 2 (merge): ${(timed.mergeMs / 1000).toFixed(1)} s, live heap above the databases at most ${mb(overhead(m.merges, m.base + staged, m.retained / N))} (library holds ${mb(m.retained)} in fake-indexeddb)`);
  console.log(`old way, the whole file read and JSON.parse'd: live heap ${mb(whole)}`);
}

await main();
