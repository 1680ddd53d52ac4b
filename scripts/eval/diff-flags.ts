/**
 * How often the sidebar's card flags fire on real links: over every link of the NewsWCL50 and
 * AllSides evaluations (newswcl.ts, allsides.ts), the links whose other claim replaces a number
 * ("Number differs", number-change.ts) or a weekday or month ("Date differs", date-change.ts).
 * `npx tsx scripts/eval/diff-flags.ts [--data DIR] [--show]`; `--show` prints each date-flagged
 * pair with both claims, for judging by hand (the research text stays on the terminal).
 */
import { dateReplaced, diffSummary, numberReplaced, wordDiff } from '../../utils/diff/index';
import { resolveDataDir } from '../lib/data-dir';
import { evalAllSides } from './allsides';
import { evalNewsWcl } from './newswcl';
import type { OnLink } from './link-figures';

const argv = process.argv.slice(2);
const { dir, exists } = resolveDataDir(argv);
if (!exists) {
  console.error(`No research data at ${dir} (pass --data DIR)`);
  process.exit(1);
}
const show = argv.includes('--show');
const runs: [string, (dataDir: string, onLink?: OnLink) => Promise<unknown>][] = [['NewsWCL50', evalNewsWcl], ['AllSides', evalAllSides]];

for (const [name, run] of runs) {
  let links = 0;
  let numbers = 0;
  const dated: string[] = [];
  await run(dir, (_from, _to, c, o) => {
    links++;
    if (numberReplaced(c.claim.text, o.text)) numbers++;
    if (!dateReplaced(c.claim.text, o.text)) return;
    const days = diffSummary(wordDiff(c.claim.text, o.text)).changedDates.map((d) => `${d.from} → ${d.to}`).join('; ');
    dated.push(`[${o.kind}] ${days}\n  ${c.claim.text}\n  ${o.text}`);
  });
  console.log(`${name}: ${links} links, ${numbers} flagged "Number differs", ${dated.length} flagged "Date differs"`);
  if (show) console.log(dated.join('\n'));
}
