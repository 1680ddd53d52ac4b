import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LibraryDb } from '../../../utils/library/db';
import { saveArticle } from '../../../utils/library/articles';
import { findCoverage } from '../../../utils/match/pipeline';
import { splitClaims } from '../../../utils/claims/index';
const db = new LibraryDb('scale', { indexedDB, IDBKeyRange });
const bbc = '/work/shared/data/bbc-news';
let n = 0; const t0 = performance.now();
const ids: number[] = [];
for (const topic of readdirSync(bbc).filter((d) => !d.includes('.'))) for (const f of readdirSync(join(bbc, topic))) {
  const lines = readFileSync(join(bbc, topic, f), 'latin1').split('\n').map((l) => l.trim()).filter(Boolean);
  const paras = lines.slice(1);
  for (const copy of [0, 1]) {
    const a = { title: lines[0], byline: null, publishedTime: null, lang: 'en', url: `https://o${copy}${n % 7}.example/${topic}/${f}`, canonicalUrl: null,
      outlet: { domain: `o${copy}${n % 7}.example`, name: `O${copy}${n % 7}` }, paragraphs: copy ? paras.map((p) => p.replace(/\bsaid\b/g, 'stated')) : paras, text: '', truncated: false };
    ids.push((await saveArticle(db, a, splitClaims(paras))).articleId);
  }
  n++;
}
console.log('saved', ids.length, 'in', Math.round(performance.now() - t0), 'ms', 'claims', await db.claims.count());
(globalThis as any).PH = { lookup: 0, read: 0, align: 0, report: 0, targets: 0, pairs: 0 };
const times: number[] = []; let linked = 0; let links = 0;
for (const id of ids.filter((_, i) => i % 40 === 0)) {
  const s = performance.now();
  const r = await findCoverage(db, id);
  times.push(performance.now() - s);
  const others = r.claims.flatMap((c) => c.others);
  links += others.length;
  if (others.some((o) => o.articleId === (id % 2 ? id + 1 : id - 1) || Math.abs(o.articleId - id) === 1)) linked++;
}
times.sort((a, b) => a - b);
console.log((globalThis as any).PH);
console.log('queries', times.length, 'p50', times[Math.floor(times.length / 2)].toFixed(1), 'p95', times[Math.floor(times.length * 0.95)].toFixed(1), 'linked twin', linked, 'links', links);
