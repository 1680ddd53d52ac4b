/**
 * The `xref` CLI: `npm run --silent xref -- <command>`. Commands extract, compare and pairs run
 * the same `utils/` engine as the extension (see `xref --help` and scripts/lib/cli/).
 */
import { runCli } from './lib/cli/main.ts';
import { startDir } from './lib/cli/paths.ts';

// A reader that stops early (`xref extract … | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(0);
});

const code = await runCli(process.argv.slice(2), {
  baseDir: startDir(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
