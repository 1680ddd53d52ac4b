/**
 * Turns a page or TSV file's bytes into text the way a browser would: a byte-order mark decides
 * first (UTF-8, UTF-16LE/BE); an HTML file may then declare its charset in its first 1,024 bytes
 * (`<meta charset>` or `http-equiv="Content-Type"`) for bytes that are not valid UTF-8; other
 * such bytes are read as Windows-1252 (what browsers assume for Latin-1 pages), instead of
 * turning every accented letter into U+FFFD.
 */

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

/** The text of a file's `bytes`; `html` enables the charset declaration. */
export function decodeFile(bytes: Uint8Array, html: boolean): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // Valid UTF-8 is taken as UTF-8 even under another declaration: a saved page often keeps the
  // charset its server declared, and non-ASCII text in a legacy charset is almost never valid UTF-8.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const declared = html ? declaredCharset(bytes) : null;
    const named = declared ? decoderFor(declared) : null;
    return named && named.encoding !== 'windows-1252' ? named.decode(bytes) : windows1252(bytes);
  }
}
