/**
 * Injection in the evidence Markdown export: page-derived titles, outlet names, sentences and
 * URLs carrying HTML, Markdown links, headings, `javascript:` URLs and bidi controls come out as
 * escaped text; only http(s) URLs become autolinks.
 */
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, evidenceMarkdown } from '../../../utils/report/evidence-markdown';
import type { CoverageReport } from '../../../utils/library/types';

const PAYLOADS = [
  '<img src=x onerror="window.__canary=1">',
  '<script>window.__canary=1</script>',
  '[click](javascript:alert(1))',
  '![x](https://tracker.example/p.png)',
  '# Heading\n## Another',
  '<javascript:alert(1)>',
  '\u202Egpj.exe and \u2066isolate\u2069 and \u202Aembed\u202C',
  '| cell | break |',
  '`code` and **bold**',
];

/** Markdown text with escaped characters removed: what a renderer would see as syntax. */
const unescaped = (md: string) => md.replace(/\\[\\`*_{}[\]()#+\-.!|<>~]/g, '');

function bundle(payload: string, url: string | null, otherUrl: string | null): string {
  const text = `The bridge was shut ${payload} on Monday.`;
  const other = `The bridge was closed ${payload} on Monday.`;
  const report: CoverageReport = {
    articleId: 1,
    outlets: [{ outletId: 'b', name: `Wire ${payload}`, domain: 'b.test', claimCount: 1, syndicated: false, earliest: 1 }],
    claims: [{
      claim: { id: 'c0', index: 0, paragraph: 0, start: 0, end: text.length, text, selector: { exact: text, prefix: '', suffix: '' }, quote: false },
      others: [{
        articleId: 2, outletId: 'b', outlet: `Wire ${payload}`, domain: 'b.test', title: `Title ${payload}`, url: otherUrl, publishedTime: payload, firstSeen: 1,
        claimId: 'c0', text: other, kind: 'near', score: 0.9, syndicated: false,
      }],
    }],
  };
  return evidenceMarkdown({ title: `Title ${payload}`, outlet: `Daily ${payload}`, url, publishedTime: payload, firstSeen: 1 }, report, 2);
}

describe.each(PAYLOADS)('payload %j', (payload) => {
  it('escapeMarkdown leaves no HTML, link, heading or bidi syntax', () => {
    const out = escapeMarkdown(payload);
    expect(out).not.toMatch(/\n/);
    expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(unescaped(out)).not.toMatch(/[<>[\]()#|`*]/);
  });

  it('the whole evidence bundle keeps it inert', () => {
    const md = bundle(payload, 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>');
    expect(md).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    // Non-http(s) URLs are shown as code spans, whose content a renderer shows literally.
    const prose = md.replace(/`[^`\n]*`/g, '`code`');
    expect(md).toContain('`javascript:alert(1)`');
    expect(prose).not.toMatch(/(^|[^\\])<(img|script|javascript|data)/im);
    expect(prose).not.toMatch(/(^|[^\\])\]\((?!https?:)/m);
    // Headings come only from the bundle itself.
    expect(md.match(/^#+ .*/gm)?.map((h) => h.replace(/ .*/, ''))).toEqual(['#', '##', '##', '###']);
  });
});

describe('URLs in the bundle', () => {
  it.each([
    ['javascript:alert(1)', false],
    ['data:text/html,x', false],
    ['https://a.test/story?x=1', true],
    ['http://a.test/<script>', false],
  ])('%s is an autolink: %s', (url, linked) => {
    const md = bundle('plain', url, null);
    expect(md.includes(`<${url}>`)).toBe(linked);
  });
});
