/**
 * A controlled control's value shown at once while its save runs: without it, any re-render
 * before the stored value reloads (the control's own status line) shows the old value again.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Returns the value to show and a change handler that shows `value` at once and saves it.
 * `stored` is followed while no save runs; when the last running save fails (`save` resolves to
 * false), the stored value shows again.
 */
export function useShownValue<T>(stored: T, save: (value: T) => Promise<boolean>): [T, (value: T) => void] {
  const [shown, setShown] = useState(stored);
  const latest = useRef(stored);
  latest.current = stored;
  const running = useRef(0);
  useEffect(() => {
    if (running.current === 0) setShown(stored);
  }, [stored]);
  const change = (value: T) => {
    setShown(value);
    running.current++;
    void save(value).then((ok) => {
      running.current--;
      if (!ok && running.current === 0) setShown(latest.current);
    });
  };
  return [shown, change];
}
