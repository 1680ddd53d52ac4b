/**
 * The pages the reader asked to forget this session (utils/capture/forgotten.ts), kept in
 * `storage.session` so they outlive the service worker and are gone when the browser closes; in
 * memory where the browser has no session area (Firefox before 115).
 */
import { isForgotten, updateForgotten } from '../utils/capture/forgotten';
import { sessionArea } from './session-area';

const KEY = 'forgottenPages';

let memory: string[] = [];

async function load(): Promise<string[]> {
  const area = sessionArea();
  if (!area) return memory;
  const kept = (await area.get(KEY))[KEY];
  return Array.isArray(kept) ? kept.filter((k): k is string => typeof k === 'string') : [];
}

/** True when the reader asked to forget the page at `url` this session. */
export async function isPageForgotten(url: string): Promise<boolean> {
  return isForgotten(await load(), url);
}

/** Puts the page at `url` on the list (`forget`) or takes it off. */
export async function setPageForgotten(url: string, forget: boolean): Promise<void> {
  const next = updateForgotten(await load(), url, forget);
  const area = sessionArea();
  if (area) await area.set({ [KEY]: next });
  else memory = next;
}
