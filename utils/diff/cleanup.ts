/**
 * Semantic cleanup of raw diff segments: consecutive edits become one change
 * block (all deleted text, then all inserted text); tiny equal runs between two
 * real edits (spacing, punctuation, a stopword or two) are folded into the edit;
 * spacing common to both sides of a block goes back to the equal runs; blocks
 * whose sides differ only in case, quote, dash or spacing style are flagged trivial.
 */
import type { DiffOp } from './types.ts';
import { isPunctOrSpace, tokenKey } from './tokens.ts';

/** An equal run, or a change block with its deleted (a) and inserted (b) text. */
type Item = { eq: string } | { a: string; b: string; trivial: boolean };

const STOPWORDS = new Set(
  'a an the of to in on at for and or by with as from that this it its is was be are were has had have'.split(' '),
);

/** True when two texts differ only in case, quote/dash style or spacing. */
function sameWords(a: string, b: string): boolean {
  if (a === b) return true;
  const norm = (s: string) => tokenKey(s.replace(/\s+/g, ' ').trim());
  return norm(a) === norm(b);
}

/** True for an equal run small enough to fold into the edits around it. */
function isTiny(text: string): boolean {
  if (isPunctOrSpace(text)) return true;
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length <= 2 && words.every((w) => STOPWORDS.has(w.toLowerCase()));
}

/** Groups segments into equal runs and change blocks; trivial and real edits stay in separate blocks. */
function toItems(ops: DiffOp[]): Item[] {
  const items: Item[] = [];
  for (const o of ops) {
    const last = items[items.length - 1];
    if (o.op === 'equal') {
      if (last && 'eq' in last) last.eq += o.text;
      else items.push({ eq: o.text });
    } else {
      const trivial = Boolean(o.trivial);
      const block = last && 'a' in last && last.trivial === trivial ? last : { a: '', b: '', trivial };
      if (block !== last) items.push(block);
      if (o.op === 'delete') block.a += o.text;
      else block.b += o.text;
    }
  }
  return items;
}

/** True for a block that only changes style (flagged by alignment, or same words). */
function isTrivial(block: { a: string; b: string; trivial: boolean }): boolean {
  return block.trivial || sameWords(block.a, block.b);
}

/** Folds tiny equal runs that sit between two non-trivial change blocks. */
function fold(items: Item[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    out.push(item);
    const n = out.length;
    if (n < 3) continue;
    const [x, mid, y] = [out[n - 3], out[n - 2], out[n - 1]];
    if ('a' in x && 'eq' in mid && 'a' in y && isTiny(mid.eq) && !isTrivial(x) && !isTrivial(y)) {
      out.splice(n - 3, 3, { a: x.a + mid.eq + y.a, b: x.b + mid.eq + y.b, trivial: false });
    }
  }
  return out;
}

/** Moves spacing shared by both sides of a block to the equal runs around it. */
function emit(items: Item[]): DiffOp[] {
  const out: DiffOp[] = [];
  const eq = (text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.op === 'equal') last.text += text;
    else out.push({ op: 'equal', text });
  };
  // An edit continues the previous one when both have the same op and triviality: a block whose
  // only difference was spacing becomes trivial here, next to a trivial block before it.
  const edit = (op: 'delete' | 'insert', text: string, trivial: boolean) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.op === op && Boolean(last.trivial) === trivial) last.text += text;
    else out.push(trivial ? { op, text, trivial } : { op, text });
  };
  for (const item of items) {
    if ('eq' in item) {
      eq(item.eq);
      continue;
    }
    let { a, b } = item;
    const lead = commonSpace(a, b, true);
    const trail = commonSpace(a.slice(lead), b.slice(lead), false);
    eq(a.slice(0, lead));
    const tail = a.slice(a.length - trail);
    a = a.slice(lead, a.length - trail);
    b = b.slice(lead, b.length - trail);
    const trivial = item.trivial || sameWords(a, b);
    edit('delete', a, trivial);
    edit('insert', b, trivial);
    eq(tail);
  }
  return out;
}

/** Length of the whitespace both strings share at their start (or end). */
function commonSpace(a: string, b: string, lead: boolean): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max) {
    const ca = lead ? a[n] : a[a.length - 1 - n];
    const cb = lead ? b[n] : b[b.length - 1 - n];
    if (ca !== cb || !/\s/.test(ca)) break;
    n++;
  }
  return n;
}

/** Cleans raw aligned segments into whole-word, readable change blocks. */
export function cleanupDiff(ops: DiffOp[]): DiffOp[] {
  return emit(fold(toItems(ops)));
}
