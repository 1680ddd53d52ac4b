/**
 * A modal confirmation for destructive actions. Focus moves into the dialog, Escape cancels, and
 * `requireText` makes the reader type a word (e.g. "delete") before the confirm button works.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  /** When set, the reader must type this text to enable the confirm button. */
  requireText?: string;
  onConfirm(): void;
  onCancel(): void;
}

/** A confirmation dialog (role="alertdialog"). */
export function ConfirmDialog({ title, message, confirmLabel, requireText, onConfirm, onCancel }: ConfirmDialogProps) {
  const [typed, setTyped] = useState('');
  const first = useRef<HTMLInputElement & HTMLButtonElement>(null);
  // Before the first paint, so a key pressed at once already lands in the dialog.
  useLayoutEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    first.current?.focus();
    return () => previous?.focus?.();
  }, []);
  const ready = !requireText || typed.trim().toLowerCase() === requireText.toLowerCase();
  const box = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    } else if (e.key === 'Tab' && box.current) {
      // Keep keyboard focus inside the dialog while it is open.
      const items = [...box.current.querySelectorAll<HTMLElement>('input, button:not([disabled])')];
      const i = items.indexOf(document.activeElement as HTMLElement);
      const next = e.shiftKey ? (i <= 0 ? items.length - 1 : i - 1) : (i + 1) % items.length;
      e.preventDefault();
      items[next]?.focus();
    }
  };
  return (
    <div class="dialog-backdrop" onKeyDown={onKeyDown}>
      <div ref={box} class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="confirm-title" aria-describedby="confirm-message">
        <h2 id="confirm-title">{title}</h2>
        <p id="confirm-message">{message}</p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (ready) onConfirm();
          }}
        >
          {requireText && (
            <label class="field">
              Type <strong>{requireText}</strong> to confirm
              <input ref={first} value={typed} autocomplete="off" onInput={(e) => setTyped(e.currentTarget.value)} />
            </label>
          )}
          <div class="row-actions">
            <button type="button" ref={requireText ? undefined : first} onClick={onCancel}>
              Cancel
            </button>
            <button type="submit" class="danger" disabled={!ready}>
              {confirmLabel}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
