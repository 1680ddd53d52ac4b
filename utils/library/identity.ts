/**
 * Article and outlet identity. An article is its outlet plus its canonical URL when that URL is
 * on one of the outlet's own registrable domains; otherwise its outlet plus a hash of its
 * normalised text. So a syndicated copy (canonical URL pointing at another site) stays a
 * separate article of the outlet that served it. Ids and keys stay within the limits of
 * field-limits.ts: a canonical URL too long to export is treated as absent.
 */
import { getDomain } from 'tldts';
import { normalize } from '../text/index';
import type { OutletRef } from '../extract/types';
import { fitOutletName, MAX_DOMAIN_LENGTH, MAX_URL_LENGTH, OUTLET_NAME_ID_PREFIX } from './field-limits';

/** 53-bit string hash (cyrb53) as 14 hex digits: collision-safe for millions of texts. */
export function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** Hash of an article's normalised body text. */
export function articleTextHash(paragraphs: readonly string[]): string {
  return textHash(normalize(paragraphs.join('\n')));
}

/** Registrable domain of an http(s) URL, else null (also when longer than a DNS name can be). */
export function registrableDomain(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    const domain = getDomain(url);
    return domain && domain.length <= MAX_DOMAIN_LENGTH ? domain : null;
  } catch {
    return null;
  }
}

/** Canonical form of a URL for identity: no fragment, lower-case host, no trailing slash. */
export function canonicalForm(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    const s = `${u.protocol}//${u.host.toLowerCase()}${u.pathname.replace(/\/+$/, '')}${u.search}`;
    return s.replace(/^http:/, 'https:');
  } catch {
    return url.trim();
  }
}

/** Outlet id for a newly seen outlet: its domain, else `name:<display name>` (the name clamped as stored). */
export function newOutletId(outlet: OutletRef): string {
  if (outlet.domain && outlet.domain.length <= MAX_DOMAIN_LENGTH) return outlet.domain;
  return `${OUTLET_NAME_ID_PREFIX}${fitOutletName(outlet.name) || 'Unknown'}`;
}

/** Separator between the outlet id and the rest of an article key. */
export const KEY_SEP = '|';

/**
 * Identity key of an article under `outletId` whose outlet owns `domains`: by canonical URL when
 * its canonical form is at most MAX_URL_LENGTH long, else by text (so a key fits MAX_KEY_LENGTH).
 */
export function articleKey(
  outletId: string, domains: readonly string[], canonicalUrl: string | null, paragraphs: readonly string[],
): string {
  const d = canonicalUrl && canonicalUrl.length <= MAX_URL_LENGTH ? registrableDomain(canonicalUrl) : null;
  const form = canonicalUrl && d && domains.includes(d) ? canonicalForm(canonicalUrl) : '';
  if (form && form.length <= MAX_URL_LENGTH) return `${outletId}${KEY_SEP}u:${form}`;
  return `${outletId}${KEY_SEP}t:${articleTextHash(paragraphs)}`;
}

/** The same key moved under another outlet id (an export moving an outlet's articles to its fitted id). */
export function rekey(key: string, fromOutletId: string, toOutletId: string): string {
  return key.startsWith(fromOutletId + KEY_SEP) ? toOutletId + key.slice(fromOutletId.length) : key;
}
