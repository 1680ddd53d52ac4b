/** Command-line parsing and the pairs TSV reader of `xref`. */
import { describe, expect, it } from 'vitest';
import { checkArity, parseArgs } from '../../../scripts/lib/cli/args.ts';
import { parsePairs } from '../../../scripts/lib/cli/pairs.ts';
import { CliError } from '../../../scripts/lib/cli/types.ts';

describe('parseArgs', () => {
  it.each([
    ['flags before the command', ['--json', 'extract', 'a.html'], { command: 'extract', json: true, files: ['a.html'] }],
    ['--corpus with a separate value', ['compare', '--corpus', 'dir', 'p.html'], { command: 'compare', corpus: 'dir', files: ['p.html'] }],
    ['--corpus=value', ['compare', '--corpus=dir', '--json', 'p.html'], { corpus: 'dir', json: true, files: ['p.html'] }],
    ['-- ends options', ['extract', '--', '--json'], { command: 'extract', json: false, files: ['--json'] }],
    ['help as a command', ['help'], { help: true, command: null }],
    ['a lone dash is a file name', ['pairs', '-'], { command: 'pairs', files: ['-'] }],
  ])('%s', (_name, argv, expected) => {
    expect(parseArgs(argv)).toMatchObject(expected);
  });

  it.each([
    [['extract', '--jsn', 'a.html'], /unknown option: --jsn/],
    [['diff', 'a.html'], /unknown command: diff/],
    [['compare', '--corpus'], /--corpus needs a directory/],
    [['compare', '--corpus=', 'p.html'], /--corpus needs a directory/],
    [['compare', '--corpus', 'a', '--corpus', 'b', 'p.html'], /more than once/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
    try {
      parseArgs(argv);
    } catch (err) {
      expect((err as CliError).exitCode).toBe(2);
    }
  });
});

describe('checkArity', () => {
  it.each([
    [['extract'], /at least one FILE/],
    [['compare', 'p.html'], /--corpus DIR/],
    [['compare', '--corpus', 'd'], /exactly one PAGE/],
    [['pairs', 'a.tsv', 'b.tsv'], /exactly one FILE.tsv/],
    [['pairs', '--corpus', 'd', 'a.tsv'], /only for compare/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => checkArity(parseArgs(argv))).toThrow(message);
  });

  it.each([[['extract', 'a.html', 'b.txt']], [['compare', '--corpus', 'd', 'p.html']], [['pairs', 'x.tsv']]])('%j is accepted', (argv) => {
    expect(() => checkArity(parseArgs(argv))).not.toThrow();
  });
});

describe('parsePairs', () => {
  it.each([
    ['two lines', 'a one\tb one\na two\tb two\n', [['a one', 'b one'], ['a two', 'b two']]],
    ['CRLF line endings and a BOM', '\ufeffa\tb\r\nc\td\r\n', [['a', 'b'], ['c', 'd']]],
    ['no trailing newline', 'a\tb', [['a', 'b']]],
    ['old Mac CR-only line endings (regression: read as one line)', 'a\tb\rc\td\r', [['a', 'b'], ['c', 'd']]],
    ['empty sentences are kept', '\tb\na\t\n', [['', 'b'], ['a', '']]],
    ['an empty file', '', []],
  ])('%s', (_name, text, expected) => {
    expect(parsePairs(text, 'x.tsv').pairs).toEqual(expected);
  });

  it.each([
    ['a line without a tab', 'a\tb\nno tab here\n', /x.tsv:2: expected/],
    ['a line with two tabs', 'a\tb\tc\n', /x.tsv:1: .*found 2 tabs/],
    ['a line of spaces and two tabs', 'a\tb\n \t \t \n', /x.tsv:2: .*found 2 tabs/],
  ])('%s is an unreadable argument', (_name, text, message) => {
    expect(() => parsePairs(text, 'x.tsv')).toThrow(message);
  });
});
