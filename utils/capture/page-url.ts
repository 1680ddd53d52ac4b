/**
 * When two addresses name the same page for the tab cache: a tab's address keeps a text
 * fragment's directive (`#:~:text=…`, as in the sidebar's "Open article" links) while the page's
 * own `location.href` drops it, so addresses are compared without it. Any other difference,
 * including an ordinary `#anchor`, is a different address. Also a URL's host name for the screens that name a site.
 */

/** `url` without its fragment directive (`:~:` and what follows), and without a `#` left empty by it. */
export function withoutFragmentDirective(url: string): string {
  const at = url.indexOf(':~:');
  if (at < 0 || url.indexOf('#') < 0 || url.indexOf('#') > at) return url;
  const cut = url.slice(0, at);
  return cut.endsWith('#') ? cut.slice(0, -1) : cut;
}

/** True when `a` and `b` are the same page's address (see the module comment). */
export function samePageUrl(a: string, b: string): boolean {
  return a === b || withoutFragmentDirective(a) === withoutFragmentDirective(b);
}

/** Host name of a URL, or the URL itself when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
