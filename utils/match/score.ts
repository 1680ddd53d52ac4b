/**
 * Judges whether two sentences state the same thing, and how: verbatim, near (lightly edited),
 * paraphrase (the learned model's probability ≥ threshold), or none. Pairs whose polarity clashes
 * (polarity.ts: one side negated, or opposite outcome words) are never paraphrases, and are not
 * 'near' when the negation falls among the words both share (negation-span.ts) or the outcome
 * words are opposite or they name different reporting periods (period.ts). A pair with two names
 * swapped and no figure in common reports another fact, so does a near copy naming another month,
 * and outside the query's stories a near or quoting pair with a name or every number swapped is
 * another event's report (substitution.ts): none of them is a match. Thresholds: model.json's `threshold` by default;
 * `sameStoryThreshold` (lower) when both sentences come from articles already known to cover the
 * same event, where a match is far more likely a priori, and lower still for claims at similar
 * positions of their articles (position.ts). A caller that keeps only matches (`keepFrom`) lets
 * the scorer skip pairs that provably cannot become one (soft-bound.ts). A paraphrase accepted only
 * by the lower same-story threshold is marked `tentative`. Judged by hand in a seeded sample of
 * NewsWCL50 links (`npx tsx scripts/eval/newswcl.ts --sample 400`): of 49 such links, 27 were the
 * same statement, 11 were not and 11 were borderline; of 40 paraphrases above the threshold, 37,
 * 1 and 2.
 */
import type { PairJudgement } from './types';
import { prepareSentence, type PreparedSentence } from './prepare';
import { lexicalFeatures, modelFeatures, sharedQuoteShingles, softFeatures } from './features';
import { logitWithoutSoft, softLogitBound } from './soft-bound';
import { closeness, isNear, isSurelyNear, type Closeness } from './classify';
import { antonymClashes, polarityClash } from './polarity';
import { positionShift } from './position';
import { reportsAnotherFact } from './substitution';
import { negatesSharedWords } from './negation-span';
import { monthsDiffer, periodsDiffer } from './period';
import { compileModel, probability, type CompiledModel, type MatcherModelJson } from './model';
import shipped from './model.json';

/** Optional context of a pair. */
export interface JudgeContext {
  /** Both sentences come from articles already known to cover the same event. */
  sameStory?: boolean;
  /**
   * Gap in relative position of the two claims within their articles, in [0, 1] (see
   * position.ts); only used with `sameStory`, where claims at similar positions get a prior boost.
   */
  positionGap?: number;
  /**
   * The stored article is not in any of the query's stories (a copy looked for outside them):
   * there a near copy or a shared quotation with a swapped name, or with none of its figures in
   * common, is another event's report (substitution.ts).
   */
  otherStory?: boolean;
  /**
   * The caller drops 'none' judgements and paraphrases scoring below this: a pair that provably
   * cannot reach max(threshold, this) is then called 'none' (score 0) without its costly soft
   * word alignment (soft-bound.ts). Every judgement the caller keeps is unchanged.
   */
  keepFrom?: number;
  /**
   * What the pair's sentences alone decide (closeness, model probability), kept across calls: a
   * caller judging the same two texts again in another context (the same wire sentence in many
   * stored articles) passes the same object, and the costly parts are measured once.
   */
  evidence?: PairEvidence;
}

/** The context-free part of a pair's judgement, filled in as it is measured (see JudgeContext.evidence). */
export interface PairEvidence {
  closeness?: Closeness;
  /** Model log-odds with the soft features at their most favourable bound (soft-bound.ts), before the position shift. */
  bound?: number;
  /** Model probability, before the position shift. */
  p?: number;
}

/**
 * Minimum IDF mass of shared content words for a 'paraphrase': generic lines ("Officials said on
 * Tuesday." / "Police said on Tuesday.") share only common words and must not match.
 */
export const PARAPHRASE_MIN_SHARED_MASS = 1.0;

let compiled: CompiledModel | null = null;

/** The shipped model, compiled once. */
export function shippedModel(): CompiledModel {
  if (compiled === null) compiled = compileModel(shipped as MatcherModelJson);
  return compiled;
}

/** Probability from the model that the pair states the same thing. */
export function paraphraseProbability(a: PreparedSentence, b: PreparedSentence, model = shippedModel()): number {
  return probability(model, modelFeatures(a, b, model));
}

/** Judges two prepared sentences; `model` defaults to the shipped one. */
export function judgePrepared(
  a: PreparedSentence, b: PreparedSentence, ctx: JudgeContext = {}, model: CompiledModel = shippedModel(),
): PairJudgement {
  if (a.ids.length === 0 || b.ids.length === 0) return { score: 0, kind: 'none' };
  const ev = ctx.evidence ?? {};
  const c = (ev.closeness ??= closeness(a, b));
  if (c.verbatim) return { score: 1, kind: 'verbatim' };
  const shift = ctx.sameStory ? positionShift(ctx.positionGap) : 0;
  const threshold = ctx.sameStory ? model.json.sameStoryThreshold : model.json.threshold;
  const quoteShingles = sharedQuoteShingles(a, b);
  const quoted = quoteShingles > 0;
  if (ctx.keepFrom !== undefined && !isNear(c) && !quoted) {
    // Only a paraphrase is possible: give up early when too few informative words are shared, or
    // when even the best soft alignment cannot reach the threshold.
    if (ctx.keepFrom > 1 || c.sharedMass < PARAPHRASE_MIN_SHARED_MASS) return { score: 0, kind: 'none' };
    const need = Math.max(threshold, ctx.keepFrom - 1e-4);
    let x: Float64Array | undefined;
    if (ev.bound === undefined) {
      x = lexicalFeatures(a, b, model.terms, model.buffer);
      const base = logitWithoutSoft(model, x);
      ev.bound = base + softLogitBound(model, a, b, Math.log(need / (1 - need)) - shift - base);
    }
    if (sigmoid(ev.bound + shift) < need) return { score: 0, kind: 'none' };
    ev.p ??= probability(model, softFeatures(a, b, x ?? lexicalFeatures(a, b, model.terms, model.buffer)));
  }
  const p = withShift((ev.p ??= paraphraseProbability(a, b, model)), shift);
  const gate = Math.max(0, (model.json.nearGate ?? 0) - (ctx.sameStory ? model.json.threshold - model.json.sameStoryThreshold : 0));
  // Opposite outcome words ("approved" / "rejected") or another reporting period ("third-quarter" /
  // "second-quarter profit", period.ts) make even a lexically near pair a different statement, and
  // so does a negation on one side only, unless a near copy only added a clause with a negation of
  // its own ("…, wounding seven, none seriously"; negation-span.ts).
  const opposed = antonymClashes(a, b) > 0 || periodsDiffer(a.text, b.text);
  const negationClash = opposed || polarityClash(a, b);
  const nearShaped = isSurelyNear(c) || (isNear(c) && p >= gate);
  const nearNegated = opposed || (negationClash && nearShaped && negatesSharedWords(a.text, b.text));
  // Two names swapped and no figure shared is another fact (rows of a results table), and so is a
  // near copy naming another month (period.ts); outside the query's stories, a name swapped in a
  // copy's template ("Norway's central bank" / "Sweden's"), or every number, is another event's
  // report (substitution.ts).
  // Checked only for a pair that would otherwise match (the name comparison is costly).
  const paraphraseShaped = c.sharedMass >= PARAPHRASE_MIN_SHARED_MASS && p >= threshold;
  const otherEvent = (nearShaped || quoted || paraphraseShaped) && (reportsAnotherFact(a, b, ctx.otherStory === true, nearShaped || quoted) || (nearShaped && monthsDiffer(a.text, b.text)));
  if (nearShaped && !nearNegated && !otherEvent) return { score: round(Math.max(p, 0.5 + 0.5 * c.lcsLong)), kind: 'near' };
  // A shared quotation of 7 words or more stands unless a negation falls among the shared words: a
  // quote cut short before its negated half ("'…right now, and it is not going to let up,'" /
  // "'…right now'") is the same quotation. A shorter one may be a stock phrase ("the president of
  // the United States") and yields to any one-sided negation.
  const quoteNegated = negationClash && (opposed || quoteShingles < 2 || negatesSharedWords(a.text, b.text));
  if (quoted && !quoteNegated && !otherEvent) return { score: round(Math.max(p, 0.8)), kind: 'paraphrase' };
  if (!negationClash && !otherEvent && paraphraseShaped) {
    return p < model.json.threshold ? { score: round(p), kind: 'paraphrase', tentative: true } : { score: round(p), kind: 'paraphrase' };
  }
  const generic = Math.min(1, c.sharedMass / PARAPHRASE_MIN_SHARED_MASS);
  return { score: round(Math.min(p, threshold - 0.001) * generic), kind: 'none' };
}

/** Judges two raw sentences (prepares both, then {@link judgePrepared}). */
export function judgePair(a: string, b: string, ctx: JudgeContext = {}): PairJudgement {
  return judgePrepared(prepareSentence(a), prepareSentence(b), ctx);
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Probability `p` moved by `shift` in log-odds. */
function withShift(p: number, shift: number): number {
  if (shift === 0) return p;
  return 1 / (1 + Math.exp(-(Math.log(p / (1 - p)) + shift)));
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1e4) / 1e4;
}
