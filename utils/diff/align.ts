/**
 * Token alignment: runs jsdiff's `diffArrays` over the keys of the word and
 * punctuation tokens only, then rebuilds verbatim segments of both strings.
 * Whitespace never takes part in the alignment: it travels with the token it
 * precedes, so a whitespace-only difference can never become a word edit.
 * Tokens whose keys match but whose texts differ (case, quote style, spacing)
 * become a trivial delete+insert pair, so joining the segments always rebuilds
 * both inputs exactly.
 */
import { diffArrays } from 'diff';
import type { DiffOp } from './types.ts';
import type { Token } from './tokens.ts';
import { isSpace } from './tokens.ts';

/** Beyond this many token edits the alignment is abandoned (bounds time on huge, unrelated inputs). */
const MAX_EDITS = 1500;

/** A word or punctuation token with the whitespace that precedes it. */
interface Unit {
  gap: string;
  text: string;
  key: string;
}

/** Groups tokens into units; whitespace at the very end becomes a unit with an empty key. */
function toUnits(tokens: Token[]): Unit[] {
  const units: Unit[] = [];
  let gap = '';
  for (const t of tokens) {
    if (isSpace(t.text)) gap += t.text;
    else {
      units.push({ gap, text: t.text, key: t.key });
      gap = '';
    }
  }
  if (gap) units.push({ gap, text: '', key: '' });
  return units;
}

/** Pushes a segment, merging it into the previous one when op and triviality match. */
function pushOp(out: DiffOp[], op: DiffOp['op'], text: string, trivial = false): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.op === op && Boolean(last.trivial) === trivial) {
    last.text += text;
    return;
  }
  out.push(trivial ? { op, text, trivial: true } : { op, text });
}

/** Emits two differing texts that compare equal, attaching spacing to a neighbouring edit. */
function pushPair(out: DiffOp[], ta: string, tb: string): void {
  if (ta === tb) return pushOp(out, 'equal', ta);
  const last = out[out.length - 1];
  // Spacing that differs next to a real edit belongs to that edit ("The" + " " inserted).
  if (last && last.op !== 'equal' && !last.trivial && (!ta || !tb)) {
    if (ta) pushOp(out, 'delete', ta);
    if (tb) pushOp(out, 'insert', tb);
    return;
  }
  pushOp(out, 'delete', ta, true);
  pushOp(out, 'insert', tb, true);
}

/** Aligns two token lists and returns raw segments (before cleanup). */
export function alignTokens(a: Token[], b: Token[]): DiffOp[] {
  const ua = toUnits(a);
  const ub = toUnits(b);
  const changes = diffArrays(
    ua.map((u) => u.key),
    ub.map((u) => u.key),
    { maxEditLength: MAX_EDITS },
  );
  const out: DiffOp[] = [];
  if (!changes) {
    // Too different to align cheaply: one replacement of the whole text.
    pushOp(out, 'delete', a.map((t) => t.text).join(''));
    pushOp(out, 'insert', b.map((t) => t.text).join(''));
    return out;
  }
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const n = change.count ?? change.value.length;
    for (let k = 0; k < n; k++) {
      if (change.removed) {
        const u = ua[i++];
        pushOp(out, 'delete', u.gap + u.text);
      } else if (change.added) {
        const u = ub[j++];
        pushOp(out, 'insert', u.gap + u.text);
      } else {
        const x = ua[i++];
        const y = ub[j++];
        pushPair(out, x.gap, y.gap);
        pushPair(out, x.text, y.text);
      }
    }
  }
  return out;
}
