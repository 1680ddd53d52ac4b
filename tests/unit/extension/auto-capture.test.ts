/** The content script's automatic capture (extension/content/auto-capture.ts), with a scripted page and background. */
import { describe, expect, it, vi } from 'vitest';
import { AUTO_CAPTURE_RETRIES, autoCapturer, RETRY_STEP_MS, type AutoCaptureDeps } from '../../../extension/content/auto-capture';
import type { CaptureDecision } from '../../../utils/messaging/protocol';

const PAGE = { ok: true as const, html: '<p>page</p>' };

/** A page at `url` whose background answers `decision`, failing the first `down` calls (still starting). */
function scripted(decision: CaptureDecision, down = 0) {
  let url = 'https://news.test/a';
  let failures = down;
  const delays: number[] = [];
  const pending: (() => void)[] = [];
  const deps: AutoCaptureDeps = {
    currentUrl: () => url,
    invalid: () => false,
    shouldCapture: vi.fn(async () => {
      if (failures-- > 0) throw new Error('Could not establish connection');
      return { ok: true as const, value: { decision } };
    }),
    pageRead: vi.fn(async () => undefined),
    snapshot: () => PAGE,
    later: (fn, ms) => (delays.push(ms), pending.push(fn)),
  };
  /** Runs the retries scheduled so far, one after another. */
  const flush = async () => {
    while (pending.length) {
      pending.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { deps, delays, flush, navigate: (to: string) => (url = to) };
}

describe('autoCapturer', () => {
  it.each<[CaptureDecision, number]>([['capture', 1], ['skip-mode', 0], ['skip-blocked', 0], ['skip-paused', 0]])(
    'decision %s sends the page %i time(s)', async (decision, sent) => {
      const { deps } = scripted(decision);
      await autoCapturer(deps)();
      expect(deps.pageRead).toHaveBeenCalledTimes(sent);
    });

  it('reads a URL once, and again after navigating', async () => {
    const { deps, navigate } = scripted('capture');
    const capture = autoCapturer(deps);
    await capture();
    await capture();
    navigate('https://news.test/b');
    await capture();
    expect(vi.mocked(deps.pageRead).mock.calls.map((c) => c[0])).toEqual(['https://news.test/a', 'https://news.test/b']);
  });

  it('does not send a page that navigated away while the background decided', async () => {
    const { deps, navigate } = scripted('capture');
    deps.shouldCapture = async () => (navigate('https://news.test/b'), { ok: true as const, value: { decision: 'capture' as const } });
    await autoCapturer(deps)();
    expect(deps.pageRead).not.toHaveBeenCalled();
  });

  it.each([
    { down: 2, sent: 1, delays: [RETRY_STEP_MS, 2 * RETRY_STEP_MS] },
    { down: AUTO_CAPTURE_RETRIES + 1, sent: 0, delays: [1, 2, 3, 4, 5].map((n) => n * RETRY_STEP_MS) },
  ])('retries a background that is still starting ($down failures)', async ({ down, sent, delays }) => {
    const s = scripted('capture', down);
    const capture = autoCapturer(s.deps);
    await capture();
    await s.flush();
    expect(s.deps.pageRead).toHaveBeenCalledTimes(sent);
    expect(s.delays).toEqual(delays);
    if (sent === 0) {
      // Having given up, the same URL is tried again at the next navigation event.
      await capture();
      expect(s.deps.pageRead).toHaveBeenCalledTimes(1);
    }
  });

  it('stops once the extension context is invalid', async () => {
    const { deps } = scripted('capture');
    deps.invalid = () => true;
    await autoCapturer(deps)();
    expect(deps.shouldCapture).not.toHaveBeenCalled();
  });
});
