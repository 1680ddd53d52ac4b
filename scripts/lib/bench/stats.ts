/** Percentiles and summaries of timing samples. */

/** The p-th percentile (0-100) by linear interpolation between closest ranks; null when empty. */
export function percentile(samples: readonly number[], p: number): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

/** Median and 95th percentile, rounded to 0.01 ms. */
export interface P50P95 {
  p50: number | null;
  p95: number | null;
}

/** {@link P50P95} of `samples` (both null when there are none). */
export function summarize(samples: readonly number[]): P50P95 {
  return { p50: round2(percentile(samples, 50)), p95: round2(percentile(samples, 95)) };
}

/** Rounds to two decimals, keeping null. */
export function round2(x: number | null): number | null {
  return x === null || !Number.isFinite(x) ? null : Math.round(x * 100) / 100;
}

/** Arithmetic mean, null when empty. */
export function mean(samples: readonly number[]): number | null {
  return samples.length ? samples.reduce((s, x) => s + x, 0) / samples.length : null;
}
