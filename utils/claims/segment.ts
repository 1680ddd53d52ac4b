/**
 * Sentence splitting: `Intl.Segmenter` (any language, including CJK without
 * spaces, Arabic and Hebrew) as the base, repaired for abbreviations, initials,
 * numbers, ellipses and quotations. Spans are offsets into the input text with
 * surrounding whitespace trimmed out.
 */
import { shouldJoin } from './abbreviations.ts';
import { CLOSED, advanceQuotes } from './quotes.ts';

/** A sentence as offsets into the text it came from: text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter | null>();

/** A cached sentence segmenter for `lang`, or null where `Intl.Segmenter` is missing. */
function segmenterFor(lang: string | null | undefined): Intl.Segmenter | null {
  const key = lang ?? '';
  if (!segmenters.has(key)) {
    let seg: Intl.Segmenter | null = null;
    if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
      try {
        seg = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
      } catch {
        seg = new Intl.Segmenter(undefined, { granularity: 'sentence' });
      }
    }
    segmenters.set(key, seg);
  }
  return segmenters.get(key) ?? null;
}

/** Texts are segmented in pieces of about this many characters (see `pieces`). */
const PIECE = 2000;
/** Only this much of each side of a boundary is looked at when repairing it. */
const CONTEXT = 200;

/**
 * Cuts long text into pieces for the segmenter. V8's segment objects each copy
 * the whole input string, so one call over 200 KB with thousands of sentences
 * runs out of memory. Pieces end after a sentence terminator and its spacing
 * (a real boundary) or, failing that, at a space (not a boundary).
 */
function pieces(text: string): Array<{ start: number; end: number; boundary: boolean }> {
  const out: Array<{ start: number; end: number; boundary: boolean }> = [];
  let start = 0;
  while (text.length - start > PIECE) {
    const window = text.slice(start + PIECE / 2, start + PIECE);
    let cut = -1;
    let boundary = false;
    for (const m of window.matchAll(/[.!?。！？؟]["”’»」』)]*\s+/gu)) cut = m.index + m[0].length;
    if (cut > 0) boundary = true;
    else for (const m of window.matchAll(/\s+/g)) cut = m.index + m[0].length;
    let end = start + PIECE / 2 + (cut > 0 ? cut : window.length);
    const code = text.charCodeAt(end - 1);
    if (cut <= 0 && code >= 0xd800 && code <= 0xdbff) end--; // never split a surrogate pair
    out.push({ start, end, boundary });
    start = end;
  }
  out.push({ start, end: text.length, boundary: false });
  return out;
}

/** Raw boundary offsets (segment starts, after 0) from the segmenter or a regex fallback. */
function rawBoundaries(text: string, lang?: string | null): number[] {
  const seg = segmenterFor(lang);
  const out: number[] = [];
  if (seg) {
    for (const p of pieces(text)) {
      for (const s of seg.segment(text.slice(p.start, p.end))) if (s.index > 0) out.push(p.start + s.index);
      if (p.boundary) out.push(p.end);
    }
    return out;
  }
  for (const m of text.matchAll(/[.!?。！？؟…]+["”’»」』)]*(\s+|(?<=[。！？]["”」』]*))/gu)) {
    out.push(m.index + m[0].length);
  }
  return out.filter((i) => i > 0 && i < text.length);
}

const OPENERS = /["“‘«„「『(\[]+$/u;

/** Moves a boundary that left an opening quote at the end of the previous sentence (ICU does this in CJK). */
function fixOpeners(text: string, bounds: number[]): number[] {
  return bounds.map((b, k) => {
    const before = text.slice(k > 0 ? bounds[k - 1] : 0, b).trimEnd();
    const m = OPENERS.exec(before);
    if (!m) return b;
    const head = before.slice(0, -m[0].length);
    // Only when a terminator precedes the opener; a straight quote may be closing one.
    if (!/[.!?。！？؟…]$/u.test(head) || m[0].startsWith('"')) return b;
    const at = (k > 0 ? bounds[k - 1] : 0) + head.length;
    // German „…“: here “ closes the quotation and stays with its sentence.
    if (m[0].startsWith('“') && advanceQuotes(text.slice(0, at), CLOSED).low > 0) return b;
    return at;
  });
}

/**
 * German function words, in lower case, that English text does not use, even in names ("Der
 * Spiegel", "von der Leyen", "Alternative für Deutschland", "MIT" are left out).
 */
const GERMAN_WORDS = /\b(?:und|nicht|ist|ein|eine|sich|wird|sind|auch|nach|bei|werden|wurde|haben|hat|oder|aber|noch|über)\b/g;
/** Distinct German function words that make untagged text German. */
const MIN_GERMAN_WORDS = 4;

/** The language to repair boundaries for: the page's, or German when untagged text reads as German. */
function repairLanguage(text: string, lang?: string | null): string | null {
  if (lang) return lang;
  const found = new Set(text.slice(0, 2000).match(GERMAN_WORDS) ?? []);
  return found.size >= MIN_GERMAN_WORDS ? 'de' : null;
}

/** Splits `text` into sentences; spans are ordered, non-overlapping and trimmed of whitespace. */
export function splitSentences(text: string, lang?: string | null): Span[] {
  const repairLang = repairLanguage(text, lang);
  const bounds = fixOpeners(text, rawBoundaries(text, lang));
  const cuts = [0, ...bounds, text.length];
  const merged: Span[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const span = { start: cuts[k], end: cuts[k + 1] };
    if (span.end <= span.start) continue;
    const last = merged[merged.length - 1];
    const prev = last && text.slice(Math.max(last.start, last.end - CONTEXT), last.end);
    if (last && shouldJoin(prev, text.slice(span.start, Math.min(span.end, span.start + CONTEXT)), repairLang)) last.end = span.end;
    else merged.push(span);
  }
  const out: Span[] = [];
  for (const s of merged) {
    const slice = text.slice(s.start, s.end);
    const lead = slice.length - slice.trimStart().length;
    const trail = slice.length - slice.trimEnd().length;
    if (lead + trail < slice.length) out.push({ start: s.start + lead, end: s.end - trail });
  }
  return out;
}
