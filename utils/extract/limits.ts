/**
 * Size bounds for extraction. A page past any bound is refused up front with
 * "too-large", before Readability (or even a clone) does any expensive work.
 */

/** Tunable bounds; defaults sit well above the largest real news pages seen. */
export interface ExtractLimits {
  /** Elements in the document (311 real test pages: at most ~10k). */
  maxElements: number;
  /** Characters of body text outside scripts and styles (real pages: at most ~0.5M). */
  maxTextChars: number;
  /** Element nesting depth (real pages: at most ~50). */
  maxDepth: number;
}

/** Defaults used when the caller gives none. */
export const DEFAULT_LIMITS: ExtractLimits = {
  maxElements: 60_000,
  maxTextChars: 2_000_000,
  maxDepth: 600,
};

/** Measurements of a document, stopping as soon as any bound is passed. */
export interface DocumentSize {
  elements: number;
  depth: number;
  textChars: number;
  tooLarge: boolean;
}

/**
 * Walk the element tree iteratively (no recursion, so deep nesting cannot
 * overflow the stack) and stop early once a bound is exceeded.
 */
export function measureDocument(doc: Document, limits: ExtractLimits): DocumentSize {
  const root = doc.documentElement;
  if (!root) return { elements: 0, depth: 0, textChars: 0, tooLarge: false };
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  let node: Element | null = root;
  while (node) {
    elements++;
    if (elements > limits.maxElements || depth > limits.maxDepth) {
      return { elements, depth: Math.max(depth, maxDepth), textChars: 0, tooLarge: true };
    }
    const child: Element | null = node.firstElementChild;
    if (child) {
      node = child;
      depth++;
      if (depth > maxDepth) maxDepth = depth;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    node = node && node !== root ? node.nextElementSibling : null;
  }
  // Inline scripts and styles (e.g. multi-megabyte app state) are not article text.
  const body = doc.body ?? root;
  let codeChars = 0;
  for (const el of Array.from(body.querySelectorAll('script, style, template, noscript'))) codeChars += el.textContent?.length ?? 0;
  const textChars = Math.max(0, (body.textContent?.length ?? 0) - codeChars);
  return { elements, depth: maxDepth, textChars, tooLarge: textChars > limits.maxTextChars };
}
