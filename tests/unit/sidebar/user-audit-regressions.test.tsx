// @vitest-environment happy-dom
/**
 * Regression tests for the sidebar defects of the user-level audit: "0 other outlets" summary,
 * sideways scrolling on long words at 360 px, awkwardly wrapping filters, and no word about
 * the page being saved while capture is paused.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ClaimList } from '../../../components/sidebar/ClaimList';
import { CoverageSummary } from '../../../components/sidebar/CoverageSummary';
import { CAPTURE_PAUSED_NOTE, SidebarApp } from '../../../components/sidebar/SidebarApp';
import type { PanelClient } from '../../../components/sidebar/client';
import { noCoverageSentence } from '../../../components/sidebar/summary';
import type { TabView } from '../../../utils/messaging/protocol';
import { ARTICLE, claim, readyView, report, sampleReport } from './sample';

const SIDEBAR_CSS = join(dirname(fileURLToPath(import.meta.url)), '../../../components/sidebar/sidebar.css');

let root: HTMLElement | null = null;
async function mount(node: preact.ComponentChild): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(node, root!));
  return root;
}
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

/** The declarations of the rule(s) whose selector list contains `selector`, joined. */
function declarations(css: string, selector: string): string {
  const clean = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: string[] = [];
  for (const m of clean.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (m[1].split(',').map((s) => s.trim()).includes(selector)) out.push(m[2]);
  }
  return out.join(';');
}

describe('defect: coverage summary said "also reported by 0 other outlets"', () => {
  it.each([
    [14, false, 'None of the 14 statements was found in other outlets you have read yet'],
    [1, false, 'This statement was not found in other outlets you have read yet'],
    [0, false, 'No statements to compare yet'],
    [3, true, 'None of the 3 selected statements was found in other outlets you have read yet'],
    [1, true, 'This selected statement was not found in other outlets you have read yet'],
  ])('noCoverageSentence(%i, selection %s) is %j', (total, selection, expected) => {
    expect(noCoverageSentence(total, selection)).toBe(expected);
  });

  it.each([
    ['no match', report([claim(0, 'One.'), claim(1, 'Two.')].map((c) => ({ claim: c, others: [] }))), 'None of the 2 statements was found in other outlets you have read yet'],
    ['matches (unchanged sentence)', sampleReport(), '2 of 3 statements also reported by 2 other outlets'],
  ])('the summary with %s reads naturally', async (_name, rep, expected) => {
    const el = await mount(<CoverageSummary article={ARTICLE} report={rep} />);
    const text = el.querySelector('[data-testid="summary"]')?.textContent ?? '';
    expect(text).toBe(expected);
    expect(text).not.toContain('0 other outlets');
  });
});

describe('defect: long words and URLs made the sidebar scroll sideways at 360 px', () => {
  const css = readFileSync(SIDEBAR_CSS, 'utf8');
  it.each([
    ['.article-title', /overflow-wrap:\s*anywhere/],
    ['.claim-text', /overflow-wrap:\s*anywhere/],
    ['.selection-text', /overflow-wrap:\s*anywhere/],
    ['.diff-text', /overflow-wrap:\s*anywhere/],
    ['.sbs-col', /overflow-wrap:\s*anywhere/],
    ['.sbs-col', /min-width:\s*0/],
    ['.chip-name', /min-width:\s*0/],
    ['.sbs-head > *', /min-width:\s*0/],
    ['.claim-meta > *', /min-width:\s*0/],
  ])('%s has %s', (selector, rule) => {
    expect(declarations(css, selector)).toMatch(rule);
  });

  it('lets side-by-side columns shrink below 240 px', () => {
    expect(declarations(css, '.sbs-cols')).toContain('minmax(min(240px, 100%), 1fr)');
  });
});

describe('defect: statement filters wrapped awkwardly at 360 px', () => {
  const css = readFileSync(SIDEBAR_CSS, 'utf8');
  it.each([
    ['.filters', /flex-wrap:\s*wrap/],
    ['.filters', /gap:/],
    ['.filter', /white-space:\s*nowrap/],
    ['.filter', /max-width:\s*100%/],
    ['.filter-label', /text-overflow:\s*ellipsis/],
    ['.filter-count', /flex:\s*none/],
  ])('%s has %s', (selector, rule) => {
    expect(declarations(css, selector)).toMatch(rule);
  });

  it('keeps each filter label and count in separate spans, with the full outlet name as a tooltip', async () => {
    const el = await mount(<ClaimList claims={sampleReport().claims} thisOutlet="Continental Press" onShowInPage={() => undefined} />);
    const unique = el.querySelector('button[data-filter="unique"]')!;
    expect(unique.querySelector('.filter-label')?.textContent).toBe('Only Continental Press');
    expect(unique.querySelector('.filter-count')?.textContent).toBe('1');
    expect(unique.getAttribute('title')).toBe('Only Continental Press');
  });
});

describe('defect: nothing said the page was saved while capture is paused', () => {
  function client(paused: boolean | undefined, view: TabView): PanelClient {
    return {
      getTabView: async () => ({ ok: true, value: view }),
      saveAnyway: vi.fn(),
      highlightClaim: vi.fn(),
      markCorroborated: vi.fn(async () => ({ ok: true as const, value: 0 })),
      clearSelection: vi.fn(),
      forgetPage: vi.fn(),
      activeTabId: async () => 1,
      onTabViewChanged: () => () => undefined,
      onActiveTabChanged: () => () => undefined,
      openPopOut: vi.fn(),
      copy: async () => true,
      loadMarking: async () => false,
      saveMarking: vi.fn(async () => undefined),
      ...(paused === undefined ? {} : { capturePaused: async () => paused }),
    };
  }
  const saved = readyView();
  const unsaved = { ...readyView(), article: { ...ARTICLE, saved: false } } as TabView;

  it.each<[string, boolean | undefined, TabView, boolean]>([
    ['paused, saved page', true, saved, true],
    ['not paused', false, saved, false],
    ['paused, page not saved', true, unsaved, false],
    ['client cannot tell', undefined, saved, false],
  ])('%s: note shown = %s', async (_name, paused, view, shown) => {
    const el = await mount(<SidebarApp client={client(paused, view)} pinnedTabId={1} />);
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(el.querySelector('main')?.dataset.state).toBe('ready');
    const note = el.querySelector('[data-testid="capture-paused-note"]');
    expect(Boolean(note)).toBe(shown);
    if (note) expect(note.textContent).toBe(CAPTURE_PAUSED_NOTE);
  });
});
