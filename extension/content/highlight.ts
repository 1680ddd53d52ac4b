/**
 * Page-side highlights: scroll to one claim and highlight it, and underline the
 * corroborated claims. Uses the CSS Custom Highlight API, so the page's DOM is never
 * rewritten; where that API is missing, the focused claim is selected instead.
 * Claims are found again with their text-quote selectors (`anchorQuote`).
 */
import { anchorQuote } from '../../utils/claims/anchor';
import type { TextQuoteSelector } from '../../utils/claims/types';

/** Highlight name (in `CSS.highlights`) of the focused claim. */
export const FOCUS_HIGHLIGHT = 'corroborate-focus';
/** Highlight name (in `CSS.highlights`) of the claims marked as corroborated (dotted underline). */
export const MARK_HIGHLIGHT = 'corroborate-mark';

const STYLE_ID = 'corroborate-highlight-style';
const STYLE = `
::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgba(255, 208, 0, 0.45); color: inherit; }
::highlight(${MARK_HIGHLIGHT}) { text-decoration: underline; text-decoration-style: dotted;
  text-decoration-color: rgba(31, 130, 105, 0.9); text-decoration-thickness: 2px; text-underline-offset: 3px; }
`;

type HighlightCtor = new (...ranges: Range[]) => unknown;
interface HighlightRegistry {
  set(name: string, h: unknown): void;
  delete(name: string): void;
}

/** The Highlight API of `win`, when supported. */
function highlightApi(win: Window): { Highlight: HighlightCtor; registry: HighlightRegistry } | null {
  const w = win as unknown as { Highlight?: HighlightCtor; CSS?: { highlights?: HighlightRegistry } };
  return w.Highlight && w.CSS?.highlights ? { Highlight: w.Highlight, registry: w.CSS.highlights } : null;
}

/** Adds the highlight style sheet once (constant text; no page content). */
function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = STYLE;
  (doc.head ?? doc.documentElement).append(style);
}

/** Scrolls to the claim and highlights it; false when its text is no longer in the page. */
export function highlightClaim(selector: TextQuoteSelector, doc: Document = document): boolean {
  const range = doc.body ? anchorQuote(doc.body, selector) : null;
  if (!range) return false;
  const api = highlightApi(doc.defaultView ?? window);
  if (api) {
    ensureStyle(doc);
    api.registry.set(FOCUS_HIGHLIGHT, new api.Highlight(range));
  } else {
    const sel = doc.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
  }
  const el = range.startContainer.nodeType === Node.ELEMENT_NODE ? (range.startContainer as Element) : range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}

/** Underlines these claims (an empty list clears the marks); returns how many were found. */
export function markClaims(selectors: TextQuoteSelector[], doc: Document = document): number {
  const api = highlightApi(doc.defaultView ?? window);
  if (!api || !doc.body) return 0;
  if (!selectors.length) {
    api.registry.delete(MARK_HIGHLIGHT);
    return 0;
  }
  const ranges = selectors.map((s) => anchorQuote(doc.body, s)).filter((r): r is Range => r !== null);
  ensureStyle(doc);
  api.registry.set(MARK_HIGHLIGHT, new api.Highlight(...ranges));
  return ranges.length;
}
