/**
 * The toolbar badge: how many of the article's statements other outlets in the
 * library also reported, with a title that explains the number. Empty for pages
 * that are not articles and for articles no other outlet has covered yet.
 */
import { browser } from 'wxt/browser';
import type { CoverageReport } from '../utils/library/types';
import { sameStoryOutlets } from '../utils/library/same-story';
import type { TabView } from '../utils/messaging/protocol';

/** Default title when there is nothing to count. */
const DEFAULT_TITLE = 'Corroborate: open the coverage sidebar';

/** Corroborated claim count, total claims and distinct other outlets of a report. */
function coverageCounts(report: CoverageReport): { corroborated: number; total: number; outlets: number } {
  const outlets = new Set<string>();
  let corroborated = 0;
  for (const c of report.claims) {
    if (c.others.length) corroborated++;
    for (const o of c.others) outlets.add(o.outletId);
  }
  return { corroborated, total: report.claims.length, outlets: outlets.size };
}

/** Badge text and title for a tab's view. */
export function badgeFor(view: TabView | null): { text: string; title: string } {
  if (!view || view.state !== 'ready' || view.selection) return { text: '', title: DEFAULT_TITLE };
  const { corroborated, total, outlets } = coverageCounts(view.report);
  const s = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (!corroborated) {
    const story = sameStoryOutlets(view.report);
    const also = story ? `; ${s(story, 'other outlet', 'other outlets')} covered the story in other words` : '';
    return { text: '', title: `Corroborate: none of the ${s(total, 'statement', 'statements')} is in other outlets' coverage in your library yet${also}` };
  }
  return {
    text: corroborated > 999 ? '999+' : String(corroborated),
    title: `Corroborate: ${corroborated} of ${s(total, 'statement', 'statements')} also reported by ${s(outlets, 'other outlet', 'other outlets')} in your library`,
  };
}

/** Sets a tab's badge from its view; ignores tabs that closed meanwhile. */
export async function showBadge(tabId: number, view: TabView | null): Promise<void> {
  const { text, title } = badgeFor(view);
  // MV3 (Chrome) has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  try {
    await action.setBadgeText({ tabId, text });
    await action.setTitle({ tabId, title });
    if (text) await action.setBadgeBackgroundColor({ tabId, color: '#1f6f5c' });
  } catch {
    // The tab is gone; nothing to show.
  }
}
