/**
 * Datelines: the "LIMA, March 14 (Reuters) - " or "WASHINGTON — " that wires put before a story's
 * first sentence. Outlets keep, change or drop it when they run the copy, so a claim that kept it
 * would differ from the same sentence elsewhere by a city, a date and an agency (and show a
 * "changed number" for the date). Claims start after it; the article text keeps it.
 */

/** A city in capitals, or in title case when an agency in brackets follows ("Washington (CNN)"). */
const CITY = String.raw`(?:\p{Lu}[\p{Lu}\p{M}.'’-]+(?:\s+\p{Lu}[\p{Lu}\p{M}.'’-]+){0,3}|\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]+){0,2}(?=(?:,[^,()]{1,30})?\s*\())`;
/** ", Oct. 10", ", March 14, 2026", ", Ukraine", ", D.C.". */
const PLACE_OR_DATE = String.raw`(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?(?:\s+\d{1,2})?(?:,\s*\d{4})?)?`;
/** "(Reuters)", "(AP)". */
const AGENCY = String.raw`(?:\s*\([^()\n]{1,40}\))?`;
const DATELINE = new RegExp(String.raw`^\s*${CITY}${PLACE_OR_DATE}${AGENCY}\s*(?:--?|[–—]|:)\s+(?=["“'‘\p{L}\p{N}])`, 'u');

/** Length of the dateline that opens `paragraph`, or 0 when it has none. */
export function datelineLength(paragraph: string): number {
  return DATELINE.exec(paragraph)?.[0].length ?? 0;
}
