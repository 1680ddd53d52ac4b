/**
 * Focus after an action that replaces the whole view ("Forget this page", "Back to the whole
 * article", "Save this page anyway", "Try again"): the button pressed disappears with the view it
 * was in, so once the new view is rendered (no longer loading) its h1 (tabIndex -1) takes focus
 * rather than leaving it on the document body (WCAG 2.4.3).
 */
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { TabView } from '../../utils/messaging/protocol';

/** Returns `wrap`: `wrap(action)` runs the action and focuses the h1 of the next view shown under `root`. */
export function useHeadingFocus(view: TabView, root: RefObject<HTMLElement | null>): (action: () => void) => () => void {
  const pending = useRef(false);
  useLayoutEffect(() => {
    if (!pending.current || view.state === 'loading') return;
    pending.current = false;
    root.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [view, root]);
  return (action) => () => {
    pending.current = true;
    action();
  };
}
