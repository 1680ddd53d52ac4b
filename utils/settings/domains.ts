/**
 * Domain lists typed by the reader (blocklist, allowlist): parsing a textarea into clean
 * entries, and matching a page's host name against them.
 *
 * An entry is either a host name (`paypal.com`, `mail.google.com`), which matches that host and
 * all its subdomains, or a pattern with `*` labels (`*.bank`, `mychart.*`), where `*` stands for
 * one or more labels. The allowlist is matched by registrable domain (via `tldts`), because a
 * reader who lists `www.bbc.co.uk` means the whole site.
 */
import { getDomain } from 'tldts';

/** Result of {@link parseDomainList}: clean entries, and the tokens that were not domains. */
export interface ParsedDomainList {
  entries: string[];
  invalid: string[];
  /**
   * Entries kept that are a single word (`bbc`, `mybank`): they match only a host of exactly that
   * name, which is rarely what a reader means (`bbc.com`), so the options page asks.
   */
  bare: string[];
}

/** True for an entry of one label without `*` (other than `localhost`, a real host name). */
function isBare(entry: string): boolean {
  return !entry.includes('.') && !entry.includes('*') && entry !== 'localhost';
}

const LABEL = /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/;

/** One token (a domain, a pattern or a URL) as a clean entry, or null when it is not one. */
export function normaliseDomainEntry(token: string): string | null {
  let t = token.trim().toLowerCase();
  if (!t) return null;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//.exec(t);
  if (scheme) t = t.slice(scheme[0].length);
  t = t.replace(/^[^@/]*@/, ''); // user:pass@
  t = t.split(/[/?#]/, 1)[0].replace(/:\d*$/, '').replace(/\.+$/, '');
  if (!t.includes('*')) t = toAsciiHost(t) ?? '';
  if (!t) return null;
  const labels = t.split('.');
  if (labels.some((l) => l !== '*' && !LABEL.test(l))) return null;
  if (labels.every((l) => l === '*')) return null; // "*" alone would block (or allow) everything
  if (labels[0] === 'www' && labels.length > 2) return labels.slice(1).join('.');
  return t;
}

function toAsciiHost(host: string): string | null {
  if (/^[a-z0-9.-]+$/.test(host)) return host;
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return null;
  }
}

/** Parses a textarea (one entry per line; commas, spaces and `#` comments allowed). */
export function parseDomainList(text: string): ParsedDomainList {
  const entries: string[] = [];
  const invalid: string[] = [];
  const bare: string[] = [];
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    for (const token of line.split(/[\s,;]+/)) {
      if (!token) continue;
      if (token.startsWith('#')) break; // the rest of the line is a comment
      const entry = normaliseDomainEntry(token);
      if (entry === null) invalid.push(token);
      else if (!seen.has(entry)) {
        seen.add(entry);
        entries.push(entry);
        if (isBare(entry)) bare.push(entry);
      }
    }
  }
  return { entries, invalid, bare };
}

/** The clean, deduplicated entries of a textarea (invalid tokens are dropped). */
export function normaliseDomainList(text: string): string[] {
  return parseDomainList(text).entries;
}

const patternCache = new Map<string, RegExp>();

function patternRegExp(pattern: string): RegExp {
  let re = patternCache.get(pattern);
  if (!re) {
    const body = pattern.split('.').map((l) => (l === '*' ? '.+' : l)).join('\\.');
    re = new RegExp(`^${body}$`);
    if (patternCache.size > 1000) patternCache.clear();
    patternCache.set(pattern, re);
  }
  return re;
}

/** Cleans a page's host name for matching: lower-case, no trailing dot. */
function cleanHost(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.+$/, '');
}

/** True when `hostname` matches one entry (host and its subdomains, or a `*` pattern). */
export function hostMatchesEntry(hostname: string, entry: string): boolean {
  const host = cleanHost(hostname);
  if (!host || !entry) return false;
  if (entry.includes('*')) return patternRegExp(entry).test(host);
  return host === entry || host.endsWith(`.${entry}`);
}

/** True when the page's host is on the blocklist. */
export function isHostBlocked(hostname: string, blocklist: readonly string[]): boolean {
  return blocklist.some((entry) => hostMatchesEntry(hostname, entry));
}

/** The registrable domain of a host (`news.bbc.co.uk` → `bbc.co.uk`), else the host itself. */
export function siteOf(hostname: string): string {
  const host = cleanHost(hostname);
  return getDomain(host) ?? host;
}

/** True when the page's host is on the allowlist: same registrable domain as an entry, or a pattern match. */
export function isHostAllowed(hostname: string, allowlist: readonly string[]): boolean {
  const site = siteOf(hostname);
  return allowlist.some((entry) =>
    entry.includes('*') ? hostMatchesEntry(hostname, entry) : siteOf(entry) === site || hostMatchesEntry(hostname, entry),
  );
}
