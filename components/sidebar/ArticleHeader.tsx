/**
 * The sidebar header: the article's title, outlet, byline and publication time, and
 * whether it is saved in the library. In selection mode it shows the selected text
 * and a way back to the article. The title (h1, tabIndex -1) takes focus after an action that
 * replaced the view, such as "Forget this page" (use-heading-focus.ts).
 */
import type { ArticleInfo } from '../../utils/messaging/protocol';
import { parseTime, shortDateTime } from '../common/format';

/** Props of the header. */
export interface ArticleHeaderProps {
  article: ArticleInfo;
  selection?: string;
  onBack?(): void;
  /** Removes the article from the library. */
  onForget?(): void;
}

/** The header block. */
export function ArticleHeader({ article, selection, onBack, onForget }: ArticleHeaderProps) {
  const when = shortDateTime(parseTime(article.publishedTime));
  return (
    <header class="article-header">
      <p class="outlet-line">
        <span class="outlet-name">{article.outlet}</span>
        {article.domain && article.domain !== article.outlet && <span class="muted"> · {article.domain}</span>}
      </p>
      <h1 class="article-title" tabIndex={-1} lang={article.lang ?? undefined}>
        {article.title}
      </h1>
      <p class="byline muted">
        {[article.byline, when].filter(Boolean).join(' · ')}
        <span class={`saved ${article.saved ? 'saved-yes' : 'saved-no'}`}>
          {article.saved ? 'Saved in your library' : 'Not saved'}
        </span>
        {article.saved && onForget && selection === undefined && (
          <button type="button" class="link-button forget" onClick={onForget}>
            Forget this page
          </button>
        )}
      </p>
      {selection !== undefined && (
        <div class="selection-box">
          <p class="selection-label">Other coverage of your selection</p>
          <blockquote class="selection-text">{selection}</blockquote>
          {onBack && (
            <button type="button" class="link-button" onClick={onBack}>
              ← Back to the whole article
            </button>
          )}
        </div>
      )}
    </header>
  );
}
