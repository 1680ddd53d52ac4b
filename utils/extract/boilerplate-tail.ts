/**
 * End-of-article furniture. The tail of a body is what follows its last long
 * prose paragraph; there, short or unpunctuated lines (print-edition slugs,
 * sign-offs, datelines), contact and follow lines (a URL, an @handle or an
 * e-mail address) and reporter bios are page furniture, not article text.
 */
import type { LineFeatures } from './boilerplate-rules.ts';

/** A paragraph this long that ends like a sentence is article prose, and ends the search for the tail. */
export const LONG_PROSE_WORDS = 20;

const ROLE = String.raw`(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|author|intern|analyst|photographer|critic|reviewer|blogger|anchor|host|curator)s?`;
/** What follows a name in a bio, tested on lower-cased text so that "JO DOE IS A REPORTER" is caught too. */
const BIO_PREDICATE = new RegExp(
  [
    String.raw`^(?:is|was|has been|writes|covers|reports)\s(?:an?\s|the\s)?(?:[\p{L}'’&-]+,?\s){0,5}${ROLE}\b`,
    String.raw`^(?:writes|reports|blogs) (?:about|on|for)\b`,
    String.raw`^(?:has|had) (?:covered|reported on|written (?:about|for)|worked (?:at|for)|edited)\b.{1,100}?\b(?:since (?:\d{4}|the)|for (?:more than |over |nearly |almost |about )?(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|\p{L}+teen|twenty) (?:years?|decades?))\b`,
    String.raw`^joined\s.{1,60}?\bin\s(?:\p{L}+\s)?\d{4}\b`,
  ].join('|'),
  'u',
);

/**
 * True when the paragraph opens like a reporter bio: a capitalised name of one
 * to four words, then "is a … reporter", "has covered … since …", "joined … in 2007".
 */
export function isReporterBio(text: string): boolean {
  const tokens = text.split(' ');
  for (let k = 1; k <= 4 && k < tokens.length; k++) {
    if (!/^\p{Lu}[\p{L}.'’-]*,?$/u.test(tokens[k - 1])) break;
    if (BIO_PREDICATE.test(tokens.slice(k).join(' ').toLowerCase())) return true;
  }
  return false;
}

/** A URL, a web address, an @handle or an e-mail address. */
const CONTACT = /https?:\/\/|\bwww\.[\w-]+\.|(?:^|[\s(•|])@[A-Za-z0-9_]{2,}\b|[\w.+-]+@[\w-]+\.[\w.]+/;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;
/** Contact and follow prompts: "Follow her on Twitter @jdoe", "Reach the reporter at jo@example.com". */
const CONTACT_PROMPT = /\b(?:follow|contact|reach|e-?mail|write to|message)\b[^.!?]{0,60}?(?:@\w|https?:\/\/|www\.|[\w.+-]+@[\w-]+\.)/i;
/** An embedded post quoted in the article: its short link, or its "— Name (@handle) May 2, 2024" attribution. */
const EMBED = /\bpic\.twitter\.com\/|\bhttps?:\/\/t\.co\/|^[—–-]\s*[^()]{1,60}\(@\w+\)\s+\p{L}+\.? \d{1,2}, \d{4}$/u;
/** Navigation strip: three or more items separated by pipes ("Reprints | Today's Paper | Subscribe"). */
const PIPE_NAV = /(?:[^|]{1,40}\s\|\s){2,}[^|]{1,40}$/;

/** A furniture run longer than this is a list or a table (tour dates, a menu), which is content. */
export const MAX_TAIL_LINES = 10;

/** A short unpunctuated line: a slug, a sign-off, a fragment of a print-edition note. */
export const isShortLine = (f: LineFeatures): boolean => !f.sentence && f.words <= 6;

/**
 * A line that is furniture at the end of a body and marks where the furniture
 * starts: a contact or follow line, a reporter bio, a pipe-separated link strip.
 */
export function isTailMarker(f: LineFeatures): boolean {
  if (f.words <= 40 && EMAIL.test(f.text)) return true;
  if (f.words <= 60 && CONTACT.test(f.text) && !EMBED.test(f.text) && CONTACT_PROMPT.test(f.text)) return true;
  if (!f.sentence && f.words <= 40 && PIPE_NAV.test(f.text)) return true;
  return f.words <= 100 && isReporterBio(f.text);
}

/** True for a long prose paragraph: the tail is what follows the last one. */
export function isLongProse(f: LineFeatures): boolean {
  return f.sentence && f.words >= LONG_PROSE_WORDS && !isTailMarker(f);
}
