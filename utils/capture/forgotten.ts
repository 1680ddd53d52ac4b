/**
 * Pages the reader asked Corroborate to forget ("Forget this page" in the sidebar). Until the
 * browser closes, such a page is not saved again when it is reloaded or revisited, nor when its
 * sidebar opens; "Save this page anyway" saves it and takes it off the list. Pure: the background
 * keeps the list in session storage (extension/forgotten-pages.ts).
 */
import { withoutFragmentDirective } from './page-url';

/** At most this many forgotten pages are remembered (the oldest is dropped first). */
export const MAX_FORGOTTEN = 500;

/** The address a page is remembered by: without its fragment (`#section`, `#:~:text=…`). */
export function forgottenKey(url: string): string {
  const plain = withoutFragmentDirective(url);
  const hash = plain.indexOf('#');
  return hash < 0 ? plain : plain.slice(0, hash);
}

/** The list with `url` added (last, as the newest) or removed. */
export function updateForgotten(list: readonly string[], url: string, forget: boolean): string[] {
  const key = forgottenKey(url);
  const rest = list.filter((k) => k !== key);
  return forget ? [...rest, key].slice(-MAX_FORGOTTEN) : rest;
}

/** True when `url` is on the list. */
export function isForgotten(list: readonly string[], url: string): boolean {
  return list.includes(forgottenKey(url));
}
