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

/** What else is known about the page, to spot repeated bylines and titles. */
export interface BoilerplateContext {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  /** Texts of the page's sub-headings: all-caps headings are kept. */
  headings?: ReadonlySet<string>;
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

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
  const f = lineFeatures(paragraph);
  if (!f.text) return true;
  if (!/[\p{L}\p{N}]/u.test(f.text)) return true;
  if (ctx.byline && f.words <= 12 && squash(f.text).includes(squash(ctx.byline)) && squash(ctx.byline).length > 3 && !f.sentence) return true;
  if (ctx.title && squash(f.text) === squash(ctx.title)) return true;
  if (ctx.siteName && squash(f.text) === squash(ctx.siteName)) return true;
  return (ctx.headings?.has(f.text) ? HEADING_RULES : FEATURE_RULES).some((rule) => rule(f));
}

/**
 * Lines that are furniture only at the end of a body: author bios ("Jo Doe is
 * a reporter for …"), contact lines with an e-mail address, and short
 * unpunctuated sign-offs (agency or section names).
 */
export function isTrailingFurniture(paragraph: string): boolean {
  const f = lineFeatures(paragraph);
  if (f.words <= 6 && !f.sentence) return true;
  if (f.words <= 40 && /[\w.+-]+@[\w-]+\.[\w.]+/.test(f.text)) return true;
  return f.words <= 40 && /^(?:[\p{Lu}][\p{L}.'’-]*\s){1,3}(?:is|was|has been|writes|covers)\s(?:an?\s|the\s)?(?:[\p{L}-]+\s){0,4}(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|author|intern|analyst)\b/u.test(f.text);
}

/** Drop boilerplate paragraphs, trailing furniture and exact duplicates, keeping reading order. */
export function removeBoilerplate(paragraphs: string[], ctx: BoilerplateContext = {}): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of paragraphs) {
    const text = normaliseSpace(p);
    if (isBoilerplate(text, ctx)) continue;
    const key = squash(text);
    if (key.length > 40 && seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  let end = out.length;
  while (end > 1 && out.length - end < 4 && isTrailingFurniture(out[end - 1])) end--;
  return out.slice(0, end);
}
