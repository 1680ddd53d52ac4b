/**
 * Quotation-mark helpers for diff marks: does a text contain a quotation mark
 * (not an apostrophe), and is a position of a text inside a quotation?
 */

const OPEN = new Set(['«', '„', '「', '『', '‹']);
const CLOSE = new Set(['”', '»', '」', '』', '›']);

/** True when `text` holds a quotation mark; ’ and ' inside or closing a word ("it's", "Jones'") are apostrophes. */
export function hasQuoteMark(text: string): boolean {
  if (/["“”„«»「」『』‹›]/.test(text)) return true;
  const noApostrophes = text.replace(/(\p{L})['’](?=\p{L})/gu, '$1').replace(/s['’](?=\s|$)/g, 's');
  return /['‘’]/.test(noApostrophes);
}

/** Tracks whether the text read so far leaves a double quotation open. */
export class QuoteScanner {
  private depth = 0;
  private low = 0; // open „ quotes, closed by “ (German style)
  private straight = false;

  /** Reads more text. */
  feed(text: string): void {
    if (!/["“”„«»「」『』‹›]/.test(text)) return;
    for (const c of text) {
      if (c === '"') this.straight = !this.straight;
      else if (c === '„') this.low++;
      else if (c === '“') {
        if (this.low > 0) this.low--;
        else this.depth++;
      } else if (OPEN.has(c)) this.depth++;
      else if (CLOSE.has(c)) this.depth = Math.max(0, this.depth - 1);
    }
  }

  /** True when a quotation is open at the current position. */
  inside(): boolean {
    return this.straight || this.depth > 0 || this.low > 0;
  }
}
