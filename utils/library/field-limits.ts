/**
 * The size limits of stored library fields, in ONE place. The export format (export-format.ts)
 * accepts exactly these limits, and every code path that stores a field (capture, bulk loading,
 * rename, groups, merges) clamps to the same constants, so anything the library holds can be
 * imported again from its own export. Never lower a limit: older export files must stay readable.
 */
import type { Claim } from '../claims/types';
import type { ExtractedArticle } from '../extract/types';

/** Longest page or canonical URL kept; a longer one is dropped (null) and identity falls back to the text. */
export const MAX_URL_LENGTH = 5000;
/** Longest outlet display name (captured or chosen by the reader). */
export const MAX_OUTLET_NAME_LENGTH = 300;
/** Prefix of the id of an outlet known only by name (`name:<display name>`). */
export const OUTLET_NAME_ID_PREFIX = 'name:';
/** Longest registrable domain (a DNS name holds at most 253 characters). */
export const MAX_DOMAIN_LENGTH = 253;
/** Longest outlet id: a domain, or the name prefix plus a clamped name. */
export const MAX_OUTLET_ID_LENGTH = OUTLET_NAME_ID_PREFIX.length + MAX_OUTLET_NAME_LENGTH;
/** Longest article key: outlet id, `|u:` and a canonical URL (identity.ts). */
export const MAX_KEY_LENGTH = MAX_OUTLET_ID_LENGTH + '|u:'.length + MAX_URL_LENGTH;
/** Most alias domains of one outlet. */
export const MAX_OUTLET_DOMAINS = 100;
/** Most reader groups of one outlet. */
export const MAX_GROUPS = 100;
/** Longest reader group name. */
export const MAX_GROUP_NAME_LENGTH = 100;
/** Longest headline. */
export const MAX_TITLE_LENGTH = 10_000;
/** Longest byline. */
export const MAX_BYLINE_LENGTH = 10_000;
/** Longest publication time string (ISO 8601 needs under 30); a longer one is dropped. */
export const MAX_PUBLISHED_TIME_LENGTH = 100;
/** Longest language tag; a longer one is dropped. */
export const MAX_LANG_LENGTH = 50;
/** Longest paragraph (also bounds claim texts and revision texts, which are parts of paragraphs). */
export const MAX_PARAGRAPH_LENGTH = 1_000_000;
/** Most paragraphs of one article. */
export const MAX_PARAGRAPHS = 100_000;
/** Most claims of one article (a revision lists at most twice this: removed plus added). */
export const MAX_CLAIMS = 100_000;
/** Longest claim id (captures make `c<position>`). */
export const MAX_CLAIM_ID_LENGTH = 100;
/** Longest claim selector prefix or suffix (captures keep 32 characters). */
export const MAX_CLAIM_CONTEXT_LENGTH = 1000;
/** Longest text hash (identity.ts makes 14 hex digits). */
export const MAX_HASH_LENGTH = 100;
/** Most revisions of one article (revisions.ts keeps MAX_REVISIONS, far fewer). */
export const MAX_REVISION_COUNT = 1000;

/**
 * `text` cut to at most `max` characters: unchanged when it fits, else cut at the last space in
 * the final fifth (else mid-word, never inside a surrogate pair) and ended with "…".
 */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  if (/[\ud800-\udbff]/.test(text[cut - 1] ?? '')) cut--;
  const space = text.lastIndexOf(' ', cut);
  if (space > cut * 0.8) cut = space;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** `text` when it is at most `max` characters long, else null (URLs, dates, language tags). */
export function orNull(text: string | null | undefined, max: number): string | null {
  return text != null && text.length <= max ? text : null;
}

/** An outlet display name as stored: trimmed and clamped (may be empty). */
export function fitOutletName(name: string): string {
  return clampText(name.trim(), MAX_OUTLET_NAME_LENGTH);
}

/** Reader groups as stored: trimmed, clamped, without empties or repeats, at most {@link MAX_GROUPS}. */
export function fitGroups(groups: readonly string[]): string[] {
  return [...new Set(groups.map((g) => clampText(g.trim(), MAX_GROUP_NAME_LENGTH)).filter(Boolean))].slice(0, MAX_GROUPS);
}

/** `text` cut to at most `max` characters, never inside a surrogate pair (no ellipsis: article text). */
function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, /[\ud800-\udbff]/.test(text[max - 1]) ? max - 1 : max);
}

/** `claim` with its selector context clamped to the characters nearest the claim. */
function fitSelector(claim: Claim): Claim {
  const { prefix, suffix } = claim.selector;
  if (prefix.length <= MAX_CLAIM_CONTEXT_LENGTH && suffix.length <= MAX_CLAIM_CONTEXT_LENGTH) return claim;
  return { ...claim, selector: { ...claim.selector, prefix: prefix.slice(-MAX_CLAIM_CONTEXT_LENGTH), suffix: suffix.slice(0, MAX_CLAIM_CONTEXT_LENGTH) } };
}

/**
 * A capture as it is stored: title, byline and outlet name clamped; an over-long URL, canonical
 * URL, date or language tag dropped; paragraphs past the limits cut (the article is then marked
 * truncated) with the claims that no longer lie in the kept text; at most {@link MAX_CLAIMS}
 * claims, their selector context clamped.
 */
export function fitCapture(article: ExtractedArticle, claims: readonly Claim[]): { article: ExtractedArticle; claims: Claim[] } {
  const paragraphs = article.paragraphs.slice(0, MAX_PARAGRAPHS).map((p) => cutText(p, MAX_PARAGRAPH_LENGTH));
  const cut = paragraphs.length < article.paragraphs.length || paragraphs.some((p, i) => p !== article.paragraphs[i]);
  const kept = cut ? claims.filter((c) => c.paragraph < paragraphs.length && c.end <= paragraphs[c.paragraph].length) : claims;
  return {
    article: {
      ...article,
      title: clampText(article.title, MAX_TITLE_LENGTH),
      byline: article.byline === null ? null : clampText(article.byline, MAX_BYLINE_LENGTH),
      publishedTime: orNull(article.publishedTime, MAX_PUBLISHED_TIME_LENGTH),
      lang: orNull(article.lang, MAX_LANG_LENGTH),
      url: orNull(article.url, MAX_URL_LENGTH),
      canonicalUrl: orNull(article.canonicalUrl, MAX_URL_LENGTH),
      outlet: { domain: orNull(article.outlet.domain, MAX_DOMAIN_LENGTH), name: fitOutletName(article.outlet.name) },
      paragraphs,
      text: cut ? paragraphs.join('\n\n') : article.text,
      truncated: article.truncated || cut,
    },
    claims: kept.slice(0, MAX_CLAIMS).map((c) => fitSelector(c)),
  };
}
