/**
 * Content script: wiring only. Asks the background whether this page may be read
 * (nothing is read otherwise), then sends the page's serialised DOM in one message (the
 * extension extracts it off the page's main thread),
 * re-runs on single-page-app navigation, and answers the background's requests
 * (read the page now, highlight a claim, underline corroborated claims).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentMessenger, ok, tabMessenger } from '../../extension/messaging';
import { snapshotPage } from '../../extension/content/snapshot';
import { highlightClaim, markClaims } from '../../extension/content/highlight';

/** Attempts to reach a background that is still starting. */
const RETRIES = 5;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    tabMessenger.onMessage('readPageNow', () => ok(snapshotPage()));
    tabMessenger.onMessage('highlightClaim', ({ data }) => ok(highlightClaim(data.selector)));
    tabMessenger.onMessage('markClaims', ({ data }) => ok(markClaims(data.selectors)));

    let lastUrl = '';
    const autoCapture = async (attempt = 0): Promise<void> => {
      const url = location.href;
      if ((attempt === 0 && url === lastUrl) || ctx.isInvalid) return;
      lastUrl = url;
      try {
        const res = await contentMessenger.sendMessage('shouldCapture', { url });
        if (!res.ok || res.value.decision !== 'capture' || url !== location.href) return;
        await contentMessenger.sendMessage('pageRead', { url, page: snapshotPage() });
      } catch {
        // The background is still starting (or was reloaded): retry a few times, then wait for the next navigation.
        if (attempt < RETRIES && url === location.href) {
          setTimeout(() => void autoCapture(attempt + 1), 300 * (attempt + 1));
        } else lastUrl = '';
      }
    };
    void autoCapture();
    // Single-page apps: WXT fires this on history.pushState/replaceState and popstate.
    ctx.addEventListener(window, 'wxt:locationchange', () => setTimeout(() => void autoCapture(), 800));
  },
});
