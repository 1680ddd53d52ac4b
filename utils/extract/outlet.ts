/** The outlet that served a page: registrable domain of the page URL, display name from metadata. */
import { getDomain } from 'tldts';
import type { OutletRef } from './types.ts';
import { normaliseSpace } from './normalise.ts';

/** Registrable domain (eTLD+1) of an http(s) URL, else null. */
export function domainOf(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return getDomain(url) ?? null;
  } catch {
    return null;
  }
}

/** File name without directory and last extension ("news/bbc.html" → "bbc"). */
export function baseName(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = last.lastIndexOf('.');
  return dot > 0 ? last.slice(0, dot) : last;
}

/**
 * Outlet of a page. The domain comes from the page URL, never the canonical
 * URL: a syndicated copy is attributed to the site that served it. Name:
 * og:site_name, application-name, domain, file name, else "Unknown".
 */
export function readOutlet(meta: Map<string, string>, pageUrl: string | null, fileName?: string): OutletRef {
  const domain = domainOf(pageUrl);
  const clean = (s: string | undefined) => {
    const t = normaliseSpace(s ?? '');
    return t && t.length <= 100 && !/^https?:/i.test(t) ? t : '';
  };
  const label = (domain ?? '').split('.')[0];
  // "Site | Tagline" → "Site" when the first part names the domain.
  const trimTagline = (s: string) => {
    const first = s.split(/\s+[|–—-]\s+|\s*\|\s*/)[0];
    return first !== s && label && first.toLowerCase().replace(/[^a-z0-9]/g, '') === label.replace(/[^a-z0-9]/g, '') ? first : s;
  };
  const name =
    trimTagline(clean(meta.get('og:site_name'))) ||
    clean(meta.get('application-name')) ||
    domain ||
    (fileName ? baseName(fileName) : '') ||
    'Unknown';
  return { domain, name };
}
