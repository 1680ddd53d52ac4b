/**
 * The byline of a page, cleaned for display: Readability's byline (else the author meta tag) without
 * its "By " prefix, the separators around it (· | • – — , …) and the date or time a byline line
 * usually carries ("Jane Doe · 10 March 2026"). Names keep their own hyphens and commas
 * ("Okafor-Reyes", "A, B and C").
 */
import { normaliseSpace } from './normalise.ts';

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)`;

/**
 * Where date or time text starts: a weekday before a date, "March 10" / "10 March", a year, a
 * numeric date, a clock time, "3 hours ago", or an "Updated" / "Published" label.
 */
const DATE_START = new RegExp(
  String.raw`\b(?:${WEEKDAY}?(?:${MONTH}\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?![a-z])|(?:1[89]|2[01])\d\d\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\d{1,2}:\d\d\b|\d+\s*(?:h|hrs?|hours?|m|mins?|minutes?|days?|weeks?)\s+ago\b)|(?:last\s+)?(?:updated|published|posted|modified)\b)`,
  'i',
);

/** Separators between the parts of a byline line; a hyphen only with spaces around it. */
const SEPARATOR = /(\s*[·•|‧∙⋅]\s*|\s+[-–—]\s+|\s*[–—]\s*)/;

/** Punctuation and separators that may be left at either end. */
const EDGE = /^[\s,;:/|·•‧∙⋅–—-]+|[\s,;:/|·•‧∙⋅–—-]+$/g;

/**
 * The name part of one byline line: parts that are only a date are skipped before the names,
 * and the first date after a name ends the byline.
 */
function withoutDates(line: string): string {
  const pieces = line.split(SEPARATOR);
  let out = '';
  let pendingSep = '';
  for (let i = 0; i < pieces.length; i += 2) {
    const piece = pieces[i];
    const at = piece.search(DATE_START);
    const name = (at < 0 ? piece : piece.slice(0, at)).replace(EDGE, '');
    if (name) {
      out += (out ? pendingSep : '') + name;
    }
    if (at >= 0 && out) break;
    pendingSep = pieces[i + 1] ?? '';
  }
  return out;
}

/** Byline: Readability's, else meta author; cleaned as the module says; null when empty or implausibly long. */
export function cleanByline(readabilityByline: string | null | undefined, meta: Map<string, string>): string | null {
  const raw = normaliseSpace(readabilityByline || meta.get('author') || meta.get('article:author') || '');
  const text = withoutDates(raw.replace(EDGE, '').replace(/^by[:\s]+/i, '')).replace(EDGE, '').replace(/^by[:\s]+/i, '').trim();
  if (!text || text.length > 150 || /^https?:/i.test(text)) return null;
  return text;
}
