/** One article in the article table: title (a link only for http(s) URLs), outlet, date, claims, actions. */
import type { StoredArticle } from '../../utils/library/types';
import { safeHttpUrl } from '../common/links';
import { shortDateTime } from '../common/format';

/** What a row can ask the table to do. */
export interface ArticleActions {
  recapture(url: string): void;
  evidence(article: StoredArticle): void;
  remove(article: StoredArticle): void;
}

/** Props of {@link ArticleRow}. */
export interface ArticleRowProps {
  article: StoredArticle;
  outlet: string;
  /** True while this article's evidence is being exported: its button is aria-disabled. */
  exporting?: boolean;
  actions: ArticleActions;
}

/** A table row for one stored article. */
export function ArticleRow({ article, outlet, exporting = false, actions }: ArticleRowProps) {
  const url = safeHttpUrl(article.canonicalUrl ?? article.url) ?? safeHttpUrl(article.url);
  const title = article.title || 'Untitled article';
  return (
    <tr data-article={article.id}>
      <td class="title">
        {url ? (
          <a href={url} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        ) : (
          title
        )}
      </td>
      <td>{outlet}</td>
      <td class="date">{shortDateTime(article.lastSeen) ?? '—'}</td>
      <td class="num">{article.claimCount}</td>
      <td>
        <div class="row-actions">
        {url && (
          <button type="button" onClick={() => actions.recapture(url)} aria-label={`Re-capture ${title}`}>
            Re-capture
          </button>
        )}
        <button type="button" aria-disabled={exporting} onClick={() => actions.evidence(article)} aria-label={`Export evidence for ${title} as Markdown`}>
          Evidence
        </button>
        <button type="button" class="danger" onClick={() => actions.remove(article)} aria-label={`Delete ${title}`}>
          Delete
        </button>
        </div>
      </td>
    </tr>
  );
}
