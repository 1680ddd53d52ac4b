/** Types for matching a claim against other outlets' claims. */

/** verbatim: the same words; near: lightly edited; paraphrase: the same statement reworded. */
export type MatchKind = 'verbatim' | 'near' | 'paraphrase';

/** Pairwise judgement of two sentences; score in [0, 1]. */
export interface PairJudgement {
  score: number;
  kind: MatchKind | 'none';
  /**
   * True for a paraphrase that is one only because both sentences come from the same story (its
   * probability is under the context-free threshold): judged by hand, about half of these are the
   * same statement (see score.ts), so readers are shown them as possible, not certain.
   */
  tentative?: boolean;
}
