import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LibraryDb } from '../../../utils/library/db';
import { saveArticle } from '../../../utils/library/articles';
import { storySimilarity } from '../../../utils/match/story';
import { storyTerms } from '../../../utils/match/keys';
import { articleFromText } from '../../../utils/extract/index';
import { splitClaims } from '../../../utils/claims/index';
const raw = '/work/shared/data/newswcl50/1-raw-articles';
const docs: { event: number; code: string; paras: string[] }[] = [];
for (const d of readdirSync(raw).filter((d) => d.startsWith('event_'))) for (const f of readdirSync(join(raw, d))) {
  const r = articleFromText('-\n' + readFileSync(join(raw, d, f), 'utf8'), f);
  if (r.ok) docs.push({ event: Number(d.slice(6)), code: f.split('_')[1].split('.')[0], paras: r.article.paragraphs });
}
const db = new LibraryDb('x', { indexedDB, IDBKeyRange });
const ids: number[] = [];
for (const d of docs) ids.push((await saveArticle(db, { title: '', byline: null, publishedTime: null, lang: null, url: null, canonicalUrl: null, outlet: { domain: d.code + '.com', name: d.code }, paragraphs: d.paras, text: '', truncated: false }, splitClaims(d.paras))).articleId);
const rows = await db.terms.toArray();
const termArticles = new Map<string, number[]>();
for (const r of rows) for (const t of r.terms) termArticles.set(t, [...(termArticles.get(t) ?? []), r.articleId]);
const same: number[] = []; const diff: number[] = [];
docs.forEach((d, i) => {
  const q = storyTerms('', d.paras);
  docs.forEach((e, j) => {
    if (i === j || d.code === e.code) return;
    const s = storySimilarity(q, null, rows[j], termArticles, 50);
    (d.event === e.event ? same : diff).push(s);
    if (d.event !== e.event && s >= 0.2) console.log('cross', d.event, e.event, s.toFixed(3));
  });
});
const q = (xs: number[], p: number) => xs.sort((a, b) => a - b)[Math.floor(p * xs.length)].toFixed(3);
console.log('same', same.length, [0.05, 0.1, 0.25, 0.5].map((p) => q(same, p)));
console.log('diff', diff.length, [0.9, 0.95, 0.99, 0.999].map((p) => q(diff, p)));
console.log('same<0.2', same.filter((s) => s < 0.2).length);
let auc = 0; for (const s of same) for (const d of diff) auc += s > d ? 1 : s === d ? 0.5 : 0;
console.log('auc', (auc / same.length / diff.length).toFixed(4), 'diff>=0.2', diff.filter((d) => d >= 0.2).length, 'same>=0.2', same.filter((d) => d >= 0.2).length);
for (const t of [0.2, 0.25, 0.28, 0.3, 0.33, 0.35, 0.4]) console.log('t', t, 'diff', diff.filter((d) => d >= t).length, 'same', same.filter((d) => d >= t).length);
