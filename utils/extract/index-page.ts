/**
 * Pages that list other articles (a section front, a topic or tag page, an author's page) are not
 * articles: each teaser is the lead of another story, and storing such a page would make it look
 * like one more report of every one of them. Readability still returns a "body" for many of them:
 * the list of teasers. What gives the list away is the extracted body itself, in one of two shapes:
 * - teasers under headings that link to their stories, each heading followed by a sentence or two
 *   (a section front; one of Readability's own test pages is one);
 * - cards that are links as a whole: most of the body's text is link text, many links headlines.
 * An article's subheadings do not link elsewhere, or (a listicle's items) head long sections, or
 * (a live blog's updates) link back to the page itself; it links a few words here and there, and a
 * "related stories" list is a small part of its text.
 * Measured on Readability's 130 test pages and the 181-page extraction benchmark: no article is
 * refused (the most link-heavy, a "10 things in tech today" digest, has 0.40 of its text in links;
 * the most linked headings, 8, head sections of 1,245 characters on average).
 */

/** Counts of an extracted body's text and links (see {@link linkProfile}). */
export interface LinkProfile {
  /** Characters of text (whitespace collapsed). */
  chars: number;
  /** Characters of text inside links. */
  linkChars: number;
  /** Distinct link targets whose text reads like a headline (at least {@link HEADLINE_WORDS} words). */
  headlineLinks: number;
  /** Headings that are (mostly) a headline link to another page: a teaser's title. */
  linkedHeadings: number;
}

/** Words a link's text needs to count as a headline. */
export const HEADLINE_WORDS = 4;
/** A body of cards: at least this share of its text is link text... */
export const INDEX_LINK_SHARE = 0.5;
/** ...with at least this many headline links to different pages. */
export const INDEX_HEADLINE_LINKS = 6;
/** A body of teasers: at least this many linked headings... */
export const INDEX_LINKED_HEADINGS = 5;
/** ...with at most this many characters of text per linked heading on average. */
export const TEASER_CHARS = 500;

/** Text length with whitespace collapsed. */
function textLength(s: string | null): number {
  return (s ?? '').replace(/\s+/g, ' ').trim().length;
}

/**
 * True when `href` leads to another page than `page`: not a fragment, not another scheme, and not
 * the page's own address (a live blog's permalinks to its updates stay on the page).
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
  const path = (u: URL) => u.pathname.replace(/\/+$/, '');
  return !page || url.host !== page.host || path(url) !== path(page);
}

/** The text and link counts of `body` (Readability's extracted element) of the page at `pageUrl`. */
export function linkProfile(body: Element, pageUrl: string | null = null): LinkProfile {
  let page: URL | null = null;
  try {
    page = pageUrl ? new URL(pageUrl) : null;
  } catch {
    page = null;
  }
  let linkChars = 0;
  const headlines = new Set<string>();
  for (const a of body.querySelectorAll('a')) {
    // A link inside a link is counted with its outer one.
    if (a.parentElement?.closest('a')) continue;
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    linkChars += text.length;
    const href = a.getAttribute('href') ?? '';
    if (leadsElsewhere(href, page) && text.split(' ').length >= HEADLINE_WORDS) headlines.add(href);
  }
  let linkedHeadings = 0;
  for (const h of body.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const text = textLength(h.textContent);
    const linked = [...h.querySelectorAll('a')].filter((a) => leadsElsewhere(a.getAttribute('href') ?? '', page));
    const words = (h.textContent ?? '').trim().split(/\s+/).length;
    if (words >= HEADLINE_WORDS && linked.reduce((n, a) => n + textLength(a.textContent), 0) >= 0.8 * text) linkedHeadings++;
  }
  return { chars: textLength(body.textContent), linkChars, headlineLinks: headlines.size, linkedHeadings };
}

/** True when a body with this profile is a list of other articles' teasers, not an article. */
export function isIndexPage(p: LinkProfile): boolean {
  const cards = p.chars > 0 && p.linkChars / p.chars >= INDEX_LINK_SHARE && p.headlineLinks >= INDEX_HEADLINE_LINKS;
  const teasers = p.linkedHeadings >= INDEX_LINKED_HEADINGS && p.chars <= TEASER_CHARS * p.linkedHeadings;
  return cards || teasers;
}
