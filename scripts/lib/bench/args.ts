/** Command-line options shared by `npm run bench` and `npm run bench:browser`. */
import { argValue } from '../data-dir';

/** Parsed options. */
export interface BenchArgs {
  sizes: number[];
  json: boolean;
  smoke: boolean;
  queries: number;
  bruteTimed: number;
  bruteRecall: number;
  minisearch: boolean;
  captureSample: number;
  /** Smoke fails when recall on brute force's copies (verbatim/near matches) is below this. */
  minRecall: number;
  /** bench:browser only: write a CPU profile of the matching to this file (see cpu-profile.ts). */
  profile: string | null;
  /** bench:browser only: write each query's match time and phases to this JSON file (the tail's makeup). */
  perQuery: string | null;
}

/** Parses argv (without node and script). `--smoke` means 1k articles, fewer timed brute-force queries. */
export function parseBenchArgs(argv: string[]): BenchArgs {
  const smoke = argv.includes('--smoke');
  const num = (name: string, dflt: number) => {
    const v = argValue(argv, name);
    const n = v === undefined ? dflt : Number(v);
    if (!Number.isFinite(n)) throw new Error(`--${name} needs a number, got ${v}`);
    return n;
  };
  const sizesArg = argValue(argv, 'sizes');
  const sizes = smoke ? [1000] : (sizesArg ?? '1000,10000').split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
  if (sizes.length === 0) throw new Error('--sizes needs a comma-separated list of library sizes, e.g. 1000,10000');
  return {
    sizes, smoke, json: argv.includes('--json'), queries: num('queries', smoke ? 12 : 30),
    bruteTimed: num('brute-timed', smoke ? 3 : 5), bruteRecall: num('brute-recall', 10),
    minisearch: !argv.includes('--no-minisearch'), captureSample: num('capture-sample', smoke ? 10 : 30),
    minRecall: num('min-recall', 0.9), profile: argValue(argv, 'profile') ?? null,
    perQuery: argValue(argv, 'per-query') ?? null,
  };
}
