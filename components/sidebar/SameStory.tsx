/**
 * Same story, in other words: other outlets' articles that cover this article's story but share
 * none of its statements (independent reporting, which the claim cards cannot show). Each row names
 * the outlet and links its article (http(s) only); page text is rendered as text, never as HTML.
 */
import type { SameStoryArticle } from '../../utils/library/types';
import { parseTime, shortDateTime } from '../common/format';
import { safeHttpUrl } from '../common/links';

/** Props: the report's same-story articles (absent in views kept by older versions). */
export interface SameStoryProps {
  articles: readonly SameStoryArticle[] | undefined;
}

/** The sentence under the heading. */
export function sameStoryNote(count: number): string {
  return count === 1
    ? 'This article covers the same story, but none of its statements matches one here.'
    : `These ${count} articles cover the same story, but none of their statements matches one here.`;
}

/** The list, or nothing when there is none. */
export function SameStory({ articles }: SameStoryProps) {
  if (!articles?.length) return null;
  return (
    <section class="same-story" aria-labelledby="same-story-heading" data-testid="same-story">
      <h2 id="same-story-heading">Same story, in other words</h2>
      <p class="muted">{sameStoryNote(articles.length)}</p>
      <ul>
        {articles.map((a) => {
          const href = safeHttpUrl(a.url);
          const when = shortDateTime(parseTime(a.publishedTime) ?? a.firstSeen);
          const title = a.title.trim() || 'Untitled article';
          return (
            <li key={a.articleId}>
              <span class="same-story-outlet">{a.outlet}</span>
              {': '}
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer" lang={a.lang ?? undefined}>
                  {title}
                </a>
              ) : (
                <span lang={a.lang ?? undefined}>{title}</span>
              )}
              {when && <span class="muted">{` · ${when}`}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
