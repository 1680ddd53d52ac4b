/**
 * The article table's "Evidence" action: builds an article's coverage report and downloads it as
 * a Markdown evidence bundle. While an article's export runs, its button is only aria-disabled
 * (keyboard focus stays on it) and further presses are ignored, so one press gives one file.
 */
import { useRef, useState } from 'preact/hooks';
import type { LibraryDb } from '../../utils/library/db';
import type { StoredArticle } from '../../utils/library/types';
import { findCoverage } from '../../utils/match/pipeline';
import { evidenceMarkdown } from '../../utils/report/evidence-markdown';
import { downloadFile, fileSlug } from './download';
import { describeError } from './errors';

/** What {@link useEvidenceExport} returns. */
export interface EvidenceExport {
  /** True while the article's evidence is being exported. */
  busy(articleId: number): boolean;
  /** Exports the article's evidence, unless it is already being exported. */
  run(article: StoredArticle): Promise<void>;
}

/** Evidence exports for the articles of `db`; each outcome goes to `say` (the table's status line). */
export function useEvidenceExport(db: LibraryDb, outletName: (id: string) => string, say: (message: string) => void): EvidenceExport {
  // The guard against a second press (state updates only at the next render); the state shows it.
  const running = useRef(new Set<number>());
  const [busy, setBusy] = useState<ReadonlySet<number>>(new Set());
  const mark = (id: number, on: boolean) => {
    if (on) running.current.add(id);
    else running.current.delete(id);
    setBusy(new Set(running.current));
  };
  const run = async (a: StoredArticle) => {
    const id = a.id!;
    if (running.current.has(id)) return;
    mark(id, true);
    try {
      const report = await findCoverage(db, id);
      const md = evidenceMarkdown({ title: a.title, outlet: outletName(a.outletId), url: a.canonicalUrl ?? a.url, publishedTime: a.publishedTime, firstSeen: a.firstSeen }, report, Date.now());
      downloadFile(`evidence-${fileSlug(a.title)}.md`, [md], 'text/markdown');
      say(`Evidence bundle for “${a.title}” downloaded.`);
    } catch (err) {
      say(describeError(err, 'The evidence export'));
    } finally {
      mark(id, false);
    }
  };
  return { busy: (id) => busy.has(id), run };
}
