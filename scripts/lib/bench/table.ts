/** Readable table of benchmark runs (the non-`--json` output). */
import type { BenchOutput, RunRecord } from './record';
import type { P50P95 } from './stats';

const fmt = (x: number | null | undefined) => (x === null || x === undefined ? '-' : String(x));
const pp = (p: P50P95) => `${fmt(p.p50)} / ${fmt(p.p95)}`;

const ROWS: [string, (r: RunRecord) => string][] = [
  ['articles', (r) => fmt(r.articles)],
  ['claims', (r) => fmt(r.claims)],
  ['synthetic fraction', (r) => `${(r.synthetic_fraction * 100).toFixed(1)}% (${r.data})`],
  ['capture ms p50 / p95', (r) => pp(r.capture_ms)],
  ['  (HTML parse, not in capture)', (r) => pp(r.parse_ms)],
  ['match ms p50 / p95 (40 claims)', (r) => pp(r.match_ms)],
  ['  of which reading candidates', (r) => pp(r.match_read_ms)],
  ['  phases p50: indexes/rows/targets/scoring', (r) => ['indexes', 'rows', 'targets', 'align'].map((k) => fmt(r.match_rounds_ms[k as 'align'].p50)).join('/')],
  ['sidebar ms p50 / p95', (r) => pp(r.sidebar_ms)],
  ['stored bytes / article', (r) => fmt(r.stored_bytes_per_article)],
  ['raw bytes / article', (r) => fmt(r.raw_bytes_per_article)],
  ['stored / raw', (r) => (r.stored_bytes_per_article && r.raw_bytes_per_article ? (r.stored_bytes_per_article / r.raw_bytes_per_article).toFixed(2) : '-')],
  ['heap MB: baseline / peak / live after', (r) => `${fmt(r.heap_baseline_mb)} / ${fmt(r.heap_mb)} / ${fmt(r.heap_live_mb)}`],
  ['brute force ms p50 / p95', (r) => `${pp(r.brute_force_ms)}${r.brute_force_extrapolated ? ' (scaled)' : ''}`],
  ['brute force / indexed', (r) => `${fmt(r.brute_force_ratio)}x (${r.brute_force_queries} queries)`],
  ['recall vs brute force', (r) => `${fmt(r.brute_force_recall)} (same event ${fmt(r.brute_force_recall_same_event)}, ${r.brute_force_recall_queries} queries)`],
  ['recall on copies (verbatim/near)', (r) => `${fmt(r.brute_force_recall_copies)} (${r.brute_force_copies} copies)`],
  ['indexed-only matches', (r) => fmt(r.indexed_only_matches)],
  ['MiniSearch build ms / +heap MB', (r) => (r.minisearch ? `${fmt(r.minisearch.build_ms)} / ${fmt(r.minisearch.heap_mb)}` : '-')],
  ['MiniSearch match ms p50 / p95', (r) => (r.minisearch ? pp(r.minisearch.match_ms) : '-')],
  ['MiniSearch recall', (r) => (r.minisearch ? fmt(r.minisearch.recall) : '-')],
  ['bulk load articles/s', (r) => fmt(r.load_articles_per_s)],
];

/** The runs as an aligned text table, one column per library size. */
export function formatTable(out: BenchOutput): string {
  const header = [`engine: ${out.engine}`, ...out.runs.map((r) => `${r.articles}`)];
  const lines = [header, ...ROWS.map(([name, f]) => [name, ...out.runs.map(f)])];
  const widths = header.map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  return lines.map((l) => l.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n');
}
