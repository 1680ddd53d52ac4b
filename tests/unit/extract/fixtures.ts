/** Inline test pages written for these tests (no shared data): a fictional local news story. */
import { Window } from 'happy-dom';

/** Body paragraphs of a made-up article, long enough to pass readerability checks. */
export const STORY = [
  'The Riverside town council voted on Tuesday evening to close the old harbour bridge to heavy lorries from next spring, after engineers warned that corrosion in the steel supports had advanced faster than anyone expected.',
  'Councillor Mara Okafor, who chairs the transport committee, said the decision had not been taken lightly and that local hauliers would be offered a temporary route through the industrial estate while repairs are planned.',
  'The engineering report, commissioned last autumn, estimated the cost of a full restoration at roughly four million pounds, nearly twice the figure the council had set aside in its budget for the current year.',
  'Residents who attended the meeting raised concerns about extra traffic on the school road, and several asked whether the closure could be delayed until a new crossing was built further upstream.',
  'A spokesperson for the regional highways agency said it would review the council’s plans and publish its own assessment of the bridge before the end of the month, adding that public safety came first.',
];

/** Wrap body HTML into a full page with optional head HTML and <html> attributes. */
export function page(body: string, head = '', htmlAttrs = 'lang="en"'): string {
  return `<!doctype html><html ${htmlAttrs}><head><meta charset="utf-8"><title>Harbour bridge to close to lorries</title>${head}</head><body>${body}</body></html>`;
}

/** An article page: header, <article> with the story paragraphs plus `extra` HTML inside the article. */
export function articlePage(opts: { head?: string; extra?: string; paragraphs?: string[]; htmlAttrs?: string } = {}): string {
  const paras = (opts.paragraphs ?? STORY).map((p) => `<p>${p}</p>`).join('\n');
  return page(
    `<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main><article><h1>Harbour bridge to close to lorries</h1>${paras}${opts.extra ?? ''}</article></main><footer><p>Contact us</p></footer>`,
    opts.head ?? '',
    opts.htmlAttrs ?? 'lang="en"',
  );
}

/** Parse HTML into a happy-dom Document. */
export function htmlDoc(html: string, url = 'https://www.example.com/news/bridge'): Document {
  const window = new Window({ url });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
