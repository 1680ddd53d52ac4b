/**
 * Streaming reader of an export file. Chunks (text, or UTF-8 bytes split anywhere, even inside a
 * character; UTF-16 bytes with a byte-order mark are decoded first, import-decode.ts) go through
 * `@streamparser/json`, and the header fields and each outlet and article
 * come out as soon as they are complete; emitted elements are dropped from the parser
 * (`keepStack: false`), so memory stays bounded by one chunk plus the elements it completes.
 * This module only parses: checking the values is import-stage.ts's job.
 */
import { JSONParser, type ParsedElementInfo } from '@streamparser/json';
import { TopLevelShape } from './import-shape';
import { decodedChunks } from './import-decode';

/** What an import reads: a whole text or its bytes, a file (Blob), a byte or text stream, or async chunks. */
export type ImportSource = string | Uint8Array | Blob | ReadableStream<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/** One complete element of the file, in file order. */
export type ExportElement =
  | { kind: 'header'; field: string; value: unknown }
  | { kind: 'outlet' | 'article'; index: number; value: unknown; inArray: boolean };

/** The file is not JSON, or ends before its JSON does (`truncated`). */
export class NotJsonError extends Error {
  constructor(message: string, readonly truncated: boolean) {
    super(message);
    this.name = 'NotJsonError';
  }
}

/** Characters per piece when a whole string is fed to the parser. */
const STRING_PIECE = 64 * 1024;
const PATHS = ['$.format', '$.version', '$.exportedAt', '$.outlets.*', '$.articles.*'];

/**
 * Reads `source` and yields the elements each chunk completed (possibly none). `shape` follows
 * the top level (root type, each field's type) for the caller's checks.
 */
export async function* exportElements(source: ImportSource, shape: TopLevelShape = new TopLevelShape()): AsyncGenerator<ExportElement[]> {
  const parser = new JSONParser({ paths: PATHS, keepStack: false });
  let queue: ExportElement[] = [];
  parser.onToken = (t) => shape.see(t.token, t.value);
  parser.onValue = (info) => {
    const e = element(info);
    if (e) queue.push(e);
  };
  for await (const chunk of decodedChunks(chunksOf(source))) {
    try {
      parser.write(chunk);
    } catch (err) {
      throw new NotJsonError(String((err as Error)?.message ?? err), false);
    }
    const out = queue;
    queue = [];
    yield out;
  }
  // end() throws once the top-level value has completed (the parser ended itself): only end an open one.
  if (!parser.isEnded) {
    try {
      parser.end();
    } catch (err) {
      throw new NotJsonError(String((err as Error)?.message ?? err), true);
    }
  }
  if (queue.length > 0) yield queue;
}

function element({ value, key, parent, stack }: ParsedElementInfo): ExportElement | null {
  if (stack.length === 1 && typeof key === 'string') return { kind: 'header', field: key, value };
  const field = stack[1]?.key;
  if (stack.length !== 2 || (field !== 'outlets' && field !== 'articles')) return null;
  const inArray = Array.isArray(parent);
  return { kind: field === 'outlets' ? 'outlet' : 'article', index: typeof key === 'number' ? key : -1, value, inArray };
}

/** The chunks of any accepted source; a string is cut into pieces so no single write is huge. */
export async function* chunksOf(source: ImportSource): AsyncGenerator<string | Uint8Array> {
  if (typeof source === 'string') {
    for (let i = 0; i < source.length; i += STRING_PIECE) yield source.slice(i, i + STRING_PIECE);
    return;
  }
  if (source instanceof Uint8Array) {
    for (let i = 0; i < source.length; i += STRING_PIECE) yield source.subarray(i, i + STRING_PIECE);
    return;
  }
  if (isBlob(source)) {
    yield* readStream(source.stream());
    return;
  }
  if (isReadableStream(source)) {
    yield* readStream(source);
    return;
  }
  yield* source;
}

async function* readStream<T>(stream: ReadableStream<T>): AsyncGenerator<T> {
  const reader = stream.getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!done) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

function isBlob(s: unknown): s is Blob {
  return typeof Blob !== 'undefined' && s instanceof Blob;
}

function isReadableStream(s: unknown): s is ReadableStream<string | Uint8Array> {
  return typeof (s as ReadableStream | null)?.getReader === 'function';
}
