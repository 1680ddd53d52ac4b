/** Types for matching a claim against other outlets' claims. */

/** verbatim: the same words; near: lightly edited; paraphrase: the same statement reworded. */
export type MatchKind = 'verbatim' | 'near' | 'paraphrase';

/** Pairwise judgement of two sentences; score in [0, 1]. */
export interface PairJudgement {
  score: number;
  kind: MatchKind | 'none';
}
