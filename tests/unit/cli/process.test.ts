/**
 * `xref` as a real process: exit codes, stdout/stderr, and paths relative to the directory the
 * command was started from (INIT_CWD under npm, else the working directory).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startDir } from '../../../scripts/lib/cli/paths.ts';
import { DEMO, ROOT, spawnNpmXref, spawnXref } from './helpers.ts';

describe('startDir', () => {
  it.each([
    ['INIT_CWD when npm set it', { INIT_CWD: '/tmp/start' }, '/repo', '/tmp/start'],
    ['cwd when INIT_CWD is unset', {}, '/repo', '/repo'],
    ['cwd when INIT_CWD is empty', { INIT_CWD: '' }, '/repo', '/repo'],
    ['cwd when INIT_CWD is not absolute', { INIT_CWD: 'relative/dir' }, '/repo', '/repo'],
  ])('%s', (_name, env, cwd, expected) => {
    expect(startDir(env as NodeJS.ProcessEnv, cwd)).toBe(expected);
  });
});

describe.concurrent('paths are relative to the start directory', { timeout: 60_000 }, () => {
  it('npm run --silent xref -- … resolves paths from where npm was started', async () => {
    const r = await spawnNpmXref(['extract', '--json', 'observer.html', 'txt/wire.txt'], DEMO);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.map((i: { outlet: string }) => i.outlet)).toEqual(['The Coastline Observer', 'wire']);
    expect(out.every((i: object) => !('error' in i))).toBe(true);
  });

  it.each([
    ['INIT_CWD wins over the working directory', ROOT, { INIT_CWD: DEMO }, 'observer.html', 'The Coastline Observer'],
    ['the working directory when INIT_CWD is unset', join(DEMO, 'txt'), { INIT_CWD: undefined }, 'observer.txt', 'observer'],
  ])('%s', async (_name, cwd, env, file, outlet) => {
    const r = await spawnXref(['extract', '--json', file], cwd, env);
    expect(r.code).toBe(0);
    const [item] = JSON.parse(r.stdout);
    expect(item.error).toBeUndefined();
    expect(item.outlet).toBe(outlet);
  });
});

describe.concurrent('exit codes of the real process', { timeout: 60_000 }, () => {
  it.each([
    ['a per-file error in extract keeps exit 0', ['extract', '--json', 'missing.html', 'wire.html'], 0, false],
    ['a usage error exits 2 with a message on stderr', ['compare', '--json', 'observer.html'], 2, true],
    ['an unreadable PAGE exits 1 with a message on stderr', ['compare', '--json', '--corpus', '.', 'missing.html'], 1, true],
  ])('%s', async (_name, argv, code, stderr) => {
    const r = await spawnXref(argv, DEMO, { INIT_CWD: undefined });
    expect(r.code).toBe(code);
    if (stderr) {
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/xref: /);
    } else {
      expect(JSON.parse(r.stdout)).toHaveLength(2);
    }
  });
});

describe('a reader that stops early', { timeout: 60_000 }, () => {
  // Regression: `xref extract … | head -c 5` printed an unhandled EPIPE stack trace and exited 1.
  it('closing the pipe ends xref quietly, with exit 0 (output far larger than the pipe buffer)', async () => {
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const script = `set -o pipefail; "${tsx}" "${join(ROOT, 'scripts', 'xref.ts')}" extract --json $(for i in $(seq 40); do echo *.html; done) | head -c 5 >/dev/null`;
    const r = await new Promise<{ code: number | null; stderr: string }>((done, fail) => {
      const child = spawn('bash', ['-c', script], { cwd: DEMO, env: { ...process.env, INIT_CWD: '' } });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', fail);
      child.on('close', (code) => done({ code, stderr }));
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
