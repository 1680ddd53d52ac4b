/** Human-readable output of `xref compare`: the compact inline diff and the change note. */
import { describe, expect, it } from 'vitest';
import { changeNote, inlineDiff, sharedShare } from '../../../scripts/lib/cli/format.ts';
import { wordDiff } from '../../../utils/diff/index.ts';
import type { DiffOp } from '../../../utils/diff/types.ts';
import { DEMO, xref } from './helpers.ts';

describe('inlineDiff', () => {
  it.each<[string, DiffOp[], number, string]>([
    ['a changed number', [
      { op: 'equal', text: 'Prices rose ' }, { op: 'delete', text: '12' }, { op: 'insert', text: '15' }, { op: 'equal', text: ' percent.' },
    ], 4, 'Prices rose [-12-]{+15+} percent.'],
    ['spaces stay outside the markers', [
      { op: 'equal', text: 'the authority said' }, { op: 'insert', text: ' in a statement' }, { op: 'equal', text: '.' },
    ], 4, 'the authority said {+in a statement+}.'],
    ['long unchanged runs are elided around the change', [
      { op: 'equal', text: 'one two three four five six seven eight ' }, { op: 'delete', text: 'nine' }, { op: 'insert', text: 'ten' },
      { op: 'equal', text: ' eleven twelve thirteen fourteen fifteen sixteen.' },
    ], 2, '… seven eight [-nine-]{+ten+} eleven twelve …'],
    ['a trivial (style-only) change shows this page\'s text', [
      { op: 'equal', text: 'He said ' }, { op: 'delete', text: '"no"', trivial: true }, { op: 'insert', text: '“no”', trivial: true }, { op: 'equal', text: '.' },
    ], 4, 'He said "no".'],
  ])('%s', (_name, ops, context, expected) => {
    expect(inlineDiff(ops, context)).toBe(expected);
  });

  it.each([
    ['Engineers lowered the reservoir to 35 percent of capacity.', 'Engineers lowered the reservoir to 38 percent of capacity.', /\[-35-\]\{\+38\+\}/],
    ['Water was cut off because of a burst main.', 'Water was cut off due to a burst main.', /\[-because of-\]\{\+due to\+\}/],
  ])('renders the engine diff of "%s"', (a, b, pattern) => {
    expect(inlineDiff(wordDiff(a, b))).toMatch(pattern);
  });
});

describe('changeNote and sharedShare', () => {
  it.each([
    ['a changed number', 'Rents rose 12 percent.', 'Rents rose 15 percent.', /number 12 percent → 15 percent|number 12 → 15/],
    ['a hedge verb', 'The mayor said the plan was legal.', 'The mayor claimed the plan was legal.', /hedge|attribution/],
    ['a dropped number', 'About 400 homes were flooded.', 'Homes were flooded.', /number 400 dropped/],
    ['an added number', 'Homes were flooded.', 'About 400 homes were flooded.', /number 400 added/],
    ['another day', 'The plan was approved on Monday.', 'The plan was approved on Tuesday.', /^date Monday → Tuesday$/],
    ['roles swapped', 'Rovers beat Athletic 2-1.', 'Athletic beat Rovers 2-1.', /^roles swapped Rovers ↔ Athletic$/],
    ['nothing significant', 'The plan was approved on Monday.', 'The plan was approved on Monday.', /^$/],
  ])('%s', (_name, a, b, pattern) => {
    expect(changeNote(wordDiff(a, b))).toMatch(pattern);
  });

  it.each([
    ['identical', 'The bridge is closed.', 'The bridge is closed.', 1, 1],
    ['unrelated', 'The bridge is closed.', 'Voters elected a new mayor yesterday.', 0, 0.4],
  ])('%s claims share %s', (_name, a, b, min, max) => {
    const share = sharedShare(wordDiff(a, b));
    expect(share).toBeGreaterThanOrEqual(min);
    expect(share).toBeLessThanOrEqual(max);
  });
});

describe('xref compare without --json', () => {
  it('lists each claim with its matches and a compact inline diff', async () => {
    const r = await xref(['compare', '--corpus', '.', 'observer.html'], DEMO);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Carrow reservoir collapse: what the emergency water restrictions mean for you');
    expect(lines).toContain('c2   Businesses that use more than 50,000 litres a month must submit a reduction plan within 14 days.');
    expect(r.stdout).toMatch(/^ {2}\[verbatim 1\.00\] Continental Press: Businesses that use/m);
    expect(r.stdout).toMatch(/^ {2}\[near \d\.\d\d\] The Northfield Ledger: Engineers lowered the reservoir to 38 percent/m);
    expect(r.stdout).toMatch(/^ {6}Engineers lowered the reservoir to \[-35-\]\{\+38\+\} percent/m);
    expect(r.stdout).toMatch(/^ {6}\(number 35 → 38\)$/m);
    expect(r.stdout).toMatch(/^ {2}\(no other outlet\)$/m);
    // A paraphrase found only thanks to the shared story is marked possible, as in the sidebar.
    expect(r.stdout).toMatch(/^ {2}\[paraphrase\? 0\.[45]\d\] Hollin Valley Herald: /m);
    expect(r.stdout).toMatch(/^ {2}\[paraphrase 0\.\d\d\] The Riverside Gazette: /m);
    // The radio story covers the same event with none of these statements.
    expect(lines).toContain('Same story, no claim in common: Hollin Valley Radio (Boats lifted out and fish rescued as Carrow reservoir is drained)');
  });
});
