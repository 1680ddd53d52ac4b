/**
 * Pages that list other articles (a section front, a topic or tag page, an author's page) are not
 * articles: each teaser is the lead of another story, and storing such a page would make it look
 * like one more report of every one of them. Readability still returns a "body" for many of them:
 * the list of teasers. What gives the list away is the extracted body itself, in one of two shapes:
 * - teasers: sections headed by a link to another page, each holding a sentence or two of text
 *   (a standfirst), that together make most of the body (a section front; one of Readability's own
 *   test pages is one);
 * - cards that are links as a whole: most of the body's text is link text, many links headlines.
 * An article is not refused for what it also holds: a block of related headlines has no text under
 * each heading, and the article's own text is most of its body; a listicle's linked headings head
 * long sections; a live blog's update headings link back to the page itself (same-page.ts). A page
 * that declares itself an article (news-brief.ts's declaresArticle: Open Graph or JSON-LD) is
 * never refused unless its JSON-LD also declares a collection ({@link declaresCollection}), as
 * the one section front among Readability's test pages does (with og:type "article").
 * Measured on Readability's 130 test pages and the 181-page extraction benchmark (no article is
 * refused) and on written layouts of related blocks, live blogs, Q&As and digests (see the tests).
 */
import { hasJsonLdType } from './metadata.ts';
import { normaliseSpace } from './normalise.ts';
import { leadsElsewhere } from './same-page';

/** Counts of an extracted body's text and links (see {@link linkProfile}). */
export interface LinkProfile {
  /** Characters of text (whitespace collapsed). */
  chars: number;
  /** Characters of text inside links. */
  linkChars: number;
  /** Distinct pages linked by text that reads like a headline ({@link isHeadline}). */
  headlineLinks: number;
  /** Sections headed by a headline linking to another page, with 1 to {@link TEASER_CHARS} characters of text. */
  teasers: number;
  /** Characters of those sections, headings included. */
  teaserChars: number;
}

/** Words a link's text needs to count as a headline (or, in scripts written without spaces, characters). */
export const HEADLINE_WORDS = 4;
const HEADLINE_CJK_CHARS = 8;
/** A body of cards: at least this share of its text is link text... */
export const INDEX_LINK_SHARE = 0.5;
/** ...with at least this many headline links to different pages. */
export const INDEX_HEADLINE_LINKS = 6;
/** A body of teasers: at least this many teaser sections... */
export const INDEX_TEASERS = 5;
/** ...holding at least this share of the body's text... */
export const TEASER_SHARE = 0.6;
/** ...each with at most this many characters of text under its heading. */
export const TEASER_CHARS = 500;

const CJK = new RegExp(`[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]{${HEADLINE_CJK_CHARS},}`, 'u');
const HEADING = /^H[1-6]$/;

/** Text with whitespace collapsed (normaliseSpace of a node's possibly absent text). */
function squash(s: string | null): string {
  return normaliseSpace(s ?? '');
}

/** True when link or heading text reads like a headline (several words). */
export function isHeadline(text: string): boolean {
  return text.split(' ').length >= HEADLINE_WORDS || CJK.test(text);
}

/** The text and link counts of `body` (Readability's extracted element) of the page at `pageUrl`. */
export function linkProfile(body: Element, pageUrl: string | null = null): LinkProfile {
  let page: URL | null = null;
  try {
    page = pageUrl ? new URL(pageUrl) : null;
  } catch {
    page = null;
  }
  const elsewhere = (a: Element) => leadsElsewhere(a.getAttribute('href') ?? '', page);
  let linkChars = 0;
  const headlines = new Set<string>();
  for (const a of body.querySelectorAll('a')) {
    if (a.parentElement?.closest('a')) continue; // counted with its outer link
    const text = squash(a.textContent);
    linkChars += text.length;
    if (elsewhere(a) && isHeadline(text)) headlines.add(resolved(a.getAttribute('href') ?? '', page));
  }
  // Sections: each heading and the text after it, up to the next heading.
  const sections: { teaser: boolean; heading: number; text: number }[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const last = sections[sections.length - 1];
      if (last) last.text += squash(node.textContent).length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (HEADING.test(el.tagName.toUpperCase())) {
      const text = squash(el.textContent);
      // Linked by links inside it, or as a whole by a link around it (a card).
      const around = el.closest('a');
      const linked = around ? (elsewhere(around) ? text.length : 0)
        : [...el.querySelectorAll('a')].filter(elsewhere).reduce((n, a) => n + squash(a.textContent).length, 0);
      sections.push({ teaser: isHeadline(text) && linked >= 0.8 * text.length, heading: text.length, text: 0 });
      return;
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(body);
  const teasers = sections.filter((s) => s.teaser && s.text > 0 && s.text <= TEASER_CHARS);
  return {
    chars: squash(body.textContent).length, linkChars, headlineLinks: headlines.size,
    teasers: teasers.length, teaserChars: teasers.reduce((n, s) => n + s.heading + s.text, 0),
  };
}

/** `href` resolved against the page (as written when it cannot be), so one page linked twice counts once. */
function resolved(href: string, page: URL | null): string {
  try {
    return new URL(href, page ?? undefined).href;
  } catch {
    return href;
  }
}

const COLLECTION_TYPE = /^(?:https?:\/\/schema\.org\/)?(?:CollectionPage|ItemList|SearchResultsPage)$/i;

/** True when the page's JSON-LD gives a top-level object a collection type (a section front, a list of items). */
export function declaresCollection(jsonLd: readonly Record<string, unknown>[]): boolean {
  return hasJsonLdType(jsonLd, COLLECTION_TYPE);
}

/** True when a body with this profile is a list of other articles' teasers, not an article. */
export function isIndexPage(p: LinkProfile): boolean {
  if (p.chars === 0) return false;
  const cards = p.linkChars / p.chars >= INDEX_LINK_SHARE && p.headlineLinks >= INDEX_HEADLINE_LINKS;
  const teasers = p.teasers >= INDEX_TEASERS && p.teaserChars >= TEASER_SHARE * p.chars;
  return cards || teasers;
}
