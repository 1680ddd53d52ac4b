/**
 * The options page: library management in sections (outlets, articles, storage, capture
 * settings, export/import). It talks to the library directly; a version counter makes every
 * section reload after any section changed the library. The outlet and article headings can take
 * focus (tabIndex -1): they receive it when the last row of their table is deleted.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LibraryDb } from '../../utils/library/db';
import { listOutlets, type OutletSummary } from '../../utils/library/outlets';
import { ArticleTable } from './ArticleTable';
import { CaptureSettingsPanel } from './CaptureSettings';
import { describeError } from './errors';
import { ImportExport } from './ImportExport';
import { OutletTable } from './OutletTable';
import type { SettingsStore } from './settings-store';
import { StorageUsage } from './StorageUsage';

/** Props of {@link OptionsApp}. */
export interface OptionsAppProps {
  db: LibraryDb;
  store: SettingsStore;
  openTab?: (url: string) => void;
  storageManager?: StorageUsageManager;
}

type StorageUsageManager = Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>;

const SECTIONS = [
  ['outlets', 'Outlets'],
  ['articles', 'Articles'],
  ['storage', 'Storage'],
  ['capture', 'Capture'],
  ['transfer', 'Export & import'],
] as const;

/** The whole options page. */
export function OptionsApp({ db, store, openTab, storageManager }: OptionsAppProps) {
  const [version, setVersion] = useState(0);
  const [outlets, setOutlets] = useState<OutletSummary[]>([]);
  const [error, setError] = useState('');
  const changed = () => setVersion((v) => v + 1);
  useEffect(() => {
    listOutlets(db).then(setOutlets, (err) => setError(describeError(err, 'Opening the library')));
  }, [db, version]);
  return (
    <div class="options">
      <header class="page-header">
        <h1>Corroborate</h1>
        <p>Your library of news coverage. It lives only in this browser: nothing is sent anywhere.</p>
        <nav aria-label="Sections">
          <ul>
            {SECTIONS.map(([id, label]) => <li key={id}><a href={`#${id}`}>{label}</a></li>)}
          </ul>
        </nav>
      </header>
      {error && <p class="error" role="alert">{error}</p>}
      <main>
        <section id="outlets" aria-labelledby="outlets-h">
          <h2 id="outlets-h" tabIndex={-1}>Outlets</h2>
          <p class="hint">Rename outlets, merge one outlet's several domains, mark wire services (their copies count as syndication) and sort outlets into your own groups.</p>
          <OutletTable db={db} version={version} onChanged={changed} />
        </section>
        <section id="articles" aria-labelledby="articles-h">
          <h2 id="articles-h" tabIndex={-1}>Articles</h2>
          <ArticleTable db={db} outlets={outlets} version={version} onChanged={changed} openTab={openTab} />
        </section>
        <section id="storage" aria-labelledby="storage-h">
          <h2 id="storage-h">Storage</h2>
          <StorageUsage db={db} store={store} version={version} onChanged={changed} storageManager={storageManager} />
        </section>
        <section id="capture" aria-labelledby="capture-h">
          <h2 id="capture-h">Capture</h2>
          <CaptureSettingsPanel store={store} />
        </section>
        <section id="transfer" aria-labelledby="transfer-h">
          <h2 id="transfer-h">Export &amp; import</h2>
          <ImportExport db={db} outlets={outlets} onChanged={changed} />
        </section>
      </main>
    </div>
  );
}
