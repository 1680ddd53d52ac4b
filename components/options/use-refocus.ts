/**
 * Keeps keyboard focus on the page when a table action removes or re-renders rows (WCAG 2.4.3):
 * the table asks for a control of a row (by id) to take focus, and the request is carried out
 * right after the table next renders its reloaded rows. Deleting a row asks for the next row's
 * Delete button, else the previous row's, else the section's heading (h2, tabIndex -1).
 */
import { useLayoutEffect, useRef } from 'preact/hooks';

/** What to focus after the next reload: the first of `controls` in the row `id`, or the section heading when `id` is null. */
export interface FocusRequest {
  id: string | null;
  controls: string[];
}

/** The id of the row that follows `id` in `ids`, else the one before it, else null. */
export function neighbourId(ids: readonly string[], id: string): string | null {
  const i = ids.indexOf(id);
  if (i < 0) return null;
  return ids[i + 1] ?? ids[i - 1] ?? null;
}

/** Focuses `request` inside `root`, whose rows carry their id in `rowAttr` (e.g. "data-outlet"). */
export function applyFocus(root: HTMLElement | null, rowAttr: string, request: FocusRequest): void {
  if (!root) return;
  const row = request.id === null ? null : [...root.querySelectorAll(`tr[${rowAttr}]`)].find((tr) => tr.getAttribute(rowAttr) === request.id);
  const control = row ? request.controls.map((c) => row.querySelector<HTMLElement>(c)).find(Boolean) : null;
  (control ?? root.closest('section')?.querySelector<HTMLElement>('h2'))?.focus();
}

/**
 * A ref for the table's root element and `request(r)`: after the next render in which `rows`
 * changed, `r` is focused.
 */
export function useRefocus(rowAttr: string, rows: unknown) {
  const root = useRef<HTMLDivElement>(null);
  const pending = useRef<FocusRequest | null>(null);
  useLayoutEffect(() => {
    const r = pending.current;
    if (!r) return;
    pending.current = null;
    applyFocus(root.current, rowAttr, r);
  }, [rows, rowAttr]);
  return { root, request: (r: FocusRequest) => void (pending.current = r) };
}
