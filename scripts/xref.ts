/**
 * The `xref` CLI: `npm run --silent xref -- <command>`. Commands extract, compare and pairs run
 * the same `utils/` engine as the extension (see `xref --help` and scripts/lib/cli/).
 */
import { runCli } from './lib/cli/main.ts';
import { startDir } from './lib/cli/paths.ts';

const code = await runCli(process.argv.slice(2), {
  baseDir: startDir(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
