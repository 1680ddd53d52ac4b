/** Word counting for claims, in any script. */

/** Approximate word count; each ideograph or kana counts as a word (CJK has no spaces to count by). */
export function wordCount(text: string): number {
  const spaced = text.match(/(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}])+/gu)?.length ?? 0;
  const ideo = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  return spaced + ideo;
}
