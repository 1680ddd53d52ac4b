/**
 * `npm run --silent bench:browser -- [--sizes 1000,10000] [--json] [--data DIR] [--profile FILE] [--keep-library DIR]`
 * The benchmark in real headless Chromium: builds the extension for the custom `bench` target
 * (which adds the unlisted harness page entrypoints/bench; chrome and firefox builds never
 * contain it), loads it, and drives the page through playwright-core. Output as `npm run bench`.
 * `--profile FILE` also writes a CPU profile of the harness page while it matches (cpu-profile.ts).
 * `--keep-library DIR` keeps the browser profile in DIR and reuses the library loaded there by an
 * earlier run of the same size (loading 100,000 articles takes minutes; matching, about one).
 * Storage is measured only when DIR starts empty (a library loaded over another has no figure).
 */
import { resolveDataDir } from './lib/data-dir';
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
const { page, cdp, close, keptProfile } = await openBenchHarness(argv, log);
try {
  const heap = {
    mb: async () => ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 1e6,
    gc: async () => void (await cdp.send('HeapProfiler.collectGarbage')),
  };
  for (const size of args.sizes) out.runs.push(await runChromium(page, heap, real, size, { ...args, log, keptProfile }));
} finally {
  await close();
}
if (args.json) process.stdout.write(`${JSON.stringify(out)}\n`);
else console.log(formatTable(out));
