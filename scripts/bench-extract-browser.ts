/**
 * `npx tsx scripts/bench-extract-browser.ts [--data DIR] [--no-build] [--json]`
 * How long capture holds a page's main thread, in real Chromium: the content script's extraction
 * (Readability on a clone, boilerplate, claims; one synchronous task) of every Readability test
 * page and extraction-benchmark page in the research data, and of pages generated here at 0.5, 1
 * and 2 MB of HTML (script-heavy, comment-heavy, and one long article). Prints the distribution,
 * the pages over 50 ms, and the figures per generated page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { resolveDataDir } from './lib/data-dir';
import { openBenchHarness } from './lib/bench/harness';
import { summarize } from './lib/bench/stats';
import { generatedPages } from './lib/bench/big-pages';

type Extract = { ms: number; ok: boolean; reason: string | null; claims: number };
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
const long = rows.filter((x) => x.r.ms > LONG_TASK_MS);
const out = {
  pages: real.length, extract_ms: summarize(real.map((x) => x.r.ms)), max_ms: Math.max(0, ...real.map((x) => x.r.ms)),
  largest_bytes: Math.max(0, ...real.map((x) => x.bytes)), over_50ms: long.map((x) => ({ name: x.name, bytes: x.bytes, ms: Math.round(x.r.ms * 10) / 10 })),
  generated: rows.filter((x) => x.generated).map((x) => ({ name: x.name, bytes: x.bytes, ms: Math.round(x.r.ms * 10) / 10, ok: x.r.ok, reason: x.r.reason, claims: x.r.claims })),
};
if (argv.includes('--json')) process.stdout.write(`${JSON.stringify(out)}\n`);
else {
  console.log(`${out.pages} real pages (largest ${(out.largest_bytes / 1e6).toFixed(2)} MB): extraction p50 ${out.extract_ms.p50} ms, p95 ${out.extract_ms.p95} ms, max ${out.max_ms.toFixed(1)} ms`);
  console.log(`over ${LONG_TASK_MS} ms: ${long.length} page(s)`);
  for (const x of out.over_50ms) console.log(`  ${x.name} (${(x.bytes / 1e6).toFixed(2)} MB): ${x.ms} ms`);
  for (const g of out.generated) console.log(`${g.name} (${(g.bytes / 1e6).toFixed(2)} MB): ${g.ms} ms, ${g.ok ? `${g.claims} claims` : g.reason}`);
}
