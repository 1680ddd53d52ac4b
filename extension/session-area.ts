/**
 * The browser's `storage.session` area: kept in memory, outliving the service worker, cleared when
 * the browser closes. Firefox before 115 has none, so callers get null and fall back.
 */
import { browser } from 'wxt/browser';

/** The part of `storage.session` the background uses. */
export type SessionArea = {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
};

/** The session area, or null where the browser has none (Firefox before 115). */
export function sessionArea(): SessionArea | null {
  return ((browser.storage as unknown as { session?: SessionArea }).session) ?? null;
}
