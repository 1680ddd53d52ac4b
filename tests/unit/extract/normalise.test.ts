/** normaliseSpace: whitespace runs, zero-width characters and bidi controls (bidi leak bug, issue 7). */
import { describe, expect, it } from 'vitest';
import { normaliseSpace } from '../../../utils/extract/normalise';

describe('normaliseSpace', () => {
  it.each([
    ['runs of spaces, tabs and NBSP', 'a \t\u00a0 b\n c', 'a b c'],
    ['zero-width and soft hyphen', 'co\u00adop\u200bera\u200dtion\ufeff', 'cooperation'],
    ['bidi override is dropped (regression: reordered the sidebar labels)', 'Mayor\u202e said', 'Mayor said'],
    ['bidi embeddings and pop', '\u202aleft\u202c \u202bright\u202c \u202dlro\u202c', 'left right lro'],
    ['bidi isolates', 'name: \u2066a\u2069 \u2067b\u2069 \u2068c\u2069', 'name: a b c'],
    ['right-to-left text itself is kept', 'قال الوزير إن', 'قال الوزير إن'],
    ['empty', '  \u202e ', ''],
  ])('%s', (_name, input, expected) => {
    expect(normaliseSpace(input)).toBe(expected);
  });
});
