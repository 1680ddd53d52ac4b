// @vitest-environment happy-dom
/**
 * Regression tests for the sidebar defects of the accessibility audit: diff marks conveyed only by
 * <del>/<ins> roles, chip meanings only in tooltips, live regions wrapping controls, and the
 * announcement of each view (the e2e audit, tests/e2e/a11y.test.ts, covers focus and axe).
 */
import { describe, expect, it } from 'vitest';
import { ClaimCard } from '../../../components/sidebar/ClaimCard';
import { CoverageSummary } from '../../../components/sidebar/CoverageSummary';
import { DiffText } from '../../../components/sidebar/DiffText';
import { announcement } from '../../../components/sidebar/LiveStatus';
import { NoCoverage } from '../../../components/sidebar/NoCoverage';
import { RevisionNotice } from '../../../components/sidebar/RevisionNotice';
import { StateView } from '../../../components/sidebar/StateView';
import { diffSide, wordDiff } from '../../../utils/diff/index';
import { ARTICLE, claim, other, readyView, report, sampleReport, visibleText } from './sample';
import { useMount } from '../mount';

const mount = useMount();

describe('defect: diff marks were conveyed only by the <del>/<ins> roles', () => {
  const ops = wordDiff('The council approved 300 new homes on Monday.', 'The council narrowly approved 250 homes on Monday.');
  it.each([
    ['a', 'del', 'only on this page'],
    ['b', 'ins', 'only in Daily Lamp'],
  ] as const)('side %s: hidden "%s … end" around every <%s>, visible text unchanged', (side, tag, only) => {
    const el = mount(<DiffText ops={ops} side={side} only={only} />);
    const marks = [...el.querySelectorAll(tag)];
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) {
      const hidden = [...m.querySelectorAll('.sr-only')].map((n) => n.textContent);
      expect(hidden).toEqual([`${only}: `, ' end']);
    }
    expect(visibleText(el)).toBe(diffSide(ops, side));
  });
});

describe('defect: chip rows and chip meanings were invisible to screen readers', () => {
  it('the summary chips are a labelled list whose items spell out count and copy', () => {
    const el = mount(<CoverageSummary article={ARTICLE} report={sampleReport()} />);
    const list = el.querySelector('.chips')!;
    expect(list.getAttribute('role')).toBe('list');
    expect(list.getAttribute('aria-label')).toBeTruthy();
    expect([...list.children].map((c) => c.getAttribute('role'))).toEqual(['listitem', 'listitem']);
    expect([...list.querySelectorAll('.sr-only')].map((n) => n.textContent)).toEqual([': 2 shared statements', ': syndicated copy, 1 shared statement']);
  });

  it('a claim\'s "also reported by" chips are a list whose items spell out the match kind', () => {
    const el = mount(<ClaimCard item={sampleReport().claims[0]} thisOutlet="The Town Crier" onShowInPage={() => undefined} />);
    const list = el.querySelector('.claim-outlets')!;
    expect(list.getAttribute('role')).toBe('list');
    expect([...list.querySelectorAll('[role="listitem"] .sr-only')].map((n) => n.textContent)).toEqual([
      ': the same words, syndicated copy',
      ': nearly the same words, lightly edited',
    ]);
  });
});

describe('defect: live regions wrapped buttons and inputs', () => {
  const edit = { firstSeen: Date.UTC(2026, 2, 10), changedAt: Date.UTC(2026, 2, 11), changes: [{ before: 'It carried 120 people.', after: 'It carried 85 people.' }] };
  it.each([
    ['NoCoverage', () => <NoCoverage phrase="Tessel River bridge" onCopy={async () => true} />],
    ['StateView (blocked)', () => <StateView view={{ state: 'blocked', host: 'bank.test' }} onSaveAnyway={() => undefined} onRetry={() => undefined} />],
    ['StateView (error)', () => <StateView view={{ state: 'error', message: 'disk full' }} onSaveAnyway={() => undefined} onRetry={() => undefined} />],
    ['RevisionNotice', () => <RevisionNotice revision={edit} locale="en-GB" />],
  ])('%s has no live region around a control', (_name, node) => {
    const el = mount(node());
    expect(el.querySelectorAll('button, input').length).toBeGreaterThan(0);
    for (const live of el.querySelectorAll('[role="status"], [role="alert"], [aria-live]')) {
      expect(live.querySelector('button, input, a, select')).toBeNull();
    }
  });
});

describe('defect: coverage results were never announced', () => {
  it.each([
    ['coverage', readyView(), '2 of 3 statements also reported by 2 other outlets'],
    ['no coverage', readyView(report([{ ...sampleReport().claims[2] }])), 'This statement was not found in other outlets you have read yet'],
    ['no coverage, the story told in other words', readyView({ ...report([{ ...sampleReport().claims[2] }]), sameStory: [{ articleId: 9, outletId: 'radio', outlet: 'Radio', domain: null, title: 't', url: null, publishedTime: null, firstSeen: 0, similarity: 0.5 }] }),
      'This statement was not found in other outlets you have read yet. 1 other outlet covered this story in other words.'],
    ['not an article', { state: 'not-article', message: '' }, 'Not a news article. Corroborate compares news articles. Open an article to see which other outlets reported each statement.'],
    ['loading', { state: 'loading' }, ''],
  ] as const)('%s: announces the sentence the sidebar shows', (_name, view, expected) => {
    expect(announcement(view)).toBe(expected);
  });
});

describe('defect: statements carried no language, so a German article was read with an English voice', () => {
  const de = 'Der Stadtrat genehmigte am Montag 300 neue Wohnungen.';
  const item = { claim: claim(0, de), others: [other('Tagesblatt', 'Der Stadtrat genehmigte am Montag 250 neue Wohnungen.', 'near', { lang: 'de-AT' })] };
  it.each([
    ['known', 'de', 'de', 'de-AT'],
    ['unknown', null, null, 'de-AT'],
  ] as const)('language %s: the statement and each column carry it; the hidden English words say so', (_name, lang, expected, otherLang) => {
    const el = mount(<ClaimCard item={item} thisOutlet="Stadtkurier" lang={lang} onShowInPage={() => undefined} initiallyExpanded />);
    expect(el.querySelector('.claim-text span')!.getAttribute('lang')).toBe(expected);
    expect(el.querySelector('.sbs-this p')!.getAttribute('lang')).toBe(expected);
    expect(el.querySelector('.sbs-other p')!.getAttribute('lang')).toBe(otherLang);
    const hidden = [...el.querySelectorAll('.sbs-col .sr-only')];
    expect(hidden.length).toBeGreaterThan(0);
    for (const h of hidden) expect(h.getAttribute('lang')).toBe('en');
  });
});
