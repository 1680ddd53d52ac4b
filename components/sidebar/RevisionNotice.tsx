/**
 * The silent-edit notice: "Edited since you first read it on <date>", with a button that
 * expands the changed statements: a reworded one as a word diff from the first-read wording to
 * the current one, a removed one struck through, an added one underlined. The count is the number
 * of statements listed. Page text is rendered as text only.
 */
import { useState } from 'preact/hooks';
import type { RevisionInfo } from '../../utils/messaging/protocol';
import { wordDiff } from '../../utils/diff/index';
import { plural } from '../common/format';
import { DiffText } from './DiffText';

/** Props: the article's revision (nothing is rendered when there is none), and an optional locale. */
export interface RevisionNoticeProps {
  revision: RevisionInfo | null | undefined;
  locale?: string;
}

/** The local date of a time, e.g. "23 Nov 2026". */
export function firstReadDate(ms: number, locale?: string): string {
  return new Date(ms).toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** One changed statement: before/now columns with the word diff, or the removed or added text alone. */
function Change({ before, after }: { before: string | null; after: string | null }) {
  if (before === null) {
    return (
      <li class="revision-change" data-added="true">
        <p class="revision-added">
          <span class="revision-label">Added: </span>
          <ins class="diff-insert">{after}</ins>
        </p>
      </li>
    );
  }
  if (after === null) {
    return (
      <li class="revision-change" data-removed="true">
        <p class="revision-removed">
          <span class="revision-label">Removed: </span>
          <del class="diff-delete">{before}</del>
        </p>
      </li>
    );
  }
  const ops = wordDiff(before, after);
  return (
    <li class="revision-change">
      <div class="sbs-cols">
        <figure class="sbs-col revision-before">
          <figcaption>When you first read it</figcaption>
          <p>
            <DiffText ops={ops} side="a" only="removed" />
          </p>
        </figure>
        <figure class="sbs-col revision-after">
          <figcaption>Now</figcaption>
          <p>
            <DiffText ops={ops} side="b" only="added" />
          </p>
        </figure>
      </div>
    </li>
  );
}

/** The notice, or nothing when the article has not changed since it was first read. */
export function RevisionNotice({ revision, locale }: RevisionNoticeProps) {
  const [open, setOpen] = useState(false);
  if (!revision || revision.changes.length === 0) return null;
  const count = plural(revision.changes.length, 'statement');
  const listId = 'revision-changes';
  return (
    <section class="revision-notice selection-box" data-testid="revision-notice">
      <p class="selection-label revision-title" role="status">
        Edited since you first read it on {firstReadDate(revision.firstSeen, locale)}
      </p>
      <button type="button" class="expand" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        {open ? 'Hide the changes' : `Show what changed (${count})`}
      </button>
      <ol id={listId} class="revision-changes" hidden={!open}>
        {revision.changes.map((c, i) => (
          <Change key={i} before={c.before} after={c.after} />
        ))}
      </ol>
    </section>
  );
}
