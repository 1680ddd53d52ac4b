/**
 * Content script: wiring only. Asks the background whether this page may be read
 * (nothing is read otherwise), extracts it and sends one article + claims message,
 * re-runs on single-page-app navigation, and answers the background's requests
 * (extract now, highlight a claim, underline corroborated claims).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentMessenger, ok, tabMessenger } from '../../extension/messaging';
import { extractPage } from '../../extension/content/extract';
import { highlightClaim, markClaims } from '../../extension/content/highlight';

/** Attempts to reach a background that is still starting. */
const RETRIES = 5;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    tabMessenger.onMessage('extractNow', () => ok(extractPage()));
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
        await contentMessenger.sendMessage('articleExtracted', { url, extraction: extractPage() });
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
