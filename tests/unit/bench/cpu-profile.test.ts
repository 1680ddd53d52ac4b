import { describe, expect, it } from 'vitest';
import { topSelfTime, type CpuProfile } from '../../../scripts/lib/bench/cpu-profile';
import { profileFile } from '../../../scripts/lib/bench/run-chromium';

const frame = (id: number, functionName: string) => ({ id, callFrame: { functionName, url: 'chrome-extension://x/chunks/pipeline.js', lineNumber: id * 10 } });

describe('topSelfTime', () => {
  const profile: CpuProfile = {
    nodes: [frame(1, '(root)'), frame(2, 'prepareSentence'), frame(3, 'softAlign'), frame(4, '')],
    samples: [2, 3, 2, 4, 2, 1],
    timeDeltas: [1000, 2000, 1000, 500, 3000, 500],
  };
  it('sums self time per function, largest first, with its share', () => {
    expect(topSelfTime(profile, 3)).toEqual([
      '     5.0 ms  62.5%  prepareSentence pipeline.js:21',
      '     2.0 ms  25.0%  softAlign pipeline.js:31',
      '     0.5 ms   6.3%  (anonymous) pipeline.js:41',
    ]);
  });
});

describe('profileFile', () => {
  it.each([
    ['/tmp/m.cpuprofile', 10000, [10000], '/tmp/m.cpuprofile'],
    ['/tmp/m.cpuprofile', 1000, [1000, 10000], '/tmp/m-1000.cpuprofile'],
    ['/tmp/run.d/m', 1000, [1000, 10000], '/tmp/run.d/m-1000'],
  ])('%s at %i of %j → %s', (file, size, sizes, expected) => expect(profileFile(file, size, sizes)).toBe(expected));
});
