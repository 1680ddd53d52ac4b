/**
 * `npm run eval [-- --data DIR] [--only mrpc,sts,newswcl,allsides,extraction,timing] [--time] [--json]`: prints every
 * quality figure of the engine (`--time` adds the pair scorer's speed).
 * Reads the research data from ../shared/data by default; nothing from it is copied into the project.
 */
import { argValue, resolveDataDir } from './lib/data-dir';
import { evalMrpc, evalStsDev, timeScoring } from './eval/mrpc';
import { evalNewsWcl } from './eval/newswcl';
import { evalAllSides } from './eval/allsides';
import { evalExtraction } from './eval/extraction';

type Evaluator = { name: string; target: string; run: (dataDir: string) => Promise<object> };

const evaluators: Evaluator[] = [
  { name: 'mrpc', target: 'accuracy >= 0.80, f1 >= 0.86 (10-fold CV on MRPC train)', run: evalMrpc },
  { name: 'sts', target: 'none (shipped model on STS-B dev, same = gold >= 3.5)', run: async (dir) => evalStsDev(dir) ?? { missing: 'sts/sts-dev.csv' } },
  { name: 'newswcl', target: 'withinEventShare >= 0.95, articlesLinkedToOwnEvent >= 0.90', run: evalNewsWcl },
  { name: 'allsides', target: 'none (held-out diagnostic: links within own event / topic, leads linked)', run: evalAllSides },
  { name: 'extraction', target: 'f1 >= 0.96 (4-gram shingle F1, 181 pages)', run: evalExtraction },
  { name: 'timing', target: 'none (µs per scored pair; only with --time or --only timing)', run: async (dir) => timeScoring(dir) },
];

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const { dir, exists } = resolveDataDir(argv);
  if (!exists) {
    console.error(`eval: research data not found at ${dir}; pass --data DIR`);
    process.exit(2);
  }
  const only = argValue(argv, 'only')?.split(',');
  const json = argv.includes('--json');
  const timing = argv.includes('--time');
  const results: Record<string, unknown> = {};
  for (const e of evaluators) {
    if (only ? !only.includes(e.name) : e.name === 'timing' && !timing) continue;
    const started = performance.now();
    const figures = await e.run(dir);
    const seconds = Number(((performance.now() - started) / 1000).toFixed(1));
    results[e.name] = { ...figures, seconds };
    if (!json) {
      console.log(`\n== ${e.name} (target: ${e.target}) [${seconds} s]`);
      for (const [k, v] of Object.entries(figures as Record<string, unknown>)) {
        if (typeof v !== 'object' || v === null) console.log(`  ${k}: ${typeof v === 'number' ? round(v) : v}`);
      }
    }
  }
  if (json) console.log(JSON.stringify(results, null, 2));
}

function round(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(4);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
