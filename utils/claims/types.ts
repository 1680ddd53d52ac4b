/** Types for claims: the sentences (and quote + attribution units) an article is split into. */

/** W3C/Hypothesis-style text-quote selector, used to find a claim again in the live page. */
export interface TextQuoteSelector {
  exact: string;
  /** Up to 32 characters of article text before `exact`. */
  prefix: string;
  /** Up to 32 characters of article text after `exact`. */
  suffix: string;
}

/** One statement of an article. */
export interface Claim {
  /** Unique within its article, e.g. "c0", "c1"; stable for the same text. */
  id: string;
  /** Position in article order, from 0. */
  index: number;
  /** Index of the paragraph in `ExtractedArticle.paragraphs`. */
  paragraph: number;
  /** Offsets of the claim within its paragraph string: paragraph.slice(start, end) === text. */
  start: number;
  end: number;
  text: string;
  selector: TextQuoteSelector;
  /** True when the claim contains a direct quotation. */
  quote: boolean;
}
