/** Fake background dependencies for the extension's unit tests: an in-memory library, a fixed policy, a fake content script. */
import { vi } from 'vitest';
import type { BackgroundDeps } from '../../../extension/capture';
import { TabResults } from '../../../extension/tab-results';
import { showBadge } from '../../../extension/badge';
import type { CaptureDecision, Extraction } from '../../../utils/messaging/protocol';
import type { ExtractedArticle } from '../../../utils/extract/types';
import { isForgotten, updateForgotten } from '../../../utils/capture/forgotten';
import { ARTICLE, A0, claim, sampleReport } from '../sidebar/sample';

/** The page the fake tab 1 shows. */
export const URL_A = 'https://towncrier.test/homes';
/** Another page tab 1 can navigate to (`navigate`). */
export const URL_B = 'https://towncrier.test/other-story';
const article: ExtractedArticle = {
  title: ARTICLE.title, byline: null, publishedTime: null, lang: 'en', url: URL_A, canonicalUrl: URL_A,
  outlet: { domain: 'towncrier.test', name: 'The Town Crier' }, paragraphs: [A0], text: A0, truncated: false,
};
/** A successful extraction of that page: one claim. */
export const extraction: Extraction = { ok: true, article, claims: [claim(0, A0)], ms: 3 };

/** Fake dependencies: an in-memory library, a fixed policy and a fake content script; `navigate` moves tab 1 to another URL. */
export function fakeDeps(decision: CaptureDecision = 'capture', extract: Extraction = extraction) {
  const saved: string[] = [];
  let forgotten: string[] = [];
  let tabUrl = URL_A;
  const deps: BackgroundDeps = {
    library: {
      save: vi.fn(async (a: ExtractedArticle) => (saved.push(a.title), saved.length)),
      coverage: vi.fn(async () => sampleReport()),
      coverageFor: vi.fn(async () => sampleReport()),
      count: async () => saved.length,
      forget: vi.fn(async () => (saved.pop(), true)),
    },
    tabs: new TabResults(),
    decide: vi.fn(async (url: string, _incognito: boolean, trigger) =>
      trigger === 'manual' ? 'capture' : isForgotten(forgotten, url) ? 'skip-forgotten' : decision),
    setForgotten: vi.fn(async (url: string, forget: boolean) => void (forgotten = updateForgotten(forgotten, url, forget))),
    tabInfo: async (tabId) => (tabId === 1 ? { url: tabUrl, incognito: false } : null),
    readTab: vi.fn(async () => ({ ok: true as const, value: { ok: true as const, html: '<p>page</p>' } })),
    extract: vi.fn(async () => extract),
    highlightInTab: vi.fn(async () => ({ ok: true as const, value: true })),
    markInTab: vi.fn(async (_t, sel) => ({ ok: true as const, value: sel.length })),
    showBadge,
    notifyPanel: vi.fn(),
    afterSave: vi.fn(async () => undefined),
    now: () => 0,
  };
  return { deps, saved, navigate: (url: string) => void (tabUrl = url) };
}
