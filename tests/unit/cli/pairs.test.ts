/**
 * `xref pairs` and blank or half-empty lines (scripts/lib/cli/pairs.ts). Regression (review): a blank
 * line in the middle failed with "found 0 tabs" while trailing blank lines were skipped, and a pair
 * with an empty sentence, or a file without pairs, was judged silently. Now blank lines are
 * skipped everywhere, and empty sentences and pair-less files are warned about on stderr.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPairs, parsePairs } from '../../../scripts/lib/cli/pairs.ts';
import { schemaErrors, tempDir, xref } from './helpers.ts';

const A = 'The council approved the budget on Tuesday.';
const B = 'On Tuesday the council approved the budget.';

describe('parsePairs: blank lines are skipped wherever they are', () => {
  it.each<[string, string, Array<[string, string]>, number[]]>([
    ['a blank line in the middle (regression: "found 0 tabs")', `${A}\t${B}\n\n${B}\t${A}\n`, [[A, B], [B, A]], [1, 3]],
    ['blank lines first', `\n\n${A}\t${B}\n`, [[A, B]], [3]],
    ['trailing blank lines', `${A}\t${B}\n\n\n`, [[A, B]], [1]],
    ['lines of spaces, CRLF', `${A}\t${B}\r\n   \r\n${B}\t${A}\r\n \r\n`, [[A, B], [B, A]], [1, 3]],
    ['a non-breaking space alone on a line', `\u00a0\n${A}\t${B}\n`, [[A, B]], [2]],
  ])('%s', (_name, text, pairs, lines) => {
    const parsed = parsePairs(text, 'p.tsv');
    expect(parsed).toEqual({ pairs, lines, warnings: [] });
  });
});

describe('parsePairs: warnings name the line', () => {
  it.each([
    ['sentence B empty', `${A}\t${B}\n\n${A}\t\n`, 2, ['p.tsv:3: sentence B is empty']],
    ['sentence A empty', `\t${B}\n`, 1, ['p.tsv:1: sentence A is empty']],
    ['sentence B only spaces', `${A}\t   \n`, 1, ['p.tsv:1: sentence B is empty']],
    ['both sentences empty (a lone tab is a pair line, not a blank one)', `\t\n${A}\t${B}\n`, 2, ['p.tsv:1: sentences A and B are empty']],
    ['an empty file', '', 0, ['p.tsv: no sentence pairs (the file is empty or all its lines are blank)']],
    ['only blank lines', '\n  \n\n', 0, ['p.tsv: no sentence pairs (the file is empty or all its lines are blank)']],
  ])('%s', (_name, text, count, warnings) => {
    const parsed = parsePairs(text, 'p.tsv');
    expect(parsed.pairs).toHaveLength(count);
    expect(parsed.warnings).toEqual(warnings);
  });
});

describe('xref pairs --json: one entry per pair line, warnings on stderr, exit 0', () => {
  it.each<[string, string, number, string]>([
    ['a blank line in the middle', `${A}\t${B}\n\n${B}\t${A}\n`, 2, ''],
    ['an empty sentence', `${A}\t${B}\n\nOnly one sentence.\t\n`, 2, 'xref: p.tsv:3: sentence B is empty\n'],
    ['a lone tab', '\t\n', 1, 'xref: p.tsv:1: sentences A and B are empty\n'],
    ['only blank lines', '\n\n \n', 0, 'xref: p.tsv: no sentence pairs (the file is empty or all its lines are blank)\n'],
    ['an empty file', '', 0, 'xref: p.tsv: no sentence pairs (the file is empty or all its lines are blank)\n'],
  ])('%s', async (_name, text, count, stderr) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.tsv'), text);
    const r = await xref(['pairs', '--json', 'p.tsv'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(stderr);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(count);
    expect(schemaErrors('pairs', out)).toBe('');
  });

  it('an empty sentence is scored as no match', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.tsv'), `${A}\t\n`);
    const r = await xref(['pairs', '--json', 'p.tsv'], dir);
    expect(JSON.parse(r.stdout)).toEqual([{ score: 0, kind: 'none' }]);
  });
});

describe('formatPairs shows the file line of each pair', () => {
  it.each<[string, number[] | undefined, string]>([
    ['with line numbers', [1, 3], '   1  [near 0.80]\n   3  [none 0.00]\n'],
    ['without, the position', undefined, '   1  [near 0.80]\n   2  [none 0.00]\n'],
  ])('%s', (_name, lines, expected) => {
    expect(formatPairs([{ score: 0.8, kind: 'near' }, { score: 0, kind: 'none' }], undefined, lines)).toBe(expected);
  });

  it('prints nothing when there are no pairs (the warning explains)', () => {
    expect(formatPairs([])).toBe('');
  });
});
