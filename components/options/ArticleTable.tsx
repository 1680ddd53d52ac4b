/**
 * The articles section: a searchable list sortable by title, outlet, date and claim count, paged
 * 50 at a time. Each article can be opened, re-captured (opened in a tab, where it is read
 * again), exported as an evidence bundle (Markdown; one export at a time per article, see
 * use-evidence-export) or deleted; after a delete, focus goes to the neighbouring row's Delete
 * button, else the section heading (use-refocus). Only the latest page request is shown,
 * whatever order the loads finish in.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { LibraryDb } from '../../utils/library/db';
import { forgetArticle } from '../../utils/library/articles';
import type { OutletSummary } from '../../utils/library/outlets';
import type { StoredArticle } from '../../utils/library/types';
import { ConfirmDialog } from './ConfirmDialog';
import { ArticleRow, type ArticleActions } from './ArticleRow';
import { loadArticlePage, type ArticleColumn } from './article-query';
import { describeError } from './errors';
import { useStatus } from './use-status';
import { useEvidenceExport } from './use-evidence-export';
import { neighbourId, useRefocus } from './use-refocus';

const PAGE = 50;
const COLUMNS: { column: ArticleColumn; label: string }[] = [
  { column: 'title', label: 'Title' },
  { column: 'outlet', label: 'Outlet' },
  { column: 'date', label: 'Last read' },
  { column: 'claims', label: 'Claims' },
];

/** Props of {@link ArticleTable}. */
export interface ArticleTableProps {
  db: LibraryDb;
  outlets: OutletSummary[];
  version: number;
  onChanged(): void;
  /** Opens a URL in a new tab (re-capture). */
  openTab?: (url: string) => void;
}

/** The articles table. */
export function ArticleTable({ db, outlets, version, onChanged, openTab = (u) => void window.open(u, '_blank', 'noopener') }: ArticleTableProps) {
  const [query, setQuery] = useState('');
  const [column, setColumn] = useState<ArticleColumn>('date');
  const [descending, setDescending] = useState(true);
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ total: number; articles: StoredArticle[] } | null>(null);
  const { status, setStatus, ownChange } = useStatus(version);
  const [pending, setPending] = useState<StoredArticle | null>(null);
  const focus = useRefocus('data-article', page);
  const names = useMemo(() => new Map(outlets.map((o) => [o.id, o.name])), [outlets]);
  const outletName = (id: string) => names.get(id) ?? id;
  const evidence = useEvidenceExport(db, outletName, setStatus);
  useEffect(() => {
    // Only the latest request may show: a slow earlier one (a search scans every article) is dropped.
    let live = true;
    loadArticlePage(db, { query, column, descending, offset, limit: PAGE }, outletName).then(
      (p) => { if (live) setPage(p); },
      (err) => { if (live) setStatus(describeError(err, 'Loading the articles')); },
    );
    return () => { live = false; };
  }, [db, version, query, column, descending, offset, names]);
  const sortBy = (c: ArticleColumn) => {
    setDescending(c === column ? !descending : c === 'date' || c === 'claims');
    setColumn(c);
    setOffset(0);
  };
  const actions: ArticleActions = {
    recapture: (url) => {
      openTab(url);
      setStatus('Opened in a new tab: Corroborate reads it again there.');
    },
    evidence: (a) => void evidence.run(a),
    remove: (a) => setPending(a),
  };
  return (
    <div ref={focus.root}>
      <div class="toolbar">
        <label for="article-search">Search titles, outlets and URLs</label>
        <input id="article-search" type="search" placeholder="Words from a title, outlet or URL" value={query} onInput={(e) => { setQuery(e.currentTarget.value); setOffset(0); }} />
      </div>
      {page && page.total === 0 ? (
        <p class="empty">{query ? 'No article matches your search.' : 'No articles saved yet.'}</p>
      ) : (
        <div class="table-wrap">
          <table class="articles">
            <caption class="sr-only">Saved articles</caption>
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th scope="col" key={c.column} aria-sort={c.column === column ? (descending ? 'descending' : 'ascending') : 'none'}>
                    <button type="button" class="sort" onClick={() => sortBy(c.column)}>
                      {c.label}
                      <span aria-hidden="true">{c.column === column ? (descending ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  </th>
                ))}
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {page?.articles.map((a) => <ArticleRow key={a.id} article={a} outlet={outletName(a.outletId)} exporting={evidence.busy(a.id!)} actions={actions} />)}
            </tbody>
          </table>
        </div>
      )}
      {page && page.total > PAGE && (
        <nav class="pager" aria-label="Article pages">
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>Previous</button>
          <span>{offset + 1}–{Math.min(offset + PAGE, page.total)} of {page.total}</span>
          <button type="button" disabled={offset + PAGE >= page.total} onClick={() => setOffset(offset + PAGE)}>Next</button>
        </nav>
      )}
      <p class="status" role="status" aria-live="polite">{status}</p>
      {pending && (
        <ConfirmDialog
          title="Delete this article?"
          message={`“${pending.title}” and its statements will be removed from your library.`}
          confirmLabel="Delete article"
          onCancel={() => setPending(null)}
          onConfirm={() => {
            const a = pending;
            const next = neighbourId(page?.articles.map((x) => String(x.id)) ?? [], String(a.id));
            setPending(null);
            forgetArticle(db, a.id!).then(() => {
              focus.request({ id: next, controls: ['button.danger'] });
              setStatus(`Deleted “${a.title}”.`);
              ownChange();
              onChanged();
            }, (err) => setStatus(describeError(err, 'Deleting')));
          }}
        />
      )}
    </div>
  );
}
