/** Test helpers for options components: a fresh library, inline articles, held settings saves, rendering and DOM events. */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { render, type ComponentChild } from 'preact';
import { LibraryDb } from '../../../utils/library/db';
import { saveArticle } from '../../../utils/library/articles';
import { splitClaims } from '../../../utils/claims/index';
import type { CaptureSettings } from '../../../utils/settings';
import { memorySettingsStore, type SettingsStore } from '../../../components/options/settings-store';

let n = 0;

/** A new, empty library. */
export function freshDb(): LibraryDb {
  return new LibraryDb(`options-${Date.now()}-${n++}`, { indexedDB, IDBKeyRange });
}

/** Stores an inline article; returns its id. */
export async function seed(db: LibraryDb, domain: string, name: string, title: string, paragraphs: string[], url?: string | null, now = Date.now()): Promise<number> {
  const u = url === undefined ? `https://www.${domain}/news/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` : url;
  const article = { title, byline: null, publishedTime: null, lang: 'en', url: u, canonicalUrl: u, outlet: { domain, name }, paragraphs, text: paragraphs.join('\n\n'), truncated: false };
  return (await saveArticle(db, article, splitClaims(paragraphs, 'en'), { now })).articleId;
}

/** A settings save that waits until the test lets it through (`release`) or fails it. */
export interface HeldSave {
  patch: Partial<CaptureSettings>;
  release(): void;
  fail(err: Error): void;
}

/** A settings store over a memory store (`inner`) whose saves wait in `saves` until the test settles them, in any order. */
export function heldSettingsStore(initial?: unknown): { store: SettingsStore; inner: ReturnType<typeof memorySettingsStore>; saves: HeldSave[] } {
  const inner = memorySettingsStore(initial);
  const saves: HeldSave[] = [];
  const store: SettingsStore = {
    load: inner.load,
    save: (patch) => new Promise((resolve, reject) => saves.push({ patch, release: () => void inner.save(patch).then(resolve, reject), fail: reject })),
  };
  return { store, inner, saves };
}

/** Renders into a fresh container attached to the document. */
export function mount(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.appendChild(root);
  render(node, root);
  return root;
}

/** Polls until `check` stops throwing (or times out with its last error). */
export async function until(check: () => unknown, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      await check();
      return;
    } catch (err) {
      if (Date.now() > end) throw err;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

/** Types into an input/textarea (fires `input`). */
export function type(el: Element | null, value: string): void {
  const input = el as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Picks an option of a select (fires `change`). */
export function choose(el: Element | null, value: string): void {
  const select = el as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The button whose text (or aria-label) contains `label`. */
export function button(root: ParentNode, label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').includes(label));
  if (!found) throw new Error(`no button "${label}"`);
  return found as HTMLButtonElement;
}
