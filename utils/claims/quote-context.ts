/**
 * Who speaks a claim that only goes on with a quotation. `"We will rebuild," the minister said.
 * "It will take a year."` gives two claims, since another outlet may quote either part alone (joining
 * them lost NewsWCL50 links, verbatim copies among them), and the second names no one. The sidebar
 * shows such a claim with the attribution it continues: the claim before it in the same paragraph,
 * or the last claim of the paragraph before when the quotation opens its paragraph (a quotation
 * running over paragraphs), following a chain of such claims back to the one that names someone.
 */
import type { Claim } from './types.ts';
import { CLOSED, advanceQuotes, hasAttribution, hasQuotation, isOpen, opensQuote, outsideQuotes } from './quotes.ts';

/** An attribution longer than this many words is a sentence of its own, not shown as the speaker. */
const MAX_ATTRIBUTION_WORDS = 10;

/** True when `text` opens with a quotation mark and names no speaker: it only goes on quoting. */
export function continuesQuote(text: string): boolean {
  return opensQuote(text) && !hasAttribution(text);
}

/** The words around a claim's quotation that name its speaker ("the minister said"), or null. */
export function attributionOf(text: string): string | null {
  if (!hasQuotation(text) || !hasAttribution(text)) return null;
  const words = outsideQuotes(text)
    .replace(/[\s,.;:!?—–-]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  return words.length > 0 && words.length <= MAX_ATTRIBUTION_WORDS ? words.join(' ') : null;
}

/**
 * For each claim (in article order), the attribution it continues, or null: a claim that names no
 * speaker and either opens with a quotation mark right after another claim, or starts inside a
 * quotation an earlier claim of its paragraph left open.
 */
export function continuedAttributions(claims: readonly Pick<Claim, 'text' | 'paragraph'>[]): (string | null)[] {
  const out: (string | null)[] = [];
  let state = CLOSED;
  claims.forEach((c, i) => {
    const prev = claims[i - 1];
    if (prev?.paragraph !== c.paragraph) state = CLOSED;
    const inside = isOpen(state);
    state = advanceQuotes(c.text, state);
    const adjacent = prev !== undefined && (prev.paragraph === c.paragraph || prev.paragraph === c.paragraph - 1);
    const continues = adjacent && !hasAttribution(c.text) && (inside || continuesQuote(c.text));
    out.push(continues ? (out[i - 1] ?? attributionOf(prev.text)) : null);
  });
  return out;
}
