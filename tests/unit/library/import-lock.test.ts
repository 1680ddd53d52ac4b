import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportToString, importLibrary, recoverInterruptedImport } from '../../../utils/library/import-export';
import { freshDb } from './helpers';
import { seeded, stagingExists } from './import-helpers';

/** A minimal Web Locks manager (exclusive locks, `ifAvailable`), as extension pages have. */
class FakeLocks {
  private readonly held = new Set<string>();
  private readonly waiting: (() => void)[] = [];
  async request<T>(name: string, a: { ifAvailable?: boolean } | ((lock: unknown) => Promise<T>), b?: (lock: unknown) => Promise<T>): Promise<T> {
    const [opts, fn] = typeof a === 'function' ? [{}, a] : [a, b!];
    while (this.held.has(name)) {
      if (opts.ifAvailable) return fn(null);
      await new Promise<void>((wake) => this.waiting.push(wake));
    }
    this.held.add(name);
    try {
      return await fn({ name });
    } finally {
      this.held.delete(name);
      this.waiting.shift()?.();
    }
  }
}

beforeEach(() => {
  vi.stubGlobal('navigator', { locks: new FakeLocks() });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('one import at a time', () => {
  it('recovery leaves a running import’s staging alone, and cleans up once it is done', async () => {
    const text = await exportToString(await seeded());
    const db = freshDb();
    let resume!: () => void;
    const paused = new Promise<void>((r) => (resume = r));
    let reached!: () => void;
    const halfway = new Promise<void>((r) => (reached = r));
    async function* source() {
      yield text.slice(0, text.length / 2);
      reached();
      await paused;
      yield text.slice(text.length / 2);
    }
    const running = importLibrary(db, source(), { batchSize: 1 });
    await halfway;
    expect(await stagingExists(db)).toBe(true);
    expect(await recoverInterruptedImport(db)).toBe(false);
    expect(await stagingExists(db)).toBe(true);
    resume();
    expect(await running).toEqual({ ok: true, outlets: 2, added: 3, updated: 0, unchanged: 0 });
    expect(await recoverInterruptedImport(db)).toBe(true);
  });

  it('two imports started together run one after the other, without duplicates', async () => {
    const text = await exportToString(await seeded());
    const db = freshDb();
    const results = await Promise.all([importLibrary(db, text, { batchSize: 1 }), importLibrary(db, text, { batchSize: 1 })]);
    expect(results).toEqual([{ ok: true, outlets: 2, added: 3, updated: 0, unchanged: 0 }, { ok: true, outlets: 2, added: 0, updated: 0, unchanged: 3 }]);
    expect(await db.articles.count()).toBe(3);
  });
});
