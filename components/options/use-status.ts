/**
 * A table's status line ("Deleted Marrow Wire."), cleared when the library changes elsewhere
 * (another table, an import, "Delete everything") so it never describes rows that are gone, and
 * kept when the table's own change bumped the library version.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** The status line of a table showing library `version`; call `ownChange()` right before the table's own change is announced. */
export function useStatus(version: number): { status: string; setStatus(text: string): void; ownChange(): void } {
  const [status, setStatus] = useState('');
  const own = useRef(false);
  useEffect(() => {
    if (own.current) own.current = false;
    else setStatus('');
  }, [version]);
  return { status, setStatus, ownChange: () => { own.current = true; } };
}
