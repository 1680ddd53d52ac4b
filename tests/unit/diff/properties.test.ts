import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffSide, wordDiff } from '../../../utils/diff/index.ts';

/** Words, punctuation, quotes, numbers, CJK/RTL and odd spacing, joined by spaces or glued. */
const word = fc.oneof(
  fc.constantFrom('the', 'The', 'minister', 'said', 'claimed', 'not', "don't", '12', '3.5%', '$1.2', '“', '”', '"', ',', '.', '—',
    '今天', '很', '好。', 'قال', 'שלום', 'é', 'e\u0301', '😀', ' ', '  ', '\n', '\u00a0'),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);
const sentence = fc.oneof(
  fc.array(word, { maxLength: 30 }).map((w) => w.join(' ')),
  fc.array(word, { maxLength: 30 }).map((w) => w.join('')),
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

describe('wordDiff properties', () => {
  it('equal+delete rebuilds a and equal+insert rebuilds b', () => {
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const ops = wordDiff(a, b);
        expect(diffSide(ops, 'a')).toBe(a);
        expect(diffSide(ops, 'b')).toBe(b);
      }),
      { numRuns: 1000 },
    );
  });

  it('rebuilds both sides for edits of one sentence', () => {
    const edited = fc.tuple(fc.array(word, { minLength: 1, maxLength: 30 }), fc.array(fc.tuple(fc.nat(), word), { maxLength: 5 })).map(
      ([words, edits]) => {
        const b = [...words];
        for (const [at, w] of edits) b.splice(at % (b.length + 1), at % 2, w);
        return [words.join(' '), b.join(' ')] as const;
      },
    );
    fc.assert(
      fc.property(edited, ([a, b]) => {
        const ops = wordDiff(a, b);
        expect(diffSide(ops, 'a')).toBe(a);
        expect(diffSide(ops, 'b')).toBe(b);
        // No empty segments, and no two neighbours with the same op and triviality.
        ops.forEach((o, i) => {
          expect(o.text.length).toBeGreaterThan(0);
          const n = ops[i + 1];
          if (n) expect(n.op === o.op && Boolean(n.trivial) === Boolean(o.trivial)).toBe(false);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('identical inputs give one equal segment (or none for empty)', () => {
    fc.assert(
      fc.property(sentence, (a) => {
        expect(wordDiff(a, a)).toEqual(a ? [{ op: 'equal', text: a }] : []);
      }),
    );
  });
});
