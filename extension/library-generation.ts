/**
 * A counter of committed writes to the library, from any context: this service worker, the
 * options page, another extension page. Dexie's global `storagemutated` event reports commits
 * made in the same context synchronously and those of other contexts through a BroadcastChannel,
 * so a cached coverage view can tell whether the library changed since it was computed.
 */
import Dexie from 'dexie';

/** The library's write generation and change listeners. */
export class LibraryGeneration {
  private value = 0;
  private readonly listeners = new Set<() => void>();
  private subscribed = false;

  /** Watches the database named `dbName` (only its writes count). */
  constructor(private readonly dbName: string) {}

  /** Starts counting; idempotent. */
  start(): this {
    if (this.subscribed) return this;
    this.subscribed = true;
    const prefix = `idb://${this.dbName}/`;
    Dexie.on('storagemutated', (parts) => {
      if (!Object.keys(parts).some((k) => k.startsWith(prefix))) return;
      this.value++;
      for (const listener of this.listeners) listener();
    });
    return this;
  }

  /** The number of writes seen so far. */
  current(): number {
    return this.value;
  }

  /** Calls `listener` after each write; returns an unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
