// @vitest-environment happy-dom
/** The silent-edit notice, and how the background folds stored revisions into it (invented text). */
import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { firstReadDate, RevisionNotice } from '../../../components/sidebar/RevisionNotice';
import { revisionInfo } from '../../../extension/library';
import { changedClaims } from '../../../utils/library/revisions';
import type { ArticleRevision } from '../../../utils/library/types';
import type { RevisionInfo } from '../../../utils/messaging/protocol';
import { useMount } from '../mount';

const mount = useMount();

const FIRST = Date.UTC(2026, 2, 10, 12);
const EDIT: RevisionInfo = {
  firstSeen: FIRST,
  changedAt: FIRST + 86_400_000,
  changes: [
    { before: 'The ferry carried 120 passengers when it ran aground.', after: 'The ferry carried 85 passengers when it ran aground.' },
    { before: 'The captain <b>declined</b> to comment.', after: null },
  ],
};

describe('RevisionNotice', () => {
  it.each([[null], [undefined], [{ ...EDIT, changes: [] }]])('renders nothing for %j', (revision) => {
    expect(mount(<RevisionNotice revision={revision} />).innerHTML).toBe('');
  });

  it('says when the reader first read it, as a status with a collapsed list', () => {
    const el = mount(<RevisionNotice revision={EDIT} locale="en-GB" />);
    const box = el.querySelector('[role="status"]')!;
    expect(box.textContent).toContain('Edited since you first read it on 10 Mar 2026');
    const button = el.querySelector<HTMLButtonElement>('button')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.textContent).toBe('Show what changed (2 statements)');
    expect(el.querySelector(`#${button.getAttribute('aria-controls')}`)?.hasAttribute('hidden')).toBe(true);
  });

  it('expands into word diffs and strikes removed statements through, as text', () => {
    const el = mount(<RevisionNotice revision={EDIT} locale="en-GB" />);
    const button = el.querySelector<HTMLButtonElement>('button')!;
    act(() => button.click());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(el.querySelector('ol')?.hasAttribute('hidden')).toBe(false);
    expect(el.querySelector('.revision-before del[data-mark~="number"]')?.textContent).toContain('120');
    expect(el.querySelector('.revision-after ins[data-mark~="number"]')?.textContent).toContain('85');
    const removed = el.querySelector('[data-removed="true"] del')!;
    expect(removed.textContent).toBe('The captain <b>declined</b> to comment.');
    expect(el.querySelector('b')).toBeNull();
    act(() => button.click());
    expect(el.querySelector('ol')?.hasAttribute('hidden')).toBe(true);
  });

  // Regression: an edit that only added paragraphs gave no notice, and a mixed edit paired a removed
  // quote with an unrelated added sentence by position and left one addition out.
  it('lists reworded, removed and added statements, as many as the count says', () => {
    const before = ['Floods forced 9,000 people from their homes in the river valley, officials said.',
      '"The dam was inspected in the spring," the regional governor said.', 'Schools have been turned into <i>shelters</i>.'];
    const after = ['Floods forced 12,000 people from their homes in the river valley, officials said.', before[2],
      'Correction: an earlier version of this article misstated the name of the river.',
      'On Thursday the government announced an emergency aid package of 40 million euros.'];
    const el = mount(<RevisionNotice revision={{ ...EDIT, changes: changedClaims(before, after) }} locale="en-GB" />);
    const button = el.querySelector<HTMLButtonElement>('button')!;
    expect(button.textContent).toBe('Show what changed (4 statements)');
    act(() => button.click());
    expect(el.querySelectorAll('li.revision-change')).toHaveLength(4);
    expect(el.querySelector('.revision-before del[data-mark~="number"]')?.textContent).toContain('9,000');
    expect(el.querySelector('.revision-after ins[data-mark~="number"]')?.textContent).toContain('12,000');
    expect(el.querySelectorAll('.revision-before')).toHaveLength(1);
    expect(el.querySelector('[data-removed="true"] del')?.textContent).toBe(before[1]);
    expect([...el.querySelectorAll('[data-added="true"] ins')].map((n) => n.textContent)).toEqual(after.slice(2));
  });

  it('shows an edit that only added statements, as text', () => {
    const added = { ...EDIT, changes: [{ before: null, after: 'New: <b>a correction</b>.' }] };
    const el = mount(<RevisionNotice revision={added} locale="en-GB" />);
    const button = el.querySelector<HTMLButtonElement>('button')!;
    expect(button.textContent).toBe('Show what changed (1 statement)');
    act(() => button.click());
    expect(el.querySelector('[data-added="true"]')?.textContent).toBe('Added: New: <b>a correction</b>.');
    expect(el.querySelector('b')).toBeNull();
  });

  it('formats the first-read date in the given locale', () => {
    expect(firstReadDate(FIRST, 'en-US')).toBe('Mar 10, 2026');
  });
});

const rev = (seenAt: number, changes: ArticleRevision['changes']): ArticleRevision => ({ seenAt, changedAt: seenAt + 10, changes });

describe('revisionInfo', () => {
  it.each<[string, ArticleRevision[] | undefined, RevisionInfo | null]>([
    ['no revisions', undefined, null],
    ['empty list', [], null],
    ['one edit', [rev(5, [{ before: 'A 1.', after: 'A 2.' }])], { firstSeen: 5, changedAt: 15, changes: [{ before: 'A 1.', after: 'A 2.' }] }],
    [
      'a chain of edits collapses to first-read → now',
      [rev(5, [{ before: 'A 1.', after: 'A 2.' }]), rev(20, [{ before: 'A 2.', after: 'A 3.' }, { before: 'B.', after: null }])],
      { firstSeen: 5, changedAt: 30, changes: [{ before: 'A 1.', after: 'A 3.' }, { before: 'B.', after: null }] },
    ],
    ['a reverted edit drops out', [rev(5, [{ before: 'A 1.', after: 'A 2.' }]), rev(20, [{ before: 'A 2.', after: 'A 1.' }])], null],
    ['an addition edited later stays an addition', [rev(5, [{ before: null, after: 'N 1.' }]), rev(20, [{ before: 'N 1.', after: 'N 2.' }])],
      { firstSeen: 5, changedAt: 30, changes: [{ before: null, after: 'N 2.' }] }],
    ['an addition removed later drops out', [rev(5, [{ before: null, after: 'N.' }]), rev(20, [{ before: 'N.', after: null }])], null],
    ['a removal added back drops out', [rev(5, [{ before: 'B.', after: null }]), rev(20, [{ before: null, after: 'B.' }])], null],
  ])('%s', (_name, revisions, expected) => {
    expect(revisionInfo(revisions)).toEqual(expected);
  });
});
