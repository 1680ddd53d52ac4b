/**
 * Quotation tracking for claims: whether a text contains a direct quotation,
 * whether a quotation is still open after a sentence (so a multi-sentence quote
 * can be kept together), and whether a group of sentences carries an attribution.
 */

/** Open-quote state carried from one sentence to the next. */
export interface QuoteState {
  /** Nesting depth of curly, guillemet and corner-bracket quotes. */
  depth: number;
  /** Open „ quotes, which “ closes (German style). */
  low: number;
  /** Odd number of straight double quotes so far. */
  straight: boolean;
}

/** The state before any text. */
export const CLOSED: QuoteState = { depth: 0, low: 0, straight: false };

/** The quote state after reading `text`, starting from `state`. */
export function advanceQuotes(text: string, state: QuoteState): QuoteState {
  let { depth, low, straight } = state;
  for (const c of text) {
    // Pages mix straight and curly marks (“… said" or "… said”): a mark of one kind closes a
    // quotation opened with the other when none of its own kind is open.
    if (c === '"') {
      if (!straight && depth > 0) depth--;
      else straight = !straight;
    } else if (c === '„') low++;
    else if (c === '“') {
      if (low > 0) low--;
      else depth++;
    } else if (c === '«' || c === '「' || c === '『') depth++;
    else if (c === '”' && depth === 0 && straight) straight = false;
    else if (c === '”' || c === '»' || c === '」' || c === '』') depth = Math.max(0, depth - 1);
  }
  return { depth, low, straight };
}

/** True when a quotation is open in `state`. */
export function isOpen(state: QuoteState): boolean {
  return state.depth > 0 || state.low > 0 || state.straight;
}

/** True when `text` contains a direct quotation (straight, curly, « », „ “, 「」, or ‘…’ of two words or more). */
export function hasQuotation(text: string): boolean {
  if (/["“”„«»「」『』]/.test(text)) return true;
  return /(^|[\s(\[—–-])‘[^’]*\s[^’]*’(?!\p{L})/u.test(text) || /(^|[\s(\[—–-])'[^']*\s[^']*'(?![\p{L}])/u.test(text);
}

const SAY_WORDS =
  /\b(?:said|says|say|told|tells|added|adds|asked|stated|states|claimed|claims|asserted|insisted|declared|explained|wrote|writes|warned|noted|replied|according to)\b/i;
/** Verbs of saying in Arabic, Hebrew, Chinese and Japanese (no \b: those scripts lack ASCII word boundaries). */
const OTHER_SAY = /قال|قالت|أضاف|أكد|אמר|אמרה|הוסיף|说|說|表示|称|稱|と述べ|と語/;
/** Quotations, a straight and a curly mark closing each other too (pages mix them: “… said"). */
const QUOTED = /"[^"”]*["”]?|“[^”"]*[”"]?|«[^»]*»?|„[^“]*“?|「[^」]*」?|『[^』]*』?/g;

/** True when `text` starts with an opening quotation mark. */
export function opensQuote(text: string): boolean {
  return /^\s*["“„«「『]/.test(text);
}

/** `text` with each quotation replaced by a space: what the writer says around the quoted words. */
export function outsideQuotes(text: string): string {
  return text.replace(QUOTED, ' ');
}

/** True when the text outside the quotation marks names who is speaking (or introduces the quote with a colon). */
export function hasAttribution(text: string): boolean {
  const outside = text.replace(QUOTED, ' ');
  return SAY_WORDS.test(outside) || OTHER_SAY.test(outside) || /[:：]\s*["“„«「『]/.test(text);
}
