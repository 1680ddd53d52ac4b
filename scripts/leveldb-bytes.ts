/**
 * `npx tsx scripts/leveldb-bytes.ts DIR [--articles N]`: where Chromium's IndexedDB bytes go, read
 * from the table files (`*.ldb`) of one origin's LevelDB folder, e.g. a library kept by
 * `npm run bench:browser -- --keep-library K` (K/<size>/Default/IndexedDB/chrome-extension_*_0.indexeddb.leveldb).
 * Each entry is grouped by its IndexedDB key prefix (database, object store, index): index 1 holds
 * the rows, 2 the per-row existence entries, 30 and up the secondary indexes in the order the
 * schema declares them. In a library created at the latest schema the stores are 1 outlets,
 * 2 articles, 3 claims, 4 terms, 5 keyPostings, 6 termPostings (schema v6). Prints, per group, its entries, their uncompressed key and value
 * bytes, and their share of the compressed file bytes (each block's size split by its entries'
 * uncompressed sizes); with `--articles N`, bytes per article. The write-ahead log (`*.log`, not
 * yet compacted) is not read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { argValue } from './lib/data-dir';

/** Unsigned LEB128 at `at`: [value, next offset]. */
function varint(buf: Uint8Array, at: number): [number, number] {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const b = buf[at++];
    value += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return [value, at];
  }
}

/** Snappy decompression (LevelDB's block compression). */
function unsnappy(src: Buffer): Buffer {
  let [length, at] = varint(src, 0);
  const out = Buffer.alloc(length);
  let o = 0;
  while (at < src.length) {
    const tag = src[at++];
    if ((tag & 3) === 0) {
      let len = tag >> 2;
      if (len >= 60) {
        const n = len - 59;
        len = 0;
        for (let i = 0; i < n; i++) len |= src[at++] << (8 * i);
      }
      src.copy(out, o, at, at + len + 1);
      at += len + 1;
      o += len + 1;
      continue;
    }
    let len: number;
    let offset: number;
    if ((tag & 3) === 1) [len, offset] = [((tag >> 2) & 7) + 4, ((tag >> 5) << 8) | src[at++]];
    else if ((tag & 3) === 2) [len, offset, at] = [(tag >> 2) + 1, src.readUInt16LE(at), at + 2];
    else [len, offset, at] = [(tag >> 2) + 1, src.readUInt32LE(at), at + 4];
    for (let i = 0; i < len; i++, o++) out[o] = out[o - offset];
  }
  return out;
}

/** A block at `offset` of `size` bytes (plus LevelDB's 5-byte trailer: type, checksum). */
function block(file: Buffer, offset: number, size: number): Buffer {
  const raw = file.subarray(offset, offset + size);
  return file[offset + size] === 1 ? unsnappy(raw) : raw;
}

/** Calls `visit(key, value)` for each entry of a block (keys are prefix-compressed). */
function entries(b: Buffer, visit: (key: Buffer, value: Buffer) => void): void {
  const end = b.length - 4 - 4 * b.readUInt32LE(b.length - 4);
  let key = Buffer.alloc(0);
  for (let at = 0; at < end;) {
    let shared, own, size;
    [shared, at] = varint(b, at);
    [own, at] = varint(b, at);
    [size, at] = varint(b, at);
    key = Buffer.concat([key.subarray(0, shared), b.subarray(at, at + own)]);
    at += own;
    visit(key, b.subarray(at, at + size));
    at += size;
  }
}

/** "database/store/index" of an IndexedDB LevelDB key (its first byte gives the three ids' lengths). */
function group(key: Buffer): string {
  const lengths = [(key[0] >> 5) + 1, ((key[0] >> 2) & 7) + 1, (key[0] & 3) + 1];
  let at = 1;
  return lengths.map((n) => {
    let id = 0;
    for (let i = 0; i < n; i++) id += key[at + i] * 256 ** i;
    at += n;
    return id;
  }).join('/');
}

const argv = process.argv.slice(2);
const dir = argv.find((a) => !a.startsWith('--') && a !== argValue(argv, 'articles'));
if (!dir) {
  console.error('usage: npx tsx scripts/leveldb-bytes.ts DIR [--articles N]');
  process.exit(2);
}
const perArticle = Number(argValue(argv, 'articles') ?? 0);
const groups = new Map<string, { entries: number; raw: number; disk: number }>();
let fileBytes = 0;
for (const name of readdirSync(dir).filter((f) => f.endsWith('.ldb'))) {
  const file = readFileSync(join(dir, name));
  fileBytes += file.length;
  const footer = file.subarray(file.length - 48);
  const [, a] = varint(footer, 0);
  const [, b] = varint(footer, a);
  const [indexOffset, c] = varint(footer, b);
  const [indexSize] = varint(footer, c);
  entries(block(file, indexOffset, indexSize), (_k, handle) => {
    const [offset, next] = varint(handle, 0);
    const [size] = varint(handle, next);
    const items: [string, number][] = [];
    entries(block(file, offset, size), (key, value) => items.push([group(key.subarray(0, key.length - 8)), key.length - 8 + value.length]));
    const total = items.reduce((s, [, n]) => s + n, 0);
    for (const [g, n] of items) {
      const e = groups.get(g) ?? { entries: 0, raw: 0, disk: 0 };
      groups.set(g, { entries: e.entries + 1, raw: e.raw + n, disk: e.disk + (n / total) * (size + 5) });
    }
  });
}
const unit = perArticle > 0 ? perArticle : 1;
console.log(`table files: ${fileBytes} bytes${perArticle > 0 ? ` (${Math.round(fileBytes / perArticle)} per article)` : ''}`);
console.log(`db/store/index  entries  uncompressed${perArticle > 0 ? ' per article' : ''}  on disk${perArticle > 0 ? ' per article' : ''}`);
for (const [g, e] of [...groups].sort((x, y) => y[1].disk - x[1].disk)) {
  console.log(`${g.padEnd(14)} ${String(e.entries).padStart(8)}  ${String(Math.round(e.raw / unit)).padStart(12)}  ${String(Math.round(e.disk / unit)).padStart(8)}`);
}
