/** Types for word-level diffs between two claims. */

/** What kind of wording change a diff segment carries, for highlighting. */
export type DiffMark = 'number' | 'date' | 'quote' | 'hedge' | 'attribution' | 'negation' | 'roles';

/**
 * One diff segment from claim A (this page) to claim B (the other outlet).
 * Joining equal+delete gives A; joining equal+insert gives B.
 */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
  /** Present on insert/delete segments whose change is significant. */
  marks?: DiffMark[];
  /**
   * True on an insert/delete pair that differs only in whitespace, letter case,
   * quote or dash style: render it as unchanged (show one side's text).
   */
  trivial?: boolean;
}
