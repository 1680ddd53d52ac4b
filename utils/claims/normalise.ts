/**
 * Text normalisation for anchoring: whitespace is dropped, curly quotes become
 * straight, dashes become "-", invisible characters vanish and letters are lower
 * case. Keeps a map from each normalised character back to its raw position, so
 * a match in the normalised text can be turned into raw offsets.
 */

/** Normalised text plus, for each of its characters, the index in the raw text. */
export interface Normalised {
  text: string;
  toRaw: number[];
}

const FOLD: Record<string, string> = {
  '“': '"', '”': '"', '„': '"', '‟': '"', '«': '"', '»': '"', '″': '"',
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '‹': "'", '›': "'", '′': "'",
  '–': '-', '—': '-', '‐': '-', '‑': '-', '−': '-', '…': '.',
};

const DROP = /[\s\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

/** Normalises one UTF-16 code unit; '' drops it. */
function fold(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 128) {
    if (code <= 32) return '';
    return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
  }
  if (DROP.test(c)) return '';
  const f = FOLD[c];
  if (f) return f;
  const lower = c.toLowerCase();
  return lower.length === 1 ? lower : c;
}

/** Normalises `raw`, recording where each output character came from. */
export function normalise(raw: string): Normalised {
  const codes = new Uint16Array(raw.length);
  const toRaw: number[] = [];
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    let out: number;
    if (code < 128) {
      if (code <= 32) continue; // ASCII space and control characters
      out = code >= 65 && code <= 90 ? code + 32 : code;
    } else {
      const f = fold(raw[i]);
      if (!f) continue;
      out = f.charCodeAt(0);
    }
    codes[n++] = out;
    toRaw.push(i);
  }
  let text = '';
  for (let k = 0; k < n; k += 8192) text += String.fromCharCode(...codes.subarray(k, Math.min(n, k + 8192)));
  return { text, toRaw };
}

/** Normalised text only (no position map). */
export function normaliseText(raw: string): string {
  return normalise(raw).text;
}
