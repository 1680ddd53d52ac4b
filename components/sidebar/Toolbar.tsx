/**
 * The sidebar's toolbar: underline corroborated claims in the page (a toggle) and
 * pop the view out into a full tab for wide side-by-side reading. A plain group of controls, not
 * an ARIA toolbar: it has no arrow-key navigation, so each control is its own Tab stop. It sticks
 * to the top, so it publishes its height (`--toolbar-height`, used by `scroll-padding-top`):
 * it wraps onto two or three lines in a narrow panel, and focused cards must not hide under it.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';

/** Props of the toolbar. */
export interface ToolbarProps {
  marking: boolean;
  onToggleMarking(on: boolean): void;
  /** Absent when the view is already pinned in its own tab. */
  onPopOut?(): void;
}

/** Keeps `--toolbar-height` on the root element equal to the element's height. */
function usePublishedHeight() {
  const bar = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = bar.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement.style;
    const observer = new ResizeObserver(() => root.setProperty('--toolbar-height', `${Math.ceil(el.getBoundingClientRect().height)}px`));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return bar;
}

/** The toolbar. */
export function Toolbar({ marking, onToggleMarking, onPopOut }: ToolbarProps) {
  const bar = usePublishedHeight();
  return (
    <div class="toolbar" ref={bar}>
      <span class="brand" aria-hidden="true">
        Corroborate
      </span>
      <label class="toggle">
        <input type="checkbox" checked={marking} onChange={(e) => onToggleMarking((e.currentTarget as HTMLInputElement).checked)} />
        Underline corroborated in page
      </label>
      {onPopOut && (
        <button type="button" class="icon-button" onClick={onPopOut} title="Open this view in a tab">
          Pop out<span aria-hidden="true"> ↗</span>
        </button>
      )}
    </div>
  );
}
