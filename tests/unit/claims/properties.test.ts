import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitClaims, splitSentences } from '../../../utils/claims/index.ts';
import { isFragment } from '../../../utils/claims/fragment.ts';

/** Pieces that stress the splitter: abbreviations, quotes, CJK and RTL punctuation, odd spacing. */
const piece = fc.constantFrom(
  'The', 'minister', 'said', 'U.S.', 'Mr.', 'J.', 'No.', '10', '3.5%', '$1.2', 'e.g.', '...', '…', '.', '!', '?',
  '"', '“', '”', '„', '«', '»', '「', '」', ',', ':', 'we', 'will', 'win.', 'Then', '今天', '天气很好。', '你好吗？',
  'هل', 'بخير؟', 'שלום.', ' ', '  ', '\n', '\t', '\u00a0',
);
const text = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map((p) => p.join(' ')),
  fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
);

/** Non-whitespace characters of a string, in order. */
const ink = (s: string) => s.replace(/\s+/g, '');

describe('splitSentences properties', () => {
  it('loses no non-whitespace text and keeps spans ordered and trimmed', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(undefined, 'en', 'zh', 'ar', 'he'), (t, lang) => {
        const spans = splitSentences(t, lang);
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          const slice = t.slice(s.start, s.end);
          expect(slice).toBe(slice.trim());
          expect(ink(t.slice(last, s.start))).toBe('');
          last = s.end;
        }
        expect(ink(t.slice(last))).toBe('');
        expect(spans.map((s) => ink(t.slice(s.start, s.end))).join('')).toBe(ink(t));
      }),
      { numRuns: 400 },
    );
  });
});

describe('splitSentences properties on long text (segmented in pieces)', () => {
  it('loses no non-whitespace text and keeps spans ordered', () => {
    const long = fc.array(piece, { minLength: 500, maxLength: 2500 }).map((p) => p.join(' '));
    fc.assert(
      fc.property(long, (t) => {
        const spans = splitSentences(t, 'en');
        spans.forEach((s, i) => {
          expect(s.end).toBeGreaterThan(s.start);
          if (i > 0) expect(s.start).toBeGreaterThanOrEqual(spans[i - 1].end);
        });
        expect(spans.map((s) => ink(t.slice(s.start, s.end))).join('')).toBe(ink(t));
      }),
      { numRuns: 30 },
    );
  });
});

describe('splitClaims properties', () => {
  it('slices back to each claim, keeps order, loses no letters or digits, and selectors fit the article', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (paragraphs) => {
        const claims = splitClaims(paragraphs);
        const article = paragraphs.join('\n\n');
        const seen = new Set<string>();
        let prev = { paragraph: -1, end: 0 };
        for (const [i, c] of claims.entries()) {
          expect(c.index).toBe(i);
          expect(seen.has(c.id)).toBe(false);
          seen.add(c.id);
          expect(paragraphs[c.paragraph].slice(c.start, c.end)).toBe(c.text);
          expect(c.paragraph > prev.paragraph || c.start >= prev.end).toBe(true);
          expect(article).toContain(c.selector.prefix + c.selector.exact + c.selector.suffix);
          prev = c;
        }
        // Every letter or digit of every paragraph that states something (not a label: fragment.ts) is inside some claim.
        paragraphs.forEach((p, k) => {
          if (isFragment(p)) return;
          const inClaims = claims.filter((c) => c.paragraph === k).map((c) => c.text).join('');
          const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
          expect(letters(inClaims)).toBe(letters(p));
        });
      }),
      { numRuns: 300 },
    );
  });
});
