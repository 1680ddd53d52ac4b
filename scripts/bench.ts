/**
 * `npm run --silent bench -- [--sizes 1000,10000,100000] [--json] [--smoke] [--data DIR]`
 * The Node benchmark (fake-indexeddb): capture, match, brute-force and MiniSearch baselines per
 * library size. `--json` prints exactly one JSON object on stdout; progress goes to stderr.
 * `--smoke` (CI): 1k articles, checks recall against brute force (on verbatim/near copies; within
 * the query's event for the seed-only corpus), exits 1 only when it is below --min-recall (0.9).
 */
import { resolveDataDir } from './lib/data-dir';
import { parseBenchArgs } from './lib/bench/args';
import { loadRealCorpus } from './lib/bench/corpus-load';
import type { BenchOutput } from './lib/bench/record';
import { runNode } from './lib/bench/run-node';
import { formatTable } from './lib/bench/table';

const argv = process.argv.slice(2);
const args = parseBenchArgs(argv);
const log = (m: string) => process.stderr.write(`${m}\n`);
const data = resolveDataDir(argv);
const real = data.exists ? loadRealCorpus(data.dir) : { bbc: [], reuters: [], newswcl50: [], allsides: [] };
const realCount = Object.values(real).reduce((s, a) => s + a.length, 0);
log(realCount > 0
  ? `real articles from ${data.dir}: ${Object.entries(real).map(([k, v]) => `${k} ${v.length}`).join(', ')}`
  : `no research data at ${data.dir}: using the built-in seed stories and synthetic variants only (figures are not comparable with real-data runs)`);

const out: BenchOutput = { engine: 'node', runs: [] };
for (const size of args.sizes) {
  out.runs.push(await runNode(real, size, { ...args, log }));
}
if (args.json) process.stdout.write(`${JSON.stringify(out)}\n`);
else console.log(formatTable(out));

if (args.smoke) {
  const r = out.runs[0];
  // Seed-only sentences share the grammar's skeletons across events, so brute force calls many
  // cross-event pairs "near"; there the check is recall within the query's own event.
  const seedOnly = r.data === 'seed-only';
  const recall = seedOnly ? r.brute_force_recall_same_event : r.brute_force_recall_copies;
  const ok = recall === null || recall >= args.minRecall;
  log(`smoke: ${seedOnly ? 'SEED-ONLY data (no ../shared/data: sentences share skeletons across events, so brute force links "events" the engine rightly keeps apart); ' : ''}recall vs brute force ${r.brute_force_recall} overall, ${r.brute_force_recall_same_event} within the query's event, ${r.brute_force_recall_copies} on copies (verbatim/near); checked: ${seedOnly ? 'same event' : 'copies'} ≥ ${args.minRecall}: ${ok ? 'ok' : 'FAILED'}`);
  if (!ok) process.exit(1);
}
