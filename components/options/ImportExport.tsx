/**
 * Export and import: the whole library (or one outlet) as versioned JSON, downloaded through a
 * Blob grown batch by batch (no network); an import streams the file, checks it before touching
 * the library, shows its progress ("Checking… 400 articles", "Importing… 200 of 900") and says
 * clearly what happened. Quota errors tell the reader what to do. While busy the controls are
 * only aria-disabled (and ignore presses), so keyboard focus stays on them; progress and results
 * go to a status line, errors to a separate, always present alert.
 */
import { useRef, useState } from 'preact/hooks';
import type { LibraryDb } from '../../utils/library/db';
import { exportLibrary, importLibrary, type ImportProgress, type ImportResult } from '../../utils/library/import-export';
import { leftOutText } from '../../utils/library/import-messages';
import type { OutletSummary } from '../../utils/library/outlets';
import { plural } from '../common/format';
import { blobSink, downloadFile, fileDate, fileSlug } from './download';
import { describeError } from './errors';

/** Props of {@link ImportExport}. */
export interface ImportExportProps {
  db: LibraryDb;
  outlets: OutletSummary[];
  onChanged(): void;
}

/** The export/import section. */
export function ImportExport({ db, outlets, onChanged }: ImportExportProps) {
  const [outletId, setOutletId] = useState('');
  const [busy, setBusy] = useState(false);
  // The guard against a second press while busy (state updates only at the next render).
  const running = useRef(false);
  const start = (): boolean => {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    return true;
  };
  const stop = () => {
    running.current = false;
    setBusy(false);
  };
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const exportNow = async () => {
    if (!start()) return;
    setMessage(null);
    try {
      const sink = blobSink('application/json');
      const n = await exportLibrary(db, outletId ? { outletId } : {}, (chunk) => sink.write(chunk));
      const outlet = outlets.find((o) => o.id === outletId);
      downloadFile(`corroborate-${outlet ? fileSlug(outlet.name) : 'library'}-${fileDate(Date.now())}.json`, [sink.blob()], 'application/json');
      setMessage({ ok: true, text: `Exported ${plural(n, 'article')}${outlet ? ` from ${outlet.name}` : ''}.` });
    } catch (err) {
      setMessage({ ok: false, text: describeError(err, 'The export') });
    } finally {
      stop();
    }
  };
  const importFile = async (file: File | undefined) => {
    if (!file || !start()) return;
    setMessage(null);
    try {
      const onProgress = (p: ImportProgress) => setMessage({ ok: true, text: progressText(p) });
      const result = await importLibrary(db, file, { onProgress });
      setMessage(
        result.ok
          ? { ok: true, text: importedText(file.name, result) }
          : { ok: false, text: `${file.name} was not imported. ${result.error}` },
      );
      if (result.ok) onChanged();
    } catch (err) {
      setMessage({ ok: false, text: describeError(err, 'The import') });
    } finally {
      stop();
    }
  };
  return (
    <div class="import-export">
      <div class="field row-actions">
        <label for="export-outlet">Export</label>
        <select id="export-outlet" value={outletId} onChange={(e) => setOutletId(e.currentTarget.value)}>
          <option value="">the whole library</option>
          {outlets.map((o) => <option value={o.id} key={o.id}>only {o.name}</option>)}
        </select>
        <button type="button" aria-disabled={busy} onClick={() => void exportNow()}>Download JSON</button>
      </div>
      <div class="field">
        <label for="import-file">Import a Corroborate export (JSON)</label>
        <p class="hint">The file is checked first; if anything is wrong, nothing changes. Articles you already have are merged, not duplicated.</p>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          aria-disabled={busy}
          onClick={(e) => busy && e.preventDefault()}
          onChange={(e) => {
            const input = e.currentTarget;
            void importFile(input.files?.[0]).then(() => { input.value = ''; });
          }}
        />
      </div>
      <div data-testid="import-export-message">
        <p class="status ok" role="status" aria-live="polite">
          {message?.ok ? message.text : ''}
        </p>
        <p class="error alert-line" role="alert">
          {message && !message.ok ? message.text : ''}
        </p>
      </div>
    </div>
  );
}

/**
 * The message of a finished import, naming only the counts that are not zero, e.g. "Imported
 * library.json: 2 new articles, 10 articles already up to date, 3 outlets." An article counts as
 * updated only when the import changed its content. Statements the file listed that are not in
 * their article's text were left out, and a sentence after the counts says so.
 */
export function importedText(fileName: string, counts: Omit<Extract<ImportResult, { ok: true }>, 'ok'>): string {
  const parts = [
    counts.added > 0 ? plural(counts.added, 'new article') : '',
    counts.updated > 0 ? plural(counts.updated, 'updated article') : '',
    counts.unchanged > 0 ? plural(counts.unchanged, 'article already up to date', 'articles already up to date') : '',
  ].filter(Boolean);
  const leftOut = counts.leftOut ? ` ${leftOutText(counts.leftOut)}` : '';
  return `Imported ${fileName}: ${parts.length > 0 ? parts.join(', ') : 'no articles'}, ${plural(counts.outlets, 'outlet')}.${leftOut}`;
}

/** The progress line of an import. */
export function progressText(p: ImportProgress): string {
  return p.phase === 'checking'
    ? `Checking… ${plural(p.articles, 'article')}`
    : `Importing… ${p.articles} of ${plural(p.total, 'article')}`;
}
