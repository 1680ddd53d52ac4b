/**
 * Headline clean-up: strips site names and breadcrumbs glued to a title,
 * e.g. "Home › World › Floods hit the coast | The Daily Example".
 */
import { normaliseSpace } from './normalise.ts';

const SPLIT = /\s+[|–—\-·•:»›>\/~]\s+|\s*[|»›]\s*/;
const BREADCRUMB_SEP = /\s*[»›>]\s*|\s+\/\s+/;

/** Lower-case letters and digits only, for loose comparisons with a site name or domain. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** True when `segment` names the site (site name, domain or its first label). */
function isSiteSegment(segment: string, siteNames: string[]): boolean {
  const s = squash(segment);
  if (!s) return true;
  return siteNames.some((name) => {
    const n = squash(name);
    return n.length > 1 && (s === n || (s.length >= 4 && (n.includes(s) || s.includes(n)) && words(segment) <= 5));
  });
}

/**
 * Clean a raw title. `siteNames` are strings that identify the outlet
 * (og:site_name, domain, domain label). Never returns an empty string when
 * the input had text.
 */
export function cleanTitle(raw: string, siteNames: string[]): string {
  let title = normaliseSpace(raw);
  if (!title) return '';
  // Breadcrumbs: "Home > News > Headline" → keep the last long segment.
  const crumbs = title.split(BREADCRUMB_SEP).filter(Boolean);
  if (crumbs.length >= 3 && words(crumbs[crumbs.length - 1]) >= 3) title = crumbs[crumbs.length - 1];
  // Trailing and leading site segments: "Headline | Site", "Site - Headline".
  for (let guard = 0; guard < 4; guard++) {
    const parts = title.split(SPLIT);
    if (parts.length < 2) break;
    const sepMatch = title.match(new RegExp(SPLIT.source, 'g')) ?? [];
    const last = parts[parts.length - 1];
    const first = parts[0];
    if (isSiteSegment(last, siteNames) || (sepMatch[sepMatch.length - 1]?.includes('|') && words(last) <= 4 && words(title) - words(last) >= 4)) {
      title = title.slice(0, title.length - last.length).replace(new RegExp(`(${SPLIT.source})$`), '').trim();
      continue;
    }
    if (isSiteSegment(first, siteNames) && words(title) - words(first) >= 3) {
      title = title.slice(first.length).replace(new RegExp(`^(${SPLIT.source})`), '').trim();
      continue;
    }
    break;
  }
  return title || normaliseSpace(raw);
}
