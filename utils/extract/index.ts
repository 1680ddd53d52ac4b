/** Article extraction: public entry points of `utils/extract`. */
export { extractArticle, type ExtractOptions } from './html-article.ts';
export { articleFromText } from './text-input.ts';
export { isBoilerplate, removeBoilerplate, type BoilerplateContext } from './boilerplate.ts';
export type { ExtractResult, ExtractedArticle, ExtractFailure, OutletRef } from './types.ts';
