/**
 * Boilerplate detection for body paragraphs that Readability leaves in:
 * captions and photo credits, share/view counters, calls to action
 * (newsletter, follow, subscribe), editor credits, bylines and datelines,
 * "Related"/"Read more" labels, cookie and comment prompts, advertisement
 * labels. Each rule is a general feature of such lines (short, unpunctuated,
 * imperative, credit-shaped, second-person), never an exact-string list;
 * real sentences that merely mention "share" or "newsletter" survive.
 */
import { endsLikeSentence, normaliseSpace } from './normalise.ts';
import { FEATURE_RULES, HEADING_RULES, type LineFeatures } from './boilerplate-rules.ts';
import { isSelfReference, mediaViewerLabel, sentencesOf } from './boilerplate-notes.ts';
import { MAX_TAIL_LINES, isLongProse, isShortLine, isTailMarker } from './boilerplate-tail.ts';

/** What else is known about the page, to spot repeated bylines and titles. */
export interface BoilerplateContext {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  /** Texts of the page's sub-headings: all-caps headings are kept. */
  headings?: ReadonlySet<string>;
  /** The page's image descriptions ({@link captionKeys}): a paragraph that repeats one is its caption. */
  captions?: ReadonlySet<string>;
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** An image description must have at least this many words to mark a paragraph repeating it as a caption. */
const MIN_CAPTION_WORDS = 4;

/**
 * Keys of a page's image descriptions (`alt` texts) for {@link BoilerplateContext.captions}: a
 * caption that Readability turned into a plain paragraph (it lost its figure) usually repeats the
 * image's description word for word. Descriptions of fewer than four words ("Photo") are left out.
 */
export function captionKeys(alts: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const alt of alts) if (normaliseSpace(alt).split(' ').length >= MIN_CAPTION_WORDS) keys.add(squash(alt));
  return keys;
}

/** Compute the shape features of one line. */
export function lineFeatures(paragraph: string): LineFeatures {
  const text = normaliseSpace(paragraph);
  const tokens = text.split(' ').filter(Boolean);
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  const digits = text.match(/\p{N}/gu)?.length ?? 0;
  const lowerWords = tokens.filter((t) => /^\p{Ll}/u.test(t)).length;
  return {
    text,
    lower: text.toLowerCase(),
    words: tokens.length,
    chars: text.length,
    sentence: endsLikeSentence(text),
    upperShare: letters ? upper / letters : 0,
    digitShare: text.length ? digits / text.length : 0,
    lowerWordShare: tokens.length ? lowerWords / tokens.length : 0,
    secondPerson: /\b(you|your|you're|yours)\b/i.test(text),
  };
}

/** True when the paragraph is page furniture rather than article text. */
export function isBoilerplate(paragraph: string, ctx: BoilerplateContext = {}): boolean {
  return isBoilerplateLine(lineFeatures(paragraph), ctx);
}

/** {@link isBoilerplate} of a line whose features are already computed. */
function isBoilerplateLine(f: LineFeatures, ctx: BoilerplateContext): boolean {
  if (!f.text) return true;
  if (!/[\p{L}\p{N}]/u.test(f.text)) return true;
  if (ctx.byline && f.words <= 12 && squash(f.text).includes(squash(ctx.byline)) && squash(ctx.byline).length > 3 && !f.sentence) return true;
  if (ctx.title && squash(f.text) === squash(ctx.title)) return true;
  if (ctx.siteName && squash(f.text) === squash(ctx.siteName)) return true;
  if (ctx.captions?.has(squash(f.text))) return true;
  return (ctx.headings?.has(f.text) ? HEADING_RULES : FEATURE_RULES).some((rule) => rule(f));
}

/**
 * Lines that are furniture at the end of a body (boilerplate-tail.ts): short
 * unpunctuated lines, contact and follow lines, reporter bios.
 */
export function isTrailingFurniture(paragraph: string): boolean {
  const f = lineFeatures(paragraph);
  return isShortLine(f) || isTailMarker(f);
}

/** Drop trailing sentences that are notes about the article ("… This story has been updated."). */
function trimSelfReference(text: string, sentences: readonly string[]): string {
  let end = sentences.length;
  while (end > 1 && isSelfReference(sentences[end - 1])) end--;
  return end === sentences.length ? text : sentences.slice(0, end).join(' ');
}

/** A name-only line ("Jo Doe") right after a photo-viewer label is the photo's credit. */
const isNameLine = (f: LineFeatures) => f.words <= 5 && !f.sentence && f.lowerWordShare === 0 && !/\d/.test(f.text);

interface Line { text: string; f: LineFeatures; drop: boolean; note: boolean }

/**
 * Furniture after the last long prose paragraph: from the first marker (a note
 * about the article, a bio, a contact line) on, every marker goes, and so do
 * short unpunctuated lines other than sub-headings unless the run is a long list.
 */
function dropTail(lines: Line[], headings?: ReadonlySet<string>): void {
  const lastProse = lines.findLastIndex((l) => !l.drop && isLongProse(l.f));
  if (lastProse < 0) return;
  const start = lines.findIndex((l, i) => i > lastProse && (l.note || (!l.drop && isTailMarker(l.f))));
  if (start < 0) return;
  const zone = lines.slice(start).filter((l) => !l.drop);
  const list = zone.length > MAX_TAIL_LINES;
  for (const l of zone) l.drop = isTailMarker(l.f) || (!list && isShortLine(l.f) && !headings?.has(l.text));
}

/**
 * Drop boilerplate paragraphs and exact duplicates, keeping reading order, then
 * furniture in the tail (dropTail) and up to four furniture lines at the very end.
 */
export function removeBoilerplate(paragraphs: string[], ctx: BoilerplateContext = {}): string[] {
  const seen = new Set<string>();
  const lines: Line[] = [];
  let afterMediaLabel = false;
  for (const p of paragraphs) {
    const raw = normaliseSpace(p);
    // The first sentence always stays (trimSelfReference keeps one), so it is the kept text's too.
    const sentences = sentencesOf(raw);
    const text = trimSelfReference(raw, sentences);
    const f = lineFeatures(text);
    const credit = afterMediaLabel && isNameLine(f);
    afterMediaLabel = mediaViewerLabel(f) || (afterMediaLabel && !/[\p{L}\p{N}]/u.test(text));
    const note = text !== raw || isSelfReference(sentences[0] ?? '');
    const key = squash(text);
    const drop = credit || isBoilerplateLine(f, ctx) || (key.length > 40 && seen.has(key));
    if (!drop) seen.add(key);
    lines.push({ text, f, drop, note });
  }
  dropTail(lines, ctx.headings);
  const kept = lines.filter((l) => !l.drop);
  // After a long list, short last lines are list items, not sign-offs.
  const lastProse = kept.findLastIndex((l) => isLongProse(l.f));
  const list = lastProse >= 0 && kept.length - lastProse - 1 > MAX_TAIL_LINES;
  let end = kept.length;
  while (end > 1 && kept.length - end < 4 && ((!list && isShortLine(kept[end - 1].f)) || isTailMarker(kept[end - 1].f))) end--;
  return kept.slice(0, end).map((l) => l.text);
}
