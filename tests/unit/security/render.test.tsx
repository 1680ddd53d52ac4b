// @vitest-environment happy-dom
/**
 * Injection at component level: sidebar and options components given titles, outlet names,
 * sentences and URLs that carry HTML, script and `javascript:`/`data:` URLs render them as text,
 * create no element from them, and link only http(s) URLs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleHeader } from '../../../components/sidebar/ArticleHeader';
import { ClaimCard } from '../../../components/sidebar/ClaimCard';
import { OutletChip } from '../../../components/sidebar/OutletChip';
import { SideBySide } from '../../../components/sidebar/SideBySide';
import { ArticleRow } from '../../../components/options/ArticleRow';
import type { Claim } from '../../../utils/claims/types';
import { packParagraphs } from '../../../utils/library/article-body';
import type { CoverageOther, StoredArticle } from '../../../utils/library/types';
import { useMount } from '../mount';

const PAYLOADS = [
  '<img src=x onerror="window.__canary=1">',
  '<script>window.__canary=1</script>',
  '<a href="javascript:alert(1)">map</a>',
  '"><svg onload=alert(1)>',
  '\u202Egpj.exe',
];
const BAD_URLS = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', ' javascript:alert(1)', 'not a url', null];

const mount = useMount();
afterEach(() => {
  delete (window as { __canary?: unknown }).__canary;
});

/** Elements the payloads would create if they were parsed as HTML. */
const planted = (el: HTMLElement) => el.querySelectorAll('img, script, svg, iframe, [onerror], [onload], [onclick]').length;
/** Links whose href is not http(s). */
const badLinks = (el: HTMLElement) => [...el.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '').filter((h) => !/^https?:\/\//.test(h));

function claimOf(text: string): Claim {
  return { id: 'c0', index: 0, paragraph: 0, start: 0, end: text.length, text, selector: { exact: text, prefix: '', suffix: '' }, quote: false };
}

function otherOf(payload: string, url: string | null): CoverageOther {
  const text = `The bridge was closed ${payload} on Monday.`;
  return {
    articleId: 2, outletId: 'b', outlet: `Wire ${payload}`, domain: 'b.test', title: `Title ${payload}`, url, publishedTime: null, firstSeen: 1,
    claimId: 'c0', text, kind: 'near', score: 0.9, syndicated: false,
  };
}

describe.each(PAYLOADS)('payload %j', (payload) => {
  it('ClaimCard (expanded) shows it as text in the claim, the chip and the comparison', () => {
    const item = { claim: claimOf(`The bridge was shut ${payload} on Monday.`), others: [otherOf(payload, 'javascript:alert(1)')] };
    const el = mount(<ClaimCard item={item} thisOutlet={`Daily ${payload}`} onShowInPage={() => undefined} initiallyExpanded />);
    expect(el.textContent).toContain(payload);
    expect(el.querySelector('.chip-name')?.textContent).toBe(`Wire ${payload}`);
    expect(planted(el)).toBe(0);
    expect(badLinks(el)).toEqual([]);
  });

  it('ArticleHeader shows title, outlet and byline as text', () => {
    const article = {
      articleId: 1, title: `Title ${payload}`, outlet: `Outlet ${payload}`, domain: 'a.test', url: 'javascript:alert(1)',
      byline: `By ${payload}`, publishedTime: payload, saved: true, claimCount: 1,
    };
    const el = mount(<ArticleHeader article={article} selection={`Selected ${payload}`} />);
    expect(el.querySelector('.article-title')?.textContent).toBe(`Title ${payload}`);
    expect(el.querySelector('.outlet-name')?.textContent).toBe(`Outlet ${payload}`);
    expect(el.textContent).toContain(`Selected ${payload}`);
    expect(planted(el)).toBe(0);
    expect(badLinks(el)).toEqual([]);
  });

  it('OutletChip keeps the name out of markup and attributes', () => {
    const el = mount(<OutletChip name={payload} kind="verbatim" count={2} syndicated />);
    expect(el.querySelector('.chip-name')?.textContent).toBe(payload);
    expect(el.querySelector('.chip')?.getAttribute('data-outlet')).toBe(payload);
    expect(planted(el)).toBe(0);
  });

  it('ArticleRow shows the title as text', () => {
    const article: StoredArticle = {
      id: 1, key: 'k', outletId: 'a', url: 'https://a.test/x', canonicalUrl: 'https://a.test/x', title: `Title ${payload}`, byline: null,
      publishedTime: null, lang: 'en', firstSeen: 1, lastSeen: 1, body: packParagraphs([]), claimCount: 1, truncated: false,
    };
    const el = mount(<table><tbody><ArticleRow article={article} outlet={`Outlet ${payload}`} actions={{ recapture() {}, evidence() {}, remove() {} }} /></tbody></table>);
    expect(el.querySelector('td.title')?.textContent).toBe(`Title ${payload}`);
    expect(el.textContent).toContain(`Outlet ${payload}`);
    expect(planted(el)).toBe(0);
    expect(badLinks(el)).toEqual([]);
  });
});

describe.each(BAD_URLS)('URL %j', (url) => {
  it('SideBySide renders no link for it', () => {
    const el = mount(<SideBySide thisOutlet="Daily" claimText="The bridge was shut x on Monday." others={[otherOf('x', url)]} />);
    expect(el.querySelectorAll('a').length).toBe(0);
  });

  it('ArticleRow renders the title without a link and offers no re-capture', () => {
    const article: StoredArticle = {
      id: 1, key: 'k', outletId: 'a', url, canonicalUrl: url, title: 'A title', byline: null,
      publishedTime: null, lang: 'en', firstSeen: 1, lastSeen: 1, body: packParagraphs([]), claimCount: 1, truncated: false,
    };
    const el = mount(<table><tbody><ArticleRow article={article} outlet="Outlet" actions={{ recapture() {}, evidence() {}, remove() {} }} /></tbody></table>);
    expect(el.querySelectorAll('a').length).toBe(0);
    expect(el.querySelector('td.title')?.textContent).toBe('A title');
    expect([...el.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Re-capture');
  });
});

describe('an http(s) URL', () => {
  it.each(['https://a.test/story', 'http://a.test/story?x=1'])('%s is linked, with a text fragment, opening safely', (url) => {
    const el = mount(<SideBySide thisOutlet="Daily" claimText="The bridge was shut x on Monday." others={[otherOf('x', url)]} />);
    const a = el.querySelector('a');
    expect(a?.getAttribute('href')).toMatch(new RegExp(`^${url.replace(/[?.]/g, '\\$&')}#:~:text=`));
    expect(a?.getAttribute('rel')).toContain('noopener');
  });
});
