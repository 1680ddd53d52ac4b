/**
 * Whether a link in an extracted body leads to another page, for the index-page test
 * (index-page.ts): a live blog's update headings link to permalinks of the page itself, which must
 * not make it look like a list of other articles. The same page is recognised across the forms
 * one address takes: `www.`, `m.` or `amp.` hosts, an `/amp` path, a later page (`/page/2`), a
 * trailing slash, letter case and percent-encoding; the query and fragment never matter.
 */

/** Host and path of `url` in a form shared by the addresses of one page. */
function pageKey(url: URL): string {
  const host = url.host.toLowerCase().replace(/^(?:www|m|mobile|amp)\./, '');
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    /* keep it encoded */
  }
  path = path.toLowerCase().replace(/\/+$/, '').replace(/\/page\/\d+$/, '').replace(/^\/amp(?=\/)|\/amp$/, '');
  return `${host}${path}`;
}

/**
 * True when `href` leads to another page than `page`: not a fragment, not another scheme, and not
 * the page's own address in any of its forms. Without a page address, any http(s) link counts.
 */
export function leadsElsewhere(href: string, page: URL | null): boolean {
  if (!href || href.startsWith('#')) return false;
  let url: URL;
  try {
    url = new URL(href, page ?? undefined);
  } catch {
    return !page; // a relative link with no page address to resolve it against
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return !page || pageKey(url) !== pageKey(page);
}
