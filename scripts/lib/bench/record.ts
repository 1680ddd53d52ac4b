/** The JSON contract of one benchmark run (issue 6), shared by the Node and Chromium benches. */
import type { P50P95 } from './stats';

/** The MiniSearch comparison (extra key). */
export interface MiniSearchFigures {
  build_ms: number | null;
  heap_mb: number | null;
  match_ms: P50P95;
  /** Share of brute force's matches MiniSearch + judgePrepared found. */
  recall: number | null;
}

/** One library size. Keys up to `synthetic_fraction` are the contract; the rest are extras. */
export interface RunRecord {
  articles: number;
  claims: number;
  capture_ms: P50P95;
  match_ms: P50P95;
  sidebar_ms: P50P95;
  stored_bytes_per_article: number | null;
  raw_bytes_per_article: number | null;
  /** Peak JS heap sampled while matching and rendering the sidebar, MB (see `heap_context`). */
  heap_mb: number | null;
  brute_force_ratio: number | null;
  synthetic_fraction: number;
  // Extras beyond the contract:
  /** Part of match_ms until the candidates are read (IndexedDB reads, query preparation); the rest is scoring. */
  match_read_ms: P50P95;
  /** match_ms by phase (rounds.ts): index lookups, term rows, targets (articles and claims read and prepared), scoring. */
  match_rounds_ms: Record<'indexes' | 'rows' | 'targets' | 'align', P50P95>;
  data: 'real+synthetic' | 'seed-only';
  queries: number;
  query_claims: number;
  brute_force_ms: P50P95;
  brute_force_queries: number;
  brute_force_extrapolated: boolean;
  brute_force_recall: number | null;
  brute_force_recall_same_event: number | null;
  /** Recall on brute force's verbatim and near matches only (copies: the smoke's correctness check). */
  brute_force_recall_copies: number | null;
  brute_force_copies: number;
  brute_force_recall_queries: number;
  brute_filter_misses: number;
  indexed_only_matches: number;
  parse_ms: P50P95;
  load_articles_per_s: number | null;
  minisearch: MiniSearchFigures | null;
  /** JS heap after a forced full GC once the library is loaded, before matching, MB. */
  heap_baseline_mb: number | null;
  /** JS heap after a forced full GC once matching (and the sidebar) are done, MB: what stays live. */
  heap_live_mb: number | null;
  /** Which heap the figures measure and what it contains. */
  heap_context: string;
}

/** The whole output of `--json`. */
export interface BenchOutput {
  engine: 'node' | 'chromium';
  runs: RunRecord[];
}
