/**
 * Datelines: the "LIMA, March 14 (Reuters) - " or "WASHINGTON — " that wires put before a story's
 * first sentence. Outlets keep, change or drop it when they run the copy, so a claim that kept it
 * would differ from the same sentence elsewhere by a city, a date and an agency (and show a
 * "changed number" for the date). The first claim starts after it; the article text keeps it.
 * Only an opening paragraph can open with one (claims.ts), and only in a dateline's shapes: a city in capitals
 * followed by a date, an agency or a capitalised sentence, or a city in title case followed by an
 * agency, an agency alone ("(CNN)President …", "(Reuters) — "), or a city of two words before a
 * colon ("NEW DELHI: India …"). "NATO - the alliance …",
 * "NATO — Europe's main military alliance — said …", "U.S. - China talks …", "Lindsey Graham
 * (R-S.C.) — who …", "ZELENSKY: We …" and "BREAKING NEWS: …" are sentences, not datelines (so
 * is "ISLAMABAD: …", which cannot be told from a speaker).
 */

/** A city in capitals: words of two or more capital letters ("ST. LOUIS"), no initialism with inner full stops ("U.S."). */
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}'’-]*\p{Lu}\.?`;
const CAPS_CITY = String.raw`${CAPS_WORD}(?:(?:\s+|/)${CAPS_WORD}){0,3}`;
/** Labels in capitals that open a sentence, not a dateline ("BREAKING NEWS: …", "FACT CHECK: …"). */
const LABEL = String.raw`(?!(?:BREAKING|UPDATE|UPDATED|EXCLUSIVE|WATCH|LIVE|OPINION|ANALYSIS|EDITORIAL|CORRECTION|CORRECTED|VIDEO|PHOTOS|FACT|FACTBOX|EXPLAINER|SPOILER|EDITOR'?S)\b)`;
/** Not a label in brackets opening a paragraph ("(Updated)", "(Video)", "(Opinion)"), which is no agency. */
const LABEL_IN_BRACKETS = String.raw`(?!\s*\((?:Updated?|Update|Video|Photos?|Opinion|Analysis|Editorial|Correction|Corrected|Exclusive|Live|Watch|Listen|Audio|Graphic|Sponsored|Advertisement|Ad)\))`;
/** A city in title case ("Washington", "Kyiv"). */
const TITLE_CITY = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]+){0,2}`;
/** ", Oct. 10", ", March 14, 2026", ", Ukraine", ", D.C.", ", United Arab Emirates". */
const PLACE_OR_DATE = String.raw`,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}(?:\s+\d{1,2})?(?:,\s*\d{4})?`;
/** "(Reuters)", "(AP)", "(The Hill)": a capitalised name without hyphens ("(R-S.C.)" is a party tag). */
const AGENCY = String.raw`\s*\((?:\p{Lu}[\p{L}.&]*)(?:\s+\p{Lu}[\p{L}.&]*){0,2}\)`;
const DASH = String.raw`\s*(?:--?|[–—])\s+`;

const DATELINE = new RegExp(
  String.raw`^\s*(?:` +
    // LIMA, March 14 (Reuters) -  /  LONDON (Reuters) -  /  NEW DELHI, Jan 5:  /  WASHINGTON — The …
    String.raw`${CAPS_CITY}(?:${PLACE_OR_DATE}(?:${AGENCY})?|${AGENCY})(?:${DASH}|\s*:\s+)(?=["“'‘\p{L}\p{N}])` +
    // NEW DELHI: India said …  (a city of two words or more: one word before a colon is as often a
    // speaker in a transcript, "ZELENSKY: We …", as a city, "ISLAMABAD: …")
    String.raw`|${LABEL}(?=\p{Lu}+\.?\s+\p{Lu})${CAPS_CITY}:\s+(?=\p{Lu})` +
    // WASHINGTON — The …, but not "NATO — Europe's main military alliance — said …" (a second dash
    // before a lower-case word in the same sentence closes an aside about the subject)
    String.raw`|${CAPS_CITY}${DASH}(?=["“'‘]?\p{Lu})(?![^.!?]*?${DASH}\p{Ll})` +
    // Washington (CNN) —  /  Kyiv, Ukraine (AP) —  /  Hong Kong (CNN Business)A … (no space, as CNN's pages run it)
    String.raw`|${TITLE_CITY}(?:${PLACE_OR_DATE})?${AGENCY}(?:${DASH}(?=["“'‘\p{L}\p{N}])|(?=\p{Lu}))` +
    // (CNN)President …  /  (Reuters) — The …: an agency alone opening the paragraph
    String.raw`|${LABEL_IN_BRACKETS}${AGENCY}(?:${DASH}(?=["“'‘\p{L}\p{N}])|\s*(?=\p{Lu}))` +
  String.raw`)`,
  'u',
);

/** Length of the dateline that opens `paragraph` (an opening one), or 0 when it has none. */
export function datelineLength(paragraph: string): number {
  return DATELINE.exec(paragraph)?.[0].length ?? 0;
}
