/**
 * The sidebar's toolbar: underline corroborated claims in the page (a toggle) and
 * pop the view out into a full tab for wide side-by-side reading.
 */

/** Props of the toolbar. */
export interface ToolbarProps {
  marking: boolean;
  onToggleMarking(on: boolean): void;
  /** Absent when the view is already pinned in its own tab. */
  onPopOut?(): void;
}

/** The toolbar. */
export function Toolbar({ marking, onToggleMarking, onPopOut }: ToolbarProps) {
  return (
    <div class="toolbar" role="toolbar" aria-label="Sidebar tools">
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
