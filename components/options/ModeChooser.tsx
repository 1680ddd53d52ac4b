/** The three capture modes as a radio group, shared by the onboarding and options pages. */
import type { CaptureMode } from '../../utils/settings';

const MODES: { mode: CaptureMode; label: string; detail: string }[] = [
  { mode: 'auto', label: 'Remember news articles automatically', detail: 'Recommended. Articles you open are added to your library, so later stories can be compared with them.' },
  { mode: 'click', label: 'Only when I open the sidebar', detail: 'Pages are not read until you click the Corroborate icon.' },
  { mode: 'allowlist', label: 'Only on sites I list', detail: 'Articles are remembered automatically on the sites you list below; elsewhere only when you open the sidebar.' },
];

/** Props of {@link ModeChooser}. */
export interface ModeChooserProps {
  mode: CaptureMode;
  onChange(mode: CaptureMode): void;
  name?: string;
}

/** A fieldset of radio buttons, one per capture mode. */
export function ModeChooser({ mode, onChange, name = 'capture-mode' }: ModeChooserProps) {
  return (
    <fieldset class="modes">
      <legend>What should Corroborate remember?</legend>
      {MODES.map((m) => (
        <label class={`mode${m.mode === mode ? ' selected' : ''}`} key={m.mode}>
          <input type="radio" name={name} value={m.mode} checked={m.mode === mode} onChange={() => onChange(m.mode)} />
          <span>
            <strong>{m.label}</strong>
            <span class="hint">{m.detail}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
