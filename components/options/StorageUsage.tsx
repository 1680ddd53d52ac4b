/**
 * The storage section: article and claim counts, the library's size (space-used.ts: Chrome's
 * IndexedDB figure, else the browser's total, said to be the total), a
 * persistent-storage request, "delete articles older than…" behind a confirmation that says how many
 * articles go, the retention period (saved through use-settings), and "delete everything" behind a
 * typed confirmation. Once storage is persistent, its button goes away and focus moves on to the
 * next control. One status line reports the latest outcome.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LibraryDb } from '../../utils/library/db';
import { countArticlesOlderThan, countClaims, deleteArticlesOlderThan, deleteEverything } from '../../utils/library/articles';
import { plural } from '../common/format';
import { ConfirmDialog } from './ConfirmDialog';
import { describeError } from './errors';
import { spaceUsed, spaceUsedText, type SpaceUsed } from './space-used';
import type { SettingsStore } from './settings-store';
import { useSettings } from './use-settings';

const DAY = 86_400_000;
const AGES = [7, 30, 90, 180, 365];

/** "12.3 MB" (kept here for existing importers). */
export { formatBytes } from './space-used';

/** What "Delete older articles" is about to delete: the age in days, when it was asked, and how many (null when uncounted). */
interface OldDeletion {
  days: number;
  now: number;
  count: number | null;
}

/** Title, message and button of the "delete older articles" confirmation. */
export function olderDeletionText(days: number, count: number | null): { title: string; message: string; confirmLabel: string } {
  const age = plural(days, 'day');
  if (count === null) {
    return {
      title: 'Delete older articles?',
      message: `Articles not read in the last ${age} will be deleted from this browser, with their statements. This cannot be undone.`,
      confirmLabel: 'Delete older articles',
    };
  }
  return {
    title: `Delete ${plural(count, 'article')} not read for ${age}?`,
    message: `${count === 1 ? 'It' : 'They'} will be deleted from this browser, with ${count === 1 ? 'its' : 'their'} statements. This cannot be undone.`,
    confirmLabel: `Delete ${plural(count, 'article')}`,
  };
}

/** Props of {@link StorageUsage}. */
export interface StorageUsageProps {
  db: LibraryDb;
  store: SettingsStore;
  version: number;
  onChanged(): void;
  /** The browser's storage manager (tests pass a fake). */
  storageManager?: Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>;
}

/** The storage section. */
export function StorageUsage({ db, store, version, onChanged, storageManager = navigator.storage }: StorageUsageProps) {
  const [counts, setCounts] = useState<{ articles: number; claims: number } | null>(null);
  const [usage, setUsage] = useState<SpaceUsed | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [age, setAge] = useState(90);
  // The retention period: shown at once when chosen; a failed save says so and shows the stored period.
  const { settings, status: retentionStatus, save } = useSettings(store, 'Saving the retention period');
  const [confirmAll, setConfirmAll] = useState(false);
  const [confirmOld, setConfirmOld] = useState<OldDeletion | null>(null);
  const [status, setStatus] = useState('');
  const ageSelect = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    Promise.all([db.articles.count(), countClaims(db)]).then(([articles, claims]) => setCounts({ articles, claims }), (err) => setStatus(describeError(err, 'Counting')));
    storageManager?.estimate?.().then((e) => setUsage(spaceUsed(e)), () => setUsage(null));
    storageManager?.persisted?.().then(setPersisted, () => setPersisted(null));
  }, [db, version]);
  const act = async (what: string, fn: () => Promise<string>) => {
    try {
      setStatus(await fn());
      onChanged();
    } catch (err) {
      setStatus(describeError(err, what));
    }
  };
  const askDeleteOld = async () => {
    const days = age;
    const now = Date.now();
    const count = await countArticlesOlderThan(db, days * DAY, now).catch(() => null);
    if (count === 0) setStatus(`No article has gone unread for ${plural(days, 'day')}; nothing to delete.`);
    else setConfirmOld({ days, now, count });
  };
  const persist = async () => {
    const ok = await storageManager.persist().catch(() => false);
    setPersisted(ok);
    // Granted, the button goes away: keep keyboard focus on the next control rather than the page.
    if (ok) ageSelect.current?.focus();
    setStatus(ok ? 'The browser will keep your library even when disk space runs low.' : 'The browser declined to make storage persistent. It usually agrees once the extension has been used for a while.');
  };
  return (
    <div class="storage">
      <dl class="stats">
        <div><dt>Articles</dt><dd data-testid="article-count">{counts?.articles ?? '…'}</dd></div>
        <div><dt>Statements</dt><dd data-testid="claim-count">{counts?.claims ?? '…'}</dd></div>
        <div><dt>Space used</dt><dd data-testid="space-used">{spaceUsedText(usage)}</dd></div>
        <div><dt>Persistent</dt><dd>{persisted === null ? 'unknown' : persisted ? 'yes' : 'no'}</dd></div>
      </dl>
      {!persisted && <button type="button" onClick={() => void persist()}>Keep data persistent</button>}
      <div class="field row-actions">
        <label for="delete-age">Delete articles not read for</label>
        <select id="delete-age" ref={ageSelect} value={age} onChange={(e) => setAge(Number(e.currentTarget.value))}>
          {AGES.map((d) => <option value={d} key={d}>{plural(d, 'day')}</option>)}
        </select>
        <button type="button" onClick={() => void askDeleteOld()}>
          Delete older articles…
        </button>
      </div>
      {settings && (
        <div class="field row-actions">
          <label for="retention">Keep articles</label>
          <select
            id="retention"
            value={String(settings.retentionDays ?? '')}
            onChange={(e) => {
              const v = e.currentTarget.value;
              // The status line shows this save's outcome when it ends, even if another action spoke meanwhile.
              setStatus('');
              void save({ retentionDays: v ? Number(v) : null }, 'Retention period saved.', true).then(() => setStatus(''));
            }}
          >
            <option value="">forever</option>
            {AGES.map((d) => <option value={d} key={d}>for {plural(d, 'day')} after last read</option>)}
          </select>
        </div>
      )}
      <button type="button" class="danger" onClick={() => setConfirmAll(true)}>Delete everything…</button>
      <p class="status" role="status" aria-live="polite">{status || retentionStatus}</p>
      {confirmOld && (
        <ConfirmDialog
          {...olderDeletionText(confirmOld.days, confirmOld.count)}
          onCancel={() => setConfirmOld(null)}
          onConfirm={() => {
            const { days, now } = confirmOld;
            setConfirmOld(null);
            void act('Deleting old articles', async () => `Deleted ${plural(await deleteArticlesOlderThan(db, days * DAY, now), 'article')}.`);
          }}
        />
      )}
      {confirmAll && (
        <ConfirmDialog
          title="Delete your whole library?"
          message={`All ${plural(counts?.articles ?? 0, 'article')} and every outlet will be deleted from this browser. Export first if you may want them back.`}
          confirmLabel="Delete everything"
          requireText="delete"
          onCancel={() => setConfirmAll(false)}
          onConfirm={() => {
            setConfirmAll(false);
            void act('Deleting everything', async () => (await deleteEverything(db), 'Your library is now empty.'));
          }}
        />
      )}
    </div>
  );
}
