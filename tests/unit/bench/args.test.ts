import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../scripts/lib/bench/args';

describe('parseBenchArgs', () => {
  it.each([
    [[], [1000, 10000], false, false],
    [['--sizes', '1000,10000,100000', '--json'], [1000, 10000, 100000], true, false],
    [['--sizes=5000'], [5000], false, false],
    [['--smoke', '--sizes', '100000'], [1000], false, true],
  ])('%j', (argv, sizes, json, smoke) => {
    const a = parseBenchArgs(argv);
    expect(a.sizes).toEqual(sizes);
    expect(a.json).toBe(json);
    expect(a.smoke).toBe(smoke);
  });
  it.each([[['--sizes', 'x']], [['--queries', 'many']]])('rejects %j', (argv) => expect(() => parseBenchArgs(argv)).toThrow());
  it.each([
    [[], null],
    [['--profile', '/tmp/match.cpuprofile'], '/tmp/match.cpuprofile'],
  ])('profile of %j is %j', (argv, profile) => expect(parseBenchArgs(argv).profile).toBe(profile));
  it.each([
    [[], null],
    [['--per-query', '/tmp/queries.json'], '/tmp/queries.json'],
  ])('per-query file of %j is %j', (argv, file) => expect(parseBenchArgs(argv).perQuery).toBe(file));
});
