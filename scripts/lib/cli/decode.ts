/**
 * Turns a page or TSV file's bytes into text the way a browser would: a byte-order mark decides
 * first (UTF-8, UTF-16LE/BE); an HTML file may then declare its charset in its first 1,024 bytes
 * (`<meta charset>` or `http-equiv="Content-Type"`) for bytes that are not UTF-8; other such
 * bytes are read as Windows-1252 (what browsers assume for Latin-1 pages), instead of turning
 * every accented letter into U+FFFD.
 */
import { utf16Bom } from '../../../utils/library/import-decode.ts';

/** Labels a declared charset may use that the decoder understands, checked with TextDecoder itself. */
function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null;
  }
}

/** The charset an HTML file declares in its first 1,024 bytes, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1] : null;
}

/** Windows-1252's characters for bytes 0x80–0x9F (undefined bytes keep their C1 code point). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Windows-1252, which Node 20's TextDecoder decodes as ISO-8859-1 (bytes 0x80–0x9F become C1
 * controls instead of curly quotes, dashes and the euro sign).
 */
function windows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return out.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** True when `bytes` hold control characters no text file has (NUL, or over 1% of the first 20,000 bytes). */
function controlBytes(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 20_000);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) bad++;
  }
  return bad > n / 100;
}

/**
 * The text of a file's `bytes`; `html` enables the charset declaration. Binary data is decoded as
 * UTF-8 (its invalid bytes become U+FFFD), so the extractor's binary check still refuses it.
 */
export function decodeFile(bytes: Uint8Array, html: boolean): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  const utf16 = utf16Bom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes.subarray(2));
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  if (controlBytes(bytes)) return utf8;
  // Valid UTF-8 is taken as UTF-8 even under another declaration (a saved page often keeps the
  // charset its server declared), and so is UTF-8 with a few bad bytes (a file cut mid-character):
  // in a legacy charset nearly every non-ASCII byte is invalid UTF-8, in UTF-8 text almost none.
  const invalid = utf8.split('\ufffd').length - 1;
  let nonAscii = 0;
  for (const b of bytes) if (b >= 0x80) nonAscii++;
  if (invalid * 5 <= nonAscii - invalid) return utf8;
  const declared = html ? declaredCharset(bytes) : null;
  // A page cannot declare UTF-16 in ASCII-compatible bytes: the HTML standard reads it as UTF-8.
  const named = declared && !/^utf-?16/i.test(declared) ? decoderFor(declared) : null;
  return named && named.encoding !== 'windows-1252' ? named.decode(bytes) : windows1252(bytes);
}
