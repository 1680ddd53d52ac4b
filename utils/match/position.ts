/**
 * Sentence order as evidence inside a story: outlets that cover the same event tend to keep the
 * wire's order, so two claims at similar relative positions of their articles are more likely to
 * state the same thing. Turns a position gap into a log-odds shift for the same-story decision.
 */

/** Relative position of claim `index` among `count` claims, in [0, 1] (0 for a lone claim). */
export function relativePosition(index: number, count: number): number {
  return count > 1 ? Math.min(1, Math.max(0, index / (count - 1))) : 0;
}

/** Gap in relative position of two claims of two articles, in [0, 1]. */
export function positionGap(indexA: number, countA: number, indexB: number, countB: number): number {
  return Math.abs(relativePosition(indexA, countA) - relativePosition(indexB, countB));
}

/**
 * Log-odds added to the paraphrase probability of a same-story pair whose claims sit within
 * {@link POSITION_WINDOW} of each other (full at gap 0, none at the window's edge). Measured by
 * scripts/eval/story-prior.ts on NewsWCL50: best within-event candidates at a gap below 0.05 are
 * e^1.05 times likelier among confident matches than among confident non-matches; beyond 0.1 the
 * ratio is about 1.
 */
export const POSITION_SHIFT = 1.0;
/** Position gap beyond which sentence order adds nothing. */
export const POSITION_WINDOW = 0.1;

/** Log-odds shift for a same-story pair with the given position gap (0 when the gap is unknown). */
export function positionShift(gap: number | undefined): number {
  if (gap === undefined || !(gap >= 0)) return 0;
  return POSITION_SHIFT * Math.max(0, 1 - gap / POSITION_WINDOW);
}
