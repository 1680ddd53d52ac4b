/** Heuristics for bodies cut short by a paywall, a login wall or a partial load. */
import { wordCount } from './normalise.ts';

const PAYWALL =
  /\b(?:subscribe (?:now )?to (?:continue|keep) reading|to continue reading|continue reading (?:with|by)|already (?:a subscriber|have an account)|(?:this|the) (?:article|story|content) is (?:only )?(?:available|reserved) (?:to|for) (?:our )?(?:subscribers|members)|subscribers? only|sign in to (?:read|continue)|log in to (?:read|continue)|register to (?:read|continue)|create a free account to (?:read|continue)|to read the (?:full|rest of (?:the|this)) (?:article|story)|unlock (?:this|the full) (?:article|story)|you have reached your (?:free )?(?:article )?limit)\b/i;

/** True when a text mentions a paywall or login wall. */
export function hasPaywallMarker(text: string): boolean {
  return PAYWALL.test(text);
}

/**
 * Decide whether the extracted body looks cut short: a paywall marker in the
 * removed or kept text, `isAccessibleForFree: false` in JSON-LD, or a short
 * body ending in an ellipsis.
 */
export function looksTruncated(paragraphs: string[], removed: string[], jsonLd: Record<string, unknown>[]): boolean {
  if ([...removed, ...paragraphs.slice(-3)].some(hasPaywallMarker)) return true;
  const free = jsonLd.find((o) => 'isAccessibleForFree' in o)?.isAccessibleForFree;
  if (free === false || free === 'False' || free === 'false') return true;
  const last = paragraphs[paragraphs.length - 1] ?? '';
  return wordCount(paragraphs.join(' ')) < 150 && /(?:…|\.\.\.)\s*$/.test(last);
}
