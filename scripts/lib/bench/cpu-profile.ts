/**
 * `--profile FILE` of `npm run bench:browser`: a CPU profile of the harness page while it matches
 * the queries (Chrome DevTools' `.cpuprofile` format, viewable in DevTools or speedscope), and
 * the functions with the most self time printed to stderr. The bench build is then left
 * unminified so the profile names functions.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** A DevTools CPU profile: nodes, and which node each sample hit with the time since the last. */
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Starts sampling the page's CPU (every 200 µs); `stop` writes the profile to `file` and returns it. */
export async function startCpuProfile(page: Page, file: string): Promise<{ stop(): Promise<CpuProfile> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      await cdp.detach();
      writeFileSync(file, JSON.stringify(profile));
      return profile;
    },
  };
}

/** The `top` functions by self time, as "ms  share  name file:line" lines (GC, idle and native time included). */
export function topSelfTime(profile: CpuProfile, top = 20): string[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const f = byNode.get(id)?.callFrame;
    if (!f) return;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`;
    const us = profile.timeDeltas[i] ?? 0;
    self.set(name, (self.get(name) ?? 0) + us);
    total += us;
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([name, us]) => `${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / Math.max(1, total)).toFixed(1).padStart(5)}%  ${name}`);
}
