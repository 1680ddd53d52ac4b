/**
 * The first-run page: what Corroborate stores, that nothing leaves the device, how to change it,
 * and a choice of capture mode (automatic by default, click-only, or an allowlist of sites).
 */
import { DomainListField } from './DomainListField';
import { ModeChooser } from './ModeChooser';
import type { SettingsStore } from './settings-store';
import { useSettings } from './use-settings';
import { plural } from '../common/format';

/** Props of {@link OnboardingApp}. */
export interface OnboardingAppProps {
  store: SettingsStore;
  /** Opens the options page (or wherever "change it later" points). */
  openOptions?: () => void;
}

/** The onboarding page. */
export function OnboardingApp({ store, openOptions }: OnboardingAppProps) {
  const { settings, status, save } = useSettings(store, 'Saving');
  return (
    <main class="onboarding">
      <h1>Welcome to Corroborate</h1>
      <p class="lead">For every statement in the news article you are reading, Corroborate shows which other outlets you have read also reported it, and how their wording differs.</p>
      <section aria-labelledby="stored-h">
        <h2 id="stored-h">What is stored</h2>
        <ul>
          <li>News articles you read: the outlet, the address (URL), the title, when you read it, and its statements.</li>
          <li>Pages that are not articles, private windows, local files, and the blocked sites (banking, mail, health and similar) are never read.</li>
        </ul>
      </section>
      <section aria-labelledby="private-h">
        <h2 id="private-h">Nothing leaves this device</h2>
        <p>Your library is kept in this browser only. Corroborate makes no network requests and sends nothing anywhere. Only you can export it, as a file.</p>
      </section>
      <section aria-labelledby="mode-h">
        <h2 id="mode-h">Choose how it remembers</h2>
        {settings ? (
          <form onSubmit={(e) => e.preventDefault()}>
            <ModeChooser mode={settings.mode} onChange={(mode) => void save({ mode }, 'Saved.', true)} />
            {settings.mode === 'allowlist' && (
              <DomainListField
                id="onboarding-allowlist"
                label="Sites to remember"
                hint="One site per line, e.g. bbc.co.uk"
                value={settings.allowlist}
                live
                onSave={async (allowlist) => { await save({ allowlist }, `Saved: ${plural(allowlist.length, 'site')}.`); }}
              />
            )}
            <button type="button" class="primary" onClick={() => void save({ onboarded: true }, 'All set. Open any news article, then click the Corroborate icon.')}>
              Done
            </button>
          </form>
        ) : (
          <p aria-busy="true">Loading…</p>
        )}
        <p class="status" role="status" aria-live="polite">{status}</p>
      </section>
      <section aria-labelledby="change-h">
        <h2 id="change-h">Changing it later</h2>
        <p>
          The settings page lets you switch modes, edit the blocklist, pause capture, and view, export or delete everything stored.
          {openOptions && <> <button type="button" class="link" onClick={openOptions}>Open settings</button></>}
        </p>
      </section>
    </main>
  );
}
