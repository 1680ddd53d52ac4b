/** Types shared by the benchmark: one corpus article, whatever its source; and the harness's database name. */

/** The benchmark's own IndexedDB database in the extension origin (never the reader's library). */
export const BENCH_DB_NAME = 'corroborate-bench';

/** Where a benchmark article came from. `synthetic` and `seed` are generated, the rest are real. */
export type BenchSource = 'bbc' | 'reuters' | 'newswcl50' | 'allsides' | 'synthetic' | 'seed';

/** One article of the benchmark corpus, before extraction. */
export interface BenchArticle {
  /** Stable id, e.g. `bbc/business/001`; synthetic variants append `~N`. */
  id: string;
  source: BenchSource;
  /** Story group: articles with the same event report the same story (ground truth for recall). */
  event: string;
  outlet: { name: string; domain: string | null };
  /** A URL on the outlet's domain; only used as identity, never fetched. */
  url: string | null;
  title: string;
  paragraphs: string[];
  publishedTime: string | null;
  /** The source's own topic label, where it has one (AllSides: "Coronavirus", "US House"…). */
  topic?: string;
}

/** True for articles nobody on the team wrote (read from the research data). */
export function isReal(a: BenchArticle): boolean {
  return a.source !== 'synthetic' && a.source !== 'seed';
}

/** The key the bench tells outlets apart by: the outlet's domain, else its name. */
export function outletKey(a: BenchArticle): string {
  return a.outlet.domain ?? `name:${a.outlet.name}`;
}
