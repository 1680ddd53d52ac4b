/** Article extraction: public entry points of `utils/extract`. */
export { extractArticle } from './html-article.ts';
export { articleFromText } from './text-input.ts';
export { isBoilerplate, removeBoilerplate } from './boilerplate.ts';
export type { ExtractResult, ExtractedArticle, ExtractFailure, OutletRef } from './types.ts';
