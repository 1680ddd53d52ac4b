/**
 * `npx tsx scripts/bench-extract-browser.ts [--data DIR] [--no-build] [--json]`
 * How long capture holds a page's main thread, in real Chromium, for every Readability test page
 * and extraction-benchmark page in the research data and for pages generated here at 0.5, 1 and
 * 2 MB of HTML (script-heavy, comment-heavy, one long article): the content script's snapshot
 * (size check + serialised DOM, one task on the page's main thread) and the extraction the
 * extension runs off it (parse, Readability, boilerplate, claims; in the offscreen document).
 * Prints both distributions, the pages whose main-thread part is over 50 ms, and each generated page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { resolveDataDir } from './lib/data-dir';
import { openBenchHarness } from './lib/bench/harness';
import { summarize } from './lib/bench/stats';
import { generatedPages } from './lib/bench/big-pages';

type Extract = { ms: number; snapshotMs: number; ok: boolean; reason: string | null; claims: number };
declare const corroborateBench: { extract(html: string, url: string): Extract };

/** A main-thread task longer than this is a long task (the issue's bound for capture). */
const LONG_TASK_MS = 50;

const argv = process.argv.slice(2);
const log = (m: string) => process.stderr.write(`${m}\n`);
const data = resolveDataDir(argv);

interface PageCase { name: string; html: () => string; url: string }
const cases: PageCase[] = [];
const pagesDir = join(data.dir, 'readability-test-pages');
for (const slug of existsSync(pagesDir) ? readdirSync(pagesDir).sort() : []) {
  const file = join(pagesDir, slug, 'source.html');
  if (existsSync(file)) cases.push({ name: `readability/${slug}`, html: () => readFileSync(file, 'utf8'), url: 'https://fakehost.test/page.html' });
}
const bench = join(data.dir, 'article-extraction-benchmark');
const truthFile = join(bench, 'ground-truth.json');
const truth = existsSync(truthFile) ? (JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { url: string }>) : {};
for (const [id, { url }] of Object.entries(truth)) {
  cases.push({ name: `benchmark/${id.slice(0, 12)}`, html: () => gunzipSync(readFileSync(join(bench, 'html', `${id}.html.gz`))).toString('utf8'), url });
}
if (!cases.length) log(`no research data at ${data.dir}: generated pages only`);
const generated = generatedPages();

const { page, close } = await openBenchHarness(argv, log);
const rows: { name: string; bytes: number; r: Extract; generated: boolean }[] = [];
try {
  for (const c of [...cases, ...generated.map((g) => ({ ...g, url: 'https://news.example.test/story' }))]) {
    const html = c.html();
    await page.evaluate(([h, u]) => corroborateBench.extract(h, u), [html, c.url] as const); // warm-up (JIT)
    const r = await page.evaluate(([h, u]) => corroborateBench.extract(h, u), [html, c.url] as const);
    rows.push({ name: c.name, bytes: Buffer.byteLength(html), r, generated: c.name.startsWith('generated/') });
  }
} finally {
  await close();
}

const real = rows.filter((x) => !x.generated);
const long = rows.filter((x) => x.r.snapshotMs > LONG_TASK_MS);
const round = (n: number) => Math.round(n * 10) / 10;
const out = {
  pages: real.length, largest_bytes: Math.max(0, ...real.map((x) => x.bytes)),
  main_thread_ms: summarize(real.map((x) => x.r.snapshotMs)), main_thread_max_ms: round(Math.max(0, ...real.map((x) => x.r.snapshotMs))),
  extract_ms: summarize(real.map((x) => x.r.ms)), extract_max_ms: round(Math.max(0, ...real.map((x) => x.r.ms))),
  extract_over_50ms: real.filter((x) => x.r.ms > LONG_TASK_MS).length,
  main_thread_over_50ms: long.map((x) => ({ name: x.name, bytes: x.bytes, ms: round(x.r.snapshotMs) })),
  generated: rows.filter((x) => x.generated).map((x) => ({ name: x.name, bytes: x.bytes, main_thread_ms: round(x.r.snapshotMs), extract_ms: round(x.r.ms), ok: x.r.ok, reason: x.r.reason, claims: x.r.claims })),
};
if (argv.includes('--json')) process.stdout.write(`${JSON.stringify(out)}\n`);
else {
  console.log(`${out.pages} real pages (largest ${(out.largest_bytes / 1e6).toFixed(2)} MB)`);
  console.log(`  page's main thread (snapshot): p50 ${out.main_thread_ms.p50} ms, p95 ${out.main_thread_ms.p95} ms, max ${out.main_thread_max_ms} ms; over ${LONG_TASK_MS} ms: ${long.length} page(s)`);
  console.log(`  extraction (offscreen document): p50 ${out.extract_ms.p50} ms, p95 ${out.extract_ms.p95} ms, max ${out.extract_max_ms} ms; over ${LONG_TASK_MS} ms: ${out.extract_over_50ms} page(s)`);
  for (const x of out.main_thread_over_50ms) console.log(`  main thread over ${LONG_TASK_MS} ms: ${x.name} (${(x.bytes / 1e6).toFixed(2)} MB): ${x.ms} ms`);
  for (const g of out.generated) console.log(`${g.name} (${(g.bytes / 1e6).toFixed(2)} MB): main thread ${g.main_thread_ms} ms, extraction ${g.extract_ms} ms, ${g.ok ? `${g.claims} claims` : g.reason}`);
}
