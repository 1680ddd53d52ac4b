/**
 * Page metadata read straight from the document head: meta tags, JSON-LD,
 * <time>, <html lang> and link[rel=canonical]. Pure reads; never mutates.
 */
import { normaliseSpace } from './normalise.ts';

/** Lower-cased meta name/property/itemprop → first non-empty content. */
export function readMetaTags(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const content = normaliseSpace(meta.getAttribute('content') ?? '');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      for (const key of (meta.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key && !map.has(key)) map.set(key, content);
      }
    }
  }
  return map;
}

/** Every JSON-LD object on the page, flattened through arrays and @graph. */
export function readJsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6 || out.length > 200 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    const obj = value as Record<string, unknown>;
    out.push(obj);
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')), 0);
    } catch {
      /* malformed JSON-LD is common; ignore it */
    }
  }
  return out;
}

/** True when a top-level JSON-LD object of the page (readJsonLd) has a `@type` matching `type`. */
export function hasJsonLdType(jsonLd: readonly Record<string, unknown>[], type: RegExp): boolean {
  return jsonLd.some((o) => [o['@type']].flat().some((t) => typeof t === 'string' && type.test(t)));
}

/** Parse a date string to ISO 8601, or null when it is not a plausible date. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  if (!/\d{4}|\d{1,2}\s+\w+\s+\d{2,4}/.test(text)) return null;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  return year >= 1900 && year <= 2200 ? new Date(ms).toISOString() : null;
}

const DATE_META_KEYS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate',
  'publish-date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'date',
];

/** Published time: meta tags, then JSON-LD datePublished, then <time datetime>, then `fallback`. */
export function readPublishedTime(
  doc: Document,
  meta: Map<string, string>,
  jsonLd: Record<string, unknown>[],
  fallback?: string | null,
): string | null {
  for (const key of DATE_META_KEYS) {
    const iso = toIsoDate(meta.get(key));
    if (iso) return iso;
  }
  for (const obj of jsonLd) {
    const iso = typeof obj.datePublished === 'string' ? toIsoDate(obj.datePublished) : null;
    if (iso) return iso;
  }
  for (const time of Array.from(doc.querySelectorAll('time[datetime]')).slice(0, 5)) {
    const iso = toIsoDate(time.getAttribute('datetime'));
    if (iso) return iso;
  }
  return toIsoDate(fallback);
}

/** `<html lang>` as a BCP 47-looking tag (underscores fixed), else null. */
export function readLang(doc: Document): string | null {
  const raw = (doc.documentElement?.getAttribute('lang') ?? '').trim().replace(/_/g, '-');
  return /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(raw) ? raw : null;
}

/** Absolute http(s) URL from `href` resolved against `base`, else null (rejects javascript:, data:, …). */
export function toHttpUrl(href: string | null | undefined, base?: string | null): string | null {
  if (!href || !href.trim()) return null;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** link[rel=canonical], then og:url, then the page URL; each only as absolute http(s). */
export function readCanonicalUrl(doc: Document, meta: Map<string, string>, pageUrl: string | null): string | null {
  const link = doc.querySelector('link[rel~="canonical" i]') ?? doc.querySelector('link[rel="canonical"]');
  return (
    toHttpUrl(link?.getAttribute('href'), pageUrl) ??
    toHttpUrl(meta.get('og:url'), pageUrl) ??
    toHttpUrl(pageUrl)
  );
}
