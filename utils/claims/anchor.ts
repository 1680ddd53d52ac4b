/**
 * Anchoring a claim in the live page: walks the text nodes under a root element,
 * matches the claim's text-quote selector against their concatenated text
 * (exact first, prefix/suffix to choose, then fuzzy), and returns a DOM Range.
 * Pure DOM: the document comes from `root.ownerDocument`, no extension APIs.
 */
import type { TextQuoteSelector } from './types.ts';
import { matchQuote } from './match-quote.ts';
import { normalise } from './normalise.ts';

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, without needing the global NodeFilter
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** The page text under `root` with the text node each stretch came from. */
export interface TextMap {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node starts. */
  starts: number[];
}

/** Collects the visible-in-source text nodes under `root` (script and style excluded). */
export function textMap(root: Element): TextMap {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement && SKIP.has(n.parentElement.tagName.toUpperCase())) continue;
    const value = n.nodeValue ?? '';
    if (!value) continue;
    nodes.push(n as Text);
    starts.push(text.length);
    text += value;
  }
  return { text, nodes, starts };
}

/** The node and offset of a raw text position; `end` positions stay in the node before a boundary. */
function locate(map: TextMap, pos: number, end: boolean): { node: Text; offset: number } {
  let lo = 0;
  let hi = map.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = map.starts[mid];
    if (s < pos || (!end && s === pos)) lo = mid;
    else hi = mid - 1;
  }
  return { node: map.nodes[lo], offset: pos - map.starts[lo] };
}

/** Finds `selector` under `root` and returns a Range over it, or null when it is not there. */
export function anchorQuote(root: Element, selector: TextQuoteSelector): Range | null {
  return anchorQuotes(root, [selector])[0];
}

/** Anchors many selectors at once (one walk and one normalisation of the page); null where not found. */
export function anchorQuotes(root: Element, selectors: TextQuoteSelector[]): Array<Range | null> {
  const map = textMap(root);
  if (!map.nodes.length) return selectors.map(() => null);
  const hay = normalise(map.text);
  return selectors.map((selector) => {
    const m = matchQuote(map.text, selector, hay);
    if (!m) return null;
    const start = locate(map, m.start, false);
    const end = locate(map, m.end, true);
    const range = root.ownerDocument.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  });
}
