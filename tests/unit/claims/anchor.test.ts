import { afterAll, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import fc from 'fast-check';
import { splitClaims } from '../../../utils/claims/index.ts';
import { anchorQuote, anchorQuotes } from '../../../utils/claims/anchor.ts';

const win = new Window();
const doc = win.document;
afterAll(() => win.happyDOM.close());

/** Builds a fresh body and anchors a selector in it. */
function anchor(html: string, exact: string, prefix = '', suffix = ''): string | null {
  doc.body.innerHTML = html;
  const range = anchorQuote(doc.body as unknown as Element, { exact, prefix, suffix });
  return range ? range.toString() : null;
}

describe('anchorQuote', () => {
  it.each([
    ['plain paragraph', '<p>First one. The minister said 12 people were hurt. Last.</p>', 'The minister said 12 people were hurt.', 'The minister said 12 people were hurt.'],
    ['across inline elements', '<p>The <b>minister</b> said <a href="#">12 people</a> were hurt.</p>', 'The minister said 12 people were hurt.', 'The minister said 12 people were hurt.'],
    ['extra whitespace in page', '<p>The   minister\n said 12 people were hurt.</p>', 'The minister said 12 people were hurt.', 'The   minister\n said 12 people were hurt.'],
    ['curly vs straight quotes', '<p>“We will win,” he said.</p>', '"We will win," he said.', '“We will win,” he said.'],
    ['fuzzy: one word changed', '<p>Intro text. The minister said twelve people were hurt on Tuesday evening. Outro.</p>', 'The minister said 12 people were hurt on Tuesday evening.', 'The minister said twelve people were hurt on Tuesday evening.'],
    ['bidi controls in the page are ignored (regression: stripped from claims, kept in the page)', '<p>The \u202eminister\u202c said 12 people were hurt.</p>', 'The minister said 12 people were hurt.', 'The \u202eminister\u202c said 12 people were hurt.'],
    ['script text ignored', '<script>var s = "The minister said";</script><p>The minister said so.</p>', 'The minister said so.', 'The minister said so.'],
  ])('%s', (_name, html, exact, expected) => {
    expect(anchor(html, exact)).toBe(expected);
  });

  it('uses prefix and suffix to pick between repeated text', () => {
    doc.body.innerHTML = '<p>Alpha. He said no. Beta.</p><p>Gamma. He said no. Delta.</p>';
    const range = anchorQuote(doc.body as unknown as Element, { exact: 'He said no.', prefix: 'Gamma. ', suffix: ' Delta.' });
    expect(range?.toString()).toBe('He said no.');
    expect(range?.startContainer.nodeValue).toContain('Gamma');
  });

  it.each([
    ['absent text', '<p>Nothing relevant here at all, just other words.</p>', 'The minister said 12 people were hurt.'],
    ['empty body', '', 'anything'],
  ])('returns null for %s', (_name, html, exact) => {
    expect(anchor(html, exact)).toBeNull();
  });
});

describe('anchorQuotes', () => {
  it('anchors many selectors in one pass, null for the missing one', () => {
    doc.body.innerHTML = '<article><p>First claim is here.</p><p>Second <i>claim</i> is there.</p></article>';
    const ranges = anchorQuotes(doc.body as unknown as Element, [
      { exact: 'Second claim is there.', prefix: '', suffix: '' },
      { exact: 'Not in the page at all, really.', prefix: '', suffix: '' },
      { exact: 'First claim is here.', prefix: '', suffix: '' },
    ]);
    expect(ranges.map((r) => r?.toString() ?? null)).toEqual(['Second claim is there.', null, 'First claim is here.']);
  });
});

describe('anchorQuote round trip with splitClaims', () => {
  const piece = fc.constantFrom('The', 'minister', 'said', 'U.S.', 'Mr.', '3.5%', '"We', 'win,"', '“Yes.”', 'Then', 'it', 'rained.', '今天很好。', 'שלום.', 'بخير؟', '  ');
  it('finds every claim of an article in a page built from its paragraphs', () => {
    fc.assert(
      fc.property(fc.array(fc.array(piece, { minLength: 1, maxLength: 25 }).map((w) => w.join(' ')), { minLength: 1, maxLength: 4 }), (paragraphs) => {
        doc.body.innerHTML = '';
        for (const p of paragraphs) {
          const el = doc.createElement('p');
          el.textContent = p;
          doc.body.appendChild(el);
        }
        const claims = splitClaims(paragraphs);
        const ranges = anchorQuotes(doc.body as unknown as Element, claims.map((c) => c.selector));
        claims.forEach((c, i) => expect(ranges[i]?.toString()).toBe(c.text));
      }),
      { numRuns: 100 },
    );
  });
});
