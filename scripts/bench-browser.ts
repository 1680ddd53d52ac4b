/**
 * `npm run --silent bench:browser -- [--sizes 1000,10000] [--json] [--data DIR] [--profile FILE] [--per-query FILE] [--keep-library DIR]`
 * The benchmark in real headless Chromium: builds the extension for the custom `bench` target
 * (which adds the unlisted harness page entrypoints/bench; chrome and firefox builds never
 * contain it), loads it, and drives the page through playwright-core. Output as `npm run bench`.
 * `--profile FILE` also writes a CPU profile of the harness page while it matches (cpu-profile.ts).
 * `--per-query FILE` writes each query's match time and phases (rounds.ts), to see which queries
 * make the tail and where their time goes.
 * `--keep-library DIR` keeps the browser profile in DIR and reuses the library loaded there by an
 * earlier run of the same size (loading 100,000 articles takes minutes; matching, about one).
 * Each size runs in a browser profile of its own (kept in DIR/<size>), so its storage figure is its
 * library's alone; a library loaded into a kept profile that was not empty has none.
 */
import { join, resolve } from 'node:path';
import { argValue, resolveDataDir } from './lib/data-dir';
import { openBenchHarness } from './lib/bench/harness';
import { parseBenchArgs } from './lib/bench/args';
import { loadRealCorpus } from './lib/bench/corpus-load';
import type { BenchOutput } from './lib/bench/record';
import { runChromium } from './lib/bench/run-chromium';
import { formatTable } from './lib/bench/table';

const argv = process.argv.slice(2);
const args = parseBenchArgs(argv);
const log = (m: string) => process.stderr.write(`${m}\n`);
const data = resolveDataDir(argv);
const real = data.exists ? loadRealCorpus(data.dir) : { bbc: [], reuters: [], newswcl50: [], allsides: [] };
if (!data.exists) log(`no research data at ${data.dir}: using the built-in seed stories and synthetic variants only`);

const out: BenchOutput = { engine: 'chromium', runs: [] };
// Each size in a browser of its own (a kept one in DIR/<size>): its storage figure then counts its
// library alone, not what LevelDB still holds of the previous size's.
const keep = argValue(argv, 'keep-library');
for (const [i, size] of args.sizes.entries()) {
  const keepDir = keep ? join(resolve(process.env.INIT_CWD ?? process.cwd(), keep), String(size)) : null;
  const { page, cdp, close, keptProfile, freshProfile } = await openBenchHarness(argv, log, { build: i === 0 && !argv.includes('--no-build'), keepDir });
  try {
    const heap = {
      mb: async () => ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 1e6,
      gc: async () => void (await cdp.send('HeapProfiler.collectGarbage')),
    };
    out.runs.push(await runChromium(page, heap, real, size, { ...args, log, keptProfile, freshProfile }));
  } finally {
    await close();
  }
}
if (args.json) process.stdout.write(`${JSON.stringify(out)}\n`);
else console.log(formatTable(out));
