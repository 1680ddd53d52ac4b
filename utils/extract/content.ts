/**
 * Turns Readability's content element into plain-text blocks: removes
 * furniture subtrees first (captions, asides, share/related/newsletter
 * widgets, link-dense lists), then reads block-level text in order.
 */
import { normaliseSpace } from './normalise.ts';

const DROP_TAGS = 'figcaption, aside, nav, form, button, script, style, noscript, template, svg, iframe, select, textarea, input, dialog, footer';
const FURNITURE =
  /(?:^|[-_\s])(?:share|sharing|social|related|recommend\w*|newsletter|signup|subscribe|subscription|caption|credit|promo|advert\w*|ads?|sponsor\w*|outbrain|taboola|breadcrumbs?|comments?|byline|author-?bio|tags?|toolbar|read-?more|more-?stories|most-?read|popular|trending|paywall|cookie|consent|disclaimer|print-?only)(?:$|[-_\s])/i;
const BLOCK_TAGS = new Set([
  'P', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'DIV', 'SECTION', 'ARTICLE', 'UL', 'OL',
  'DL', 'DT', 'DD', 'TABLE', 'TR', 'FIGURE', 'HEADER', 'MAIN', 'HR', 'BR', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);
const HEADING = /^H[1-6]$/;
const INLINE = new Set(['A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'U', 'ABBR', 'CITE', 'SMALL', 'SUP', 'SUB', 'TIME', 'MARK', 'Q', 'FONT', 'CODE']);
/** Widgets are short: a class-named "share"/"related" block longer than this must also be link-dense to go. */
const WIDGET_CHARS = 1500;
/** Longest text kept as a "caption" of a media block (longer blocks are prose with an inline image). */
const MEDIA_CAPTION_CHARS = 300;

/** One text block of the article body, with whether it came from a heading. */
export interface TextBlock {
  text: string;
  heading: boolean;
}

function textLength(el: Element): number {
  return normaliseSpace(el.textContent ?? '').length;
}

function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += normaliseSpace(a.textContent ?? '').length;
  return n;
}

/**
 * Text and link-text length of every element under `root`, in one iterative
 * post-order pass (whitespace runs count as one character).
 */
function measureTree(root: Element): Map<Element, { text: number; link: number }> {
  const sizes = new Map<Element, { text: number; link: number }>();
  const stack: Array<{ el: Element; done: boolean }> = [{ el: root, done: false }];
  while (stack.length) {
    const { el, done } = stack.pop()!;
    if (!done) {
      stack.push({ el, done: true });
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push({ el: c, done: false });
      continue;
    }
    let text = 0;
    let link = 0;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) text += (n.nodeValue ?? '').replace(/\s+/g, ' ').trim().length;
      else if (n.nodeType === 1) {
        const child = sizes.get(n as Element) ?? { text: 0, link: 0 };
        text += child.text;
        link += (n as Element).tagName.toUpperCase() === 'A' ? child.text : child.link;
      }
    }
    sizes.set(el, { text, link });
  }
  return sizes;
}

/** Remove widget subtrees, but never one that holds a large share of the body. */
export function stripFurniture(root: Element): void {
  const total = Math.max(1, textLength(root));
  for (const el of Array.from(root.querySelectorAll(DROP_TAGS))) el.remove();
  for (const el of Array.from(root.querySelectorAll('[class], [id], [role], [aria-label]'))) {
    if (!el.isConnected && !root.contains(el)) continue;
    // Long hyphenated ids are usually heading slugs ("sharing-with-a-team"), not widget names.
    const id = el.getAttribute('id') ?? '';
    const label = `${el.getAttribute('class') ?? ''} ${id.split(/[-_]/).length <= 3 ? id : ''}`.replace(/([a-z])([A-Z])/g, '$1-$2');
    const role = (el.getAttribute('role') ?? '').toLowerCase();
    const furniture = FURNITURE.test(label) || role === 'complementary' || role === 'navigation';
    if (!furniture) continue;
    const len = textLength(el);
    // An inline element (a link, a span) inside prose is part of the sentence, not a widget.
    const parentLen = el.parentElement ? textLength(el.parentElement) : len;
    if (INLINE.has(el.tagName.toUpperCase()) && len < parentLen * 0.8) continue;
    if (len < total * 0.25 && (len < WIDGET_CHARS || linkTextLength(el) > len * 0.5)) el.remove();
  }
  // Media blocks: an image/video wrapper whose only text is a short caption or credit. An inline
  // one inside prose (a name's hover card with its portrait) is part of the sentence: removing it
  // lost the name from "South Dakota Gov. <span>…<img>…Name</span> (R) is defending …".
  for (const el of Array.from(root.querySelectorAll('figure, picture, div, span, section'))) {
    if (!root.contains(el) || !el.querySelector('img, picture, video, svg, iframe')) continue;
    const len = textLength(el);
    if (INLINE.has(el.tagName.toUpperCase()) && el.parentElement && len < textLength(el.parentElement) * 0.8) continue;
    if (len > 0 && len < MEDIA_CAPTION_CHARS && len < total * 0.25 && !el.querySelector('p p, li')) el.remove();
  }
  // Link-dense lists and blocks: "Related", "Latest" and tag lists.
  const sizes = measureTree(root);
  for (const el of Array.from(root.querySelectorAll('ul, ol, div, section, p'))) {
    if (!root.contains(el)) continue;
    const { text: len, link } = sizes.get(el) ?? { text: 0, link: 0 };
    if (len === 0 || len > total * 0.3) continue;
    const items = el.tagName === 'UL' || el.tagName === 'OL' ? el.children.length : 1;
    const dense = link / len;
    if (dense > 0.8 && (items >= 2 || len < 200)) el.remove();
    else if (dense > 0.6 && items >= 3 && len / items < 80) el.remove();
  }
}

/** Read the block-level texts of `root` in document order (iterative walk). */
export function readBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buffer = '';
  let headingDepth = 0;
  const flush = () => {
    const text = normaliseSpace(buffer);
    if (text) blocks.push({ text, heading: headingDepth > 0 });
    buffer = '';
  };
  const stack: Array<{ node: Node; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      buffer += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    const block = BLOCK_TAGS.has(tag);
    if (exit) {
      if (block) flush();
      if (HEADING.test(tag)) headingDepth--;
      continue;
    }
    if (block) flush();
    else if (tag === 'TD' || tag === 'TH') buffer += ' '; // cells of one row form one line
    if (HEADING.test(tag)) headingDepth++;
    stack.push({ node, exit: true });
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], exit: false });
  }
  flush();
  return blocks;
}
