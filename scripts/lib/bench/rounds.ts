/**
 * Where a match's time goes, round by round: the pipeline's diagnostic hooks (onRound, onTargets)
 * stamped with performance.now(). Works in Node and in the harness page (no Node imports).
 */
import type { CoverageOptions } from '../../../utils/match/pipeline';
import { summarize, type P50P95 } from './stats';

/** One match's phases, ms: index lookups (+ preparing the query), term rows, targets (articles, claims, preparing them), scoring. */
export interface MatchRounds {
  indexes: number;
  rows: number;
  targets: number;
  align: number;
}

/** Hooks for one match from `t0`, and `done()` to call when it returns. */
export function roundStamps(t0: number): { opts: CoverageOptions; done(): MatchRounds } {
  const at = { indexes: t0, rows: t0, targets: t0 };
  return {
    opts: { onRound: (r) => (at[r] = performance.now()), onTargets: () => (at.targets = performance.now()) },
    done: () => {
      const end = performance.now();
      return { indexes: at.indexes - t0, rows: at.rows - at.indexes, targets: at.targets - at.rows, align: end - at.targets };
    },
  };
}

/** The part of a match until its candidates were read (all but scoring). */
export function readMs(r: MatchRounds): number {
  return r.indexes + r.rows + r.targets;
}

/** Median and p95 of each phase. */
export function summarizeRounds(rounds: readonly MatchRounds[]): Record<keyof MatchRounds, P50P95> {
  return {
    indexes: summarize(rounds.map((r) => r.indexes)), rows: summarize(rounds.map((r) => r.rows)),
    targets: summarize(rounds.map((r) => r.targets)), align: summarize(rounds.map((r) => r.align)),
  };
}
