import { describe, expect, it } from 'vitest';
import { diffToMarkdown, escapeMarkdown, evidenceMarkdown } from '../../../utils/report/evidence-markdown';
import type { DiffOp } from '../../../utils/diff/types';
import type { Claim } from '../../../utils/claims/types';
import type { CoverageOther, CoverageReport } from '../../../utils/library/types';

function claim(index: number, text: string): Claim {
  return { id: `c${index}`, index, paragraph: 0, start: 0, end: text.length, text, selector: { exact: text, prefix: '', suffix: '' }, quote: false };
}

function other(over: Partial<CoverageOther>): CoverageOther {
  return {
    articleId: 2, outletId: 'daily.example', outlet: 'The Daily', domain: 'daily.example', title: 'Bridge reopens',
    url: 'https://daily.example/bridge', publishedTime: null, firstSeen: Date.UTC(2026, 0, 2), claimId: 'c0',
    text: 'The bridge reopened on Monday.', kind: 'verbatim', score: 1, syndicated: false, ...over,
  };
}

describe('diffToMarkdown', () => {
  it.each<[string, DiffOp[], string]>([
    ['unchanged', [{ op: 'equal', text: 'The bridge reopened.' }], 'The bridge reopened\\.'],
    ['changed number', [{ op: 'equal', text: 'About ' }, { op: 'delete', text: '40' }, { op: 'insert', text: '45' }, { op: 'equal', text: ' people left.' }], 'About [-40-]{+45+} people left\\.'],
    ['trivial change shown once', [{ op: 'delete', text: '"Yes"', trivial: true }, { op: 'insert', text: '“Yes”', trivial: true }, { op: 'equal', text: ' he said' }], '"Yes" he said'],
    ['inserted words', [{ op: 'equal', text: 'Police ' }, { op: 'insert', text: 'later ' }, { op: 'equal', text: 'said' }], 'Police {+later+} said'],
  ])('%s', (_name, ops, expected) => {
    expect(diffToMarkdown(ops)).toBe(expected);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['[click](javascript:alert(1))', '\\[click\\]\\(javascript:alert\\(1\\)\\)'],
    ['<script>x</script>', '\\<script\\>x\\</script\\>'],
    ['# Heading', '\\# Heading'],
    ['a\u202Eb\nc', 'ab c'],
  ])('%j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('evidenceMarkdown', () => {
  const report: CoverageReport = {
    articleId: 1,
    claims: [
      {
        claim: claim(0, 'The bridge reopened on Monday.'),
        others: [
          other({}),
          other({ outlet: 'Wire <b>News</b>', outletId: 'wire.example', kind: 'near', text: 'The bridge reopened on Tuesday.', publishedTime: '2026-01-01T08:00:00Z', syndicated: true }),
        ],
      },
      { claim: claim(1, 'Officials declined to comment.'), others: [] },
      { claim: { ...claim(3, '"It will reopen [soon]," the mayor said.'), paragraph: 5 }, others: [] },
      { claim: { ...claim(4, '"We are sure of it."'), paragraph: 5 }, others: [] },
      {
        claim: claim(2, 'The bridge will close again in May.'),
        others: [other({ kind: 'paraphrase', score: 0.5, tentative: true, text: 'Another closure is planned for May.' })],
      },
    ],
    outlets: [{ outletId: 'daily.example', name: 'The Daily', domain: 'daily.example', claimCount: 1, syndicated: false, earliest: Date.UTC(2026, 0, 2) }],
    sameStory: [{
      articleId: 7, outletId: 'radio.example', outlet: 'Valley *Radio*', domain: 'radio.example', title: 'Boats [lifted] out',
      url: 'https://radio.example/boats', publishedTime: null, firstSeen: Date.UTC(2026, 0, 2), similarity: 0.5,
    }],
  };
  const md = evidenceMarkdown(
    { title: 'Bridge [reopens]', outlet: 'Herald', url: 'javascript:alert(1)', publishedTime: null, firstSeen: Date.UTC(2026, 0, 3) },
    report, Date.UTC(2026, 0, 4),
  );

  it.each([
    ['title heading, escaped', '# Evidence: Bridge \\[reopens\\]'],
    ['non-http URL as inert code', '- URL: `javascript:alert(1)`'],
    ['coverage count', '- Statements also reported elsewhere: 2 of 5'],
    ['the attribution a quotation continues, escaped', '### 4. "We are sure of it\\."\n\nQuotation continued: the mayor said'],
    ['outlet table row', '| The Daily | 1 | no | 2026-01-02T00:00:00.000Z |'],
    ['claim heading in article order', '### 2. Officials declined to comment\\.'],
    ['verbatim match with first-seen time', '- **The Daily** (verbatim; first seen 2026-01-02T00:00:00.000Z): The bridge reopened on Monday\\.'],
    ['near match with publication time, escaped outlet', '- **Wire \\<b\\>News\\</b\\>** (near, syndicated; published 2026-01-01T08:00:00.000Z)'],
    ['the diff', '  - Diff: The bridge reopened on [-Monday-]{+Tuesday+}\\.'],
    ['the change labels', '  - Changes: Date changed: Monday → Tuesday'],
    ['a tentative paraphrase called possible', '- **The Daily** (possible paraphrase; first seen 2026-01-02T00:00:00.000Z): Another closure is planned for May\\.'],
    ['http link kept', '(<https://daily.example/bridge>)'],
    ['claims only this outlet reported', 'Only this outlet reported this statement.'],
    ['same-story section', '## Same story, no statement in common'],
    ['same-story article, escaped', '- **Valley \\*Radio\\*** (first seen 2026-01-02T00:00:00.000Z): Boats \\[lifted\\] out (<https://radio.example/boats>)'],
  ])('%s', (_name, expected) => {
    expect(md).toContain(expected);
  });

  it('has no raw HTML from the page', () => {
    expect(md).not.toMatch(/<b>|<script/);
  });
});
