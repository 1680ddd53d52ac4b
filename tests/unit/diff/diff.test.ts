import { describe, expect, it } from 'vitest';
import { diffSide, wordDiff, type DiffOp } from '../../../utils/diff/index.ts';

/** Compact view of a diff: "=text", "-text", "+text"; trivial segments get a "~" prefix. */
const view = (ops: DiffOp[]) => ops.map((o) => `${o.trivial ? '~' : ''}${o.op === 'equal' ? '=' : o.op === 'delete' ? '-' : '+'}${o.text}`);

describe('wordDiff: shape of the cleaned diff', () => {
  it.each([
    ['identical', 'The vote passed.', 'The vote passed.', ['=The vote passed.']],
    ['one word replaced', 'The minister said 12 people were hurt.', 'The minister claimed 15 people were hurt.', ['=The minister ', '-said 12', '+claimed 15', '= people were hurt.']],
    ['word deleted, space stays with equal text', 'The big dog barked.', 'The dog barked.', ['=The', '- big', '= dog barked.']],
    ['word inserted at start', 'dog barks', 'The dog barks', ['+The ', '=dog barks']],
    ['whole words only (no split "attend"/"attendance")', 'They will attend.', 'Their attendance.', ['-They will attend', '+Their attendance', '=.']],
    ['stopword between two edits folds in', 'Prices rose because of costs', 'Prices fell due to costs', ['=Prices ', '-rose because of', '+fell due to', '= costs']],
    ['decimal stays one token', 'It rose 3.5% today.', 'It rose 3.6% today.', ['=It rose ', '-3.5', '+3.6', '=% today.']],
    ['CJK character diff', '今天天气很好。', '今天天气不好。', ['=今天天气', '-很', '+不', '=好。']],
  ])('%s', (_name, a, b, expected) => {
    expect(view(wordDiff(a, b))).toEqual(expected);
  });
});

describe('wordDiff: style-only changes are trivial', () => {
  it.each([
    ['extra spaces', 'The plan  was approved.', 'The plan was approved.'],
    ['letter case', 'The Plan was approved.', 'the plan was approved.'],
    ['curly vs straight quotes', '“We will win,” he said.', '"We will win," he said.'],
    ['dash style', 'It was—briefly—calm.', 'It was–briefly–calm.'],
    ['line break vs space', 'It was\ncalm.', 'It was calm.'],
  ])('%s', (_name, a, b) => {
    const ops = wordDiff(a, b);
    expect(ops.filter((o) => o.op !== 'equal').every((o) => o.trivial === true)).toBe(true);
    expect(ops.some((o) => o.marks)).toBe(false);
    expect([diffSide(ops, 'a'), diffSide(ops, 'b')]).toEqual([a, b]);
  });

  // Regression: a spacing-only block after a case-only one came out as a second trivial insert
  // (["~- the", "~+The", "~+  "]), two neighbours with the same op and triviality (fast-check seed -723285486).
  it('joins a spacing change onto the style change before it', () => {
    expect(view(wordDiff(' the', 'The  '))).toEqual(['~- the', '~+The  ']);
  });

  it('keeps real edits separate from a neighbouring style change', () => {
    expect(view(wordDiff('The big dog barked.', 'the dog barked.'))).toEqual(['~-The', '~+the', '- big', '= dog barked.']);
  });
});

describe('wordDiff on huge unrelated inputs', () => {
  it('gives up aligning and still rebuilds both sides', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ');
    const t0 = performance.now();
    const ops = wordDiff(a, b);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(diffSide(ops, 'a')).toBe(a);
    expect(diffSide(ops, 'b')).toBe(b);
  });
});
