/**
 * The options page's capture settings: mode, allowlist, blocklist, pause (an hour, or until
 * resumed) and the in-page marking toggle. Every change is saved at once through the store.
 * Pausing and resuming keep keyboard focus on the pause/resume button; a failed save leaves focus
 * where it was.
 */
import { useRef } from 'preact/hooks';
import { PAUSED_UNTIL_RESUMED, isPaused, type CaptureSettings } from '../../utils/settings';
import { DomainListField } from './DomainListField';
import { ModeChooser } from './ModeChooser';
import type { SettingsStore } from './settings-store';
import { useSettings } from './use-settings';

const HOUR = 3_600_000;

/** Props of {@link CaptureSettingsPanel}. */
export interface CaptureSettingsPanelProps {
  store: SettingsStore;
  now?: () => number;
}

/** Describes the pause state for the status line. */
export function pauseText(settings: CaptureSettings, now: number): string {
  if (!isPaused(settings, now)) return 'Automatic capture is on.';
  if (settings.pausedUntil === PAUSED_UNTIL_RESUMED) return 'Automatic capture is paused until you resume it.';
  return `Automatic capture is paused until ${new Date(settings.pausedUntil!).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.`;
}

/** The capture settings section. */
export function CaptureSettingsPanel({ store, now = Date.now }: CaptureSettingsPanelProps) {
  const { settings, status, save } = useSettings(store, 'Saving the settings');
  const pauseButton = useRef<HTMLButtonElement>(null);
  if (!settings) return <p aria-busy="true">Loading settings…</p>;
  const paused = isPaused(settings, now());
  return (
    <div class="capture-settings">
      <ModeChooser mode={settings.mode} onChange={(mode) => void save({ mode }, 'Capture mode saved.', true)} />
      {settings.mode === 'allowlist' && (
        <DomainListField
          id="allowlist"
          label="Allowlist"
          hint="Sites remembered automatically in allowlist mode, one per line (e.g. bbc.co.uk)."
          value={settings.allowlist}
          onSave={async (allowlist) => { await save({ allowlist }, `Allowlist saved (${allowlist.length} sites).`); }}
        />
      )}
      <DomainListField
        id="blocklist"
        label="Blocklist"
        hint="Sites never read, whatever the mode: one per line. A domain covers its subdomains; * stands for any labels (*.bank, mychart.*)."
        value={settings.blocklist}
        onSave={async (blocklist) => { await save({ blocklist }, `Blocklist saved (${blocklist.length} entries).`); }}
      />
      <div class="field">
        <p class="pause-state">{pauseText(settings, now())}</p>
        <div class="row-actions">
          {/* One button element that changes its label (pause ↔ resume), so keyboard focus stays on it. */}
          <button
            type="button"
            ref={pauseButton}
            onClick={() =>
              void (paused ? save({ pausedUntil: null }, 'Capture resumed.') : save({ pausedUntil: now() + HOUR }, 'Capture paused for an hour.'))
            }
          >
            {paused ? 'Resume capture' : 'Pause for 1 hour'}
          </button>
          {!paused && (
            <button
              type="button"
              onClick={() =>
                // This button goes away once paused: focus moves to the pause/resume button, but only if the save worked.
                void save({ pausedUntil: PAUSED_UNTIL_RESUMED }, 'Capture paused until you resume it.').then((ok) => {
                  if (ok) pauseButton.current?.focus();
                })
              }
            >
              Pause until I resume
            </button>
          )}
        </div>
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.markCorroborated}
          // Shown at once: the checkbox is controlled, so a re-render before the save finished would uncheck it.
          onChange={(e) => void save({ markCorroborated: e.currentTarget.checked }, 'Saved.', true)}
        />
        Underline statements other outlets also reported, in the page
      </label>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
