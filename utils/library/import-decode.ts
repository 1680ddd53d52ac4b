/**
 * Text encoding of an export file being streamed in. Exports are UTF-8, but re-saving one on
 * Windows (PowerShell 5's `Out-File`, Notepad's "Unicode") gives UTF-16 with a byte-order mark.
 * Such bytes are decoded here, chunk by chunk (`TextDecoder` with `stream: true` keeps a
 * character split between chunks), before the JSON parser sees them; UTF-8 bytes, with or
 * without a byte-order mark, and text chunks go through unchanged.
 */

/** The UTF-16 encoding a byte-order mark at the start of `head` names, else null. */
export function utf16Bom(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return null;
}

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * `chunks` with UTF-16 (announced by a byte-order mark) decoded to text; anything else unchanged.
 * The first bytes are held until two have arrived, so a mark split across chunks is still seen.
 */
export async function* decodedChunks(chunks: AsyncIterable<string | Uint8Array>): AsyncGenerator<string | Uint8Array> {
  let head: Uint8Array | null = new Uint8Array(0); // bytes held until the encoding is known; null once it is
  let decoder: TextDecoder | null = null;
  for await (const chunk of chunks) {
    if (decoder) {
      const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      if (text) yield text;
      continue;
    }
    if (head === null || typeof chunk === 'string') {
      if (head?.length) yield head;
      head = null;
      yield chunk;
      continue;
    }
    head = joined(head, chunk);
    if (head.length < 2) continue;
    const encoding = utf16Bom(head);
    const bytes: Uint8Array = head;
    head = null;
    if (!encoding) {
      yield bytes;
      continue;
    }
    // The decoder drops the byte-order mark itself (ignoreBOM is false by default).
    decoder = new TextDecoder(encoding);
    const text = decoder.decode(bytes, { stream: true });
    if (text) yield text;
  }
  if (decoder) {
    const rest = decoder.decode();
    if (rest) yield rest;
  } else if (head?.length) {
    yield head;
  }
}
