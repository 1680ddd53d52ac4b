/**
 * The outlets section: one row per outlet (name, domains, article count, last seen) with rename,
 * merge, wire flag, groups and delete. Deleting and merging ask first, naming the outlets and
 * saying how many articles go or move (or why they could not be counted, in the status line,
 * focus staying put). A rename to another outlet's name is refused (outlet-messages.ts). After a
 * delete or merge, focus goes to the neighbouring row's Delete button or the merged row (use-refocus).
 */
import { useEffect, useState } from 'preact/hooks';
import type { LibraryDb } from '../../utils/library/db';
import { fitOutletName } from '../../utils/library/field-limits';
import {
  countArticles, deleteOutlet, DuplicateOutletNameError, listOutlets, mergeOutlets, renameOutlet, setGroups, setWire, type OutletSummary,
} from '../../utils/library/outlets';
import { plural } from '../common/format';
import { ConfirmDialog } from './ConfirmDialog';
import { describeError } from './errors';
import { duplicateNameMessage, mergeConfirmText, mergedMessage } from './outlet-messages';
import { OutletRow, type OutletActions } from './OutletRow';
import { neighbourId, useRefocus } from './use-refocus';
import { useStatus } from './use-status';

/** Props of {@link OutletTable}. */
export interface OutletTableProps {
  db: LibraryDb;
  /** Bumped by the page when the library changed elsewhere. */
  version: number;
  /** Called after this table changed the library. */
  onChanged(): void;
}

/** The outlets table. */
export function OutletTable({ db, version, onChanged }: OutletTableProps) {
  const [outlets, setOutlets] = useState<OutletSummary[] | null>(null);
  const { status, setStatus, ownChange } = useStatus(version);
  const [pending, setPending] = useState<{ outlet: OutletSummary; count: number } | null>(null);
  /** The merge awaiting confirmation; `settle` resolves the row's `merge` call. */
  const [merging, setMerging] = useState<{ target: OutletSummary; source: OutletSummary; count: number; settle(ok: boolean): void } | null>(null);
  const focus = useRefocus('data-outlet', outlets);
  useEffect(() => {
    listOutlets(db).then(setOutlets, (err) => setStatus(describeError(err, 'Loading the outlets')));
  }, [db, version]);
  /**
   * Runs a change, reports its outcome (`done`, or `done(result)`; on failure `refused(err)`, else
   * what failed) and resolves to whether it worked.
   */
  const run = async <T,>(what: string, fn: () => Promise<T>, done: string | ((result: T) => string), refused?: (err: unknown) => string | undefined): Promise<boolean> => {
    try {
      const result = await fn();
      setStatus(typeof done === 'string' ? done : done(result));
      ownChange();
      onChanged();
      return true;
    } catch (err) {
      setStatus(refused?.(err) ?? describeError(err, what));
      return false;
    }
  };
  const nameOf = (id: string) => outlets?.find((o) => o.id === id)?.name ?? id;
  const actions: OutletActions = {
    // The row refuses another outlet's name itself; the library refuses it too (a rename made meanwhile elsewhere).
    rename: (id, name) =>
      run('Renaming', () => renameOutlet(db, id, name), `Renamed to ${fitOutletName(name)}.`, (err) =>
        err instanceof DuplicateOutletNameError ? duplicateNameMessage(err.existing, nameOf(id)) : undefined),
    setWire: (id, wire) => run('Saving', () => setWire(db, id, wire), wire ? 'Marked as a wire service.' : 'No longer a wire service.'),
    setGroups: (id, groups) => run('Saving groups', () => setGroups(db, id, groups), 'Groups saved.'),
    merge: (targetId, sourceId) =>
      new Promise<boolean>((settle) => {
        const target = outlets?.find((o) => o.id === targetId);
        const source = outlets?.find((o) => o.id === sourceId);
        if (!target || !source) {
          setStatus(describeError(new Error('one of the outlets no longer exists'), 'Merging'));
          return settle(false);
        }
        countArticles(db, sourceId).then(
          (count) => setMerging({ target, source, count, settle }),
          (err) => (setStatus(describeError(err, 'Counting the articles')), settle(false)),
        );
      }),
    remove: (outlet) => {
      countArticles(db, outlet.id).then(
        (count) => setPending({ outlet, count }),
        (err) => setStatus(describeError(err, 'Counting the articles')),
      );
    },
    notify: setStatus,
  };
  if (!outlets) return <p aria-busy="true">Loading outlets…</p>;
  return (
    <div ref={focus.root}>
      {outlets.length === 0 ? (
        <p class="empty">No outlets yet. Read a few news articles and they will appear here.</p>
      ) : (
        <div class="table-wrap">
          <table class="outlets">
            <caption class="sr-only">Outlets in your library</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Domains</th>
                <th scope="col">Articles</th>
                <th scope="col">Last seen</th>
                <th scope="col">Wire</th>
                <th scope="col">Groups</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {outlets.map((o) => (
                <OutletRow key={`${o.id}:${o.name}:${o.groups.join(',')}`} outlet={o} others={outlets.filter((x) => x.id !== o.id)} actions={actions} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      {merging && (
        <ConfirmDialog
          {...mergeConfirmText(merging.source.name, merging.target.name, merging.count)}
          onCancel={() => {
            setMerging(null);
            merging.settle(false);
          }}
          onConfirm={() => {
            const { target, source, count, settle } = merging;
            setMerging(null);
            void run('Merging', async () => {
              const moved = await mergeOutlets(db, target.id, source.id);
              if (moved === null) throw new Error('one of the outlets no longer exists');
              focus.request({ id: target.id, controls: ['select', 'button.danger'] });
              return moved;
            }, (moved) => mergedMessage(source.name, target.name, moved, count)).then(settle);
          }}
        />
      )}
      {pending && (
        <ConfirmDialog
          title={`Delete ${pending.outlet.name}?`}
          message={`This deletes the outlet and ${plural(pending.count, 'article')} saved from it. This cannot be undone.`}
          confirmLabel={`Delete ${plural(pending.count, 'article')}`}
          onCancel={() => setPending(null)}
          onConfirm={() => {
            const { outlet } = pending;
            const next = neighbourId(outlets.map((o) => o.id), outlet.id);
            setPending(null);
            void run('Deleting', async () => {
              await deleteOutlet(db, outlet.id);
              focus.request({ id: next, controls: ['button.danger'] });
            }, `Deleted ${outlet.name}.`);
          }}
        />
      )}
    </div>
  );
}
