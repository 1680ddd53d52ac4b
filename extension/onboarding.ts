/**
 * First run: opens the onboarding page once, on install, unless the reader has
 * already been through it (settings survive a reinstall only when synced or imported).
 */
import { browser } from 'wxt/browser';
import { loadCaptureSettings } from './settings';

/** Opens onboarding.html in a new tab when the reader has not seen it yet. */
export async function openOnboarding(): Promise<void> {
  try {
    if ((await loadCaptureSettings()).onboarded) return;
    await browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html' as '/sidepanel.html'), active: true });
  } catch {
    // No onboarding page in this build, or no window to open it in: nothing to do.
  }
}
