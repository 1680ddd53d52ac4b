/**
 * One outlet in the outlet table: inline rename (a blank name, or another outlet's, is refused
 * with the current name put back; so is a rename that fails), wire-service flag (shown at once;
 * the stored flag again if saving it fails), reader groups, merging another outlet into this one
 * (aliases), and delete (the table asks for confirmation before a merge or delete, with the
 * article count).
 */
import { Fragment } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { fitOutletName, MAX_OUTLET_NAME_LENGTH } from '../../utils/library/field-limits';
import { outletNamed, type OutletSummary } from '../../utils/library/outlets';
import { shortDateTime } from '../common/format';
import { blankNameMessage, duplicateNameMessage } from './outlet-messages';
import { useShownValue } from './use-shown-value';

/** What a row can ask the table to do; the changes resolve to whether they worked. */
export interface OutletActions {
  rename(id: string, name: string): Promise<boolean>;
  setWire(id: string, wire: boolean): Promise<boolean>;
  setGroups(id: string, groups: string[]): Promise<boolean>;
  /** Merges `sourceId` into `targetId` once the reader confirms; false when cancelled or failed. */
  merge(targetId: string, sourceId: string): Promise<boolean>;
  remove(outlet: OutletSummary): void;
  /** Shows a short message in the table's status line (e.g. why a blank name was not saved). */
  notify(message: string): void;
}

/** The status message when the reader blanks an outlet's name (kept here for existing importers). */
export { blankNameMessage } from './outlet-messages';

/** Props of {@link OutletRow}. */
export interface OutletRowProps {
  outlet: OutletSummary;
  others: OutletSummary[];
  actions: OutletActions;
}

/** A table row for one outlet. */
export function OutletRow({ outlet, others, actions }: OutletRowProps) {
  const [name, setName] = useState(outlet.name);
  const [groups, setGroups] = useState(outlet.groups.join(', '));
  const [mergeFrom, setMergeFrom] = useState('');
  // Shown at once (the row keeps the last list load's value until the list reloads).
  const [wire, changeWire] = useShownValue(outlet.wire, (next) => actions.setWire(outlet.id, next));
  const nameInput = useRef<HTMLInputElement>(null);
  const groupsInput = useRef<HTMLInputElement>(null);
  const mergeSelect = useRef<HTMLSelectElement>(null);
  const nameId = `outlet-name-${outlet.id}`;
  /** Puts the stored name back in the input. */
  const restoreName = () => {
    setName(outlet.name);
    if (nameInput.current) nameInput.current.value = outlet.name;
  };
  const rename = () => {
    const next = (nameInput.current?.value ?? name).trim();
    const taken = next ? outletNamed(others, fitOutletName(next), outlet.id) : undefined;
    if (!next || taken) {
      // A blank name, or another outlet's (two rows one name: that is a merge), is not saved: put the current name back and say why.
      restoreName();
      actions.notify(taken ? duplicateNameMessage(taken.name, outlet.name) : blankNameMessage(outlet.name));
    } else if (next !== outlet.name) void actions.rename(outlet.id, next).then((ok) => ok || restoreName());
  };
  const saveGroups = () => {
    const list = (groupsInput.current?.value ?? groups).split(',').map((g) => g.trim()).filter(Boolean);
    if (list.join(',') !== outlet.groups.join(',')) void actions.setGroups(outlet.id, list);
  };
  return (
    <tr data-outlet={outlet.id}>
      <td>
        <form
          class="inline"
          onSubmit={(e) => {
            e.preventDefault();
            rename();
          }}
        >
          <label class="sr-only" for={nameId}>
            Name of {outlet.name}
          </label>
          <input ref={nameInput} id={nameId} class="outlet-name" maxLength={MAX_OUTLET_NAME_LENGTH} value={name} onInput={(e) => setName(e.currentTarget.value)} onBlur={rename} />
        </form>
      </td>
      <td class="domains">{outlet.domains.length ? outlet.domains.map((d, i) => <DomainName key={d} domain={d} last={i === outlet.domains.length - 1} />) : '—'}</td>
      <td class="num">{outlet.articleCount}</td>
      <td class="date">{shortDateTime(outlet.lastSeen) ?? '—'}</td>
      <td>
        <label class="check">
          <input type="checkbox" checked={wire} onChange={(e) => changeWire(e.currentTarget.checked)} />
          <span class="sr-only">{outlet.name} is a </span>wire
        </label>
      </td>
      <td>
        <input
          ref={groupsInput}
          class="groups"
          aria-label={`Groups of ${outlet.name} (comma-separated)`}
          placeholder="e.g. local"
          value={groups}
          onInput={(e) => setGroups(e.currentTarget.value)}
          onBlur={saveGroups}
          onKeyDown={(e) => e.key === 'Enter' && saveGroups()}
        />
      </td>
      <td>
        <div class="row-actions">
        {others.length > 0 && (
          <span class="merge">
            <select ref={mergeSelect} aria-label={`Merge another outlet into ${outlet.name}`} value={mergeFrom} onChange={(e) => setMergeFrom(e.currentTarget.value)}>
              <option value="">Merge in…</option>
              {others.map((o) => (
                <option value={o.id} key={o.id}>
                  {o.name} ({o.domains.join(', ') || o.id})
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={!mergeFrom}
              onClick={() => {
                void actions.merge(outlet.id, mergeFrom);
                setMergeFrom('');
                // The button is disabled until another outlet is chosen: keep focus on the choice.
                mergeSelect.current?.focus();
              }}
            >
              Merge
            </button>
          </span>
        )}
        <button type="button" class="danger" onClick={() => actions.remove(outlet)} aria-label={`Delete ${outlet.name} and its articles`}>
          Delete
        </button>
        </div>
      </td>
    </tr>
  );
}

/** A domain that a narrow column breaks after its dots (`news.<wbr>example.<wbr>com`), never inside a label. */
function DomainName({ domain, last }: { domain: string; last: boolean }) {
  const labels = domain.split('.');
  return (
    <>
      {labels.map((label, i) => (
        <Fragment key={i}>
          {label}
          {i < labels.length - 1 && (
            <>
              .<wbr />
            </>
          )}
        </Fragment>
      ))}
      {!last && ', '}
    </>
  );
}
