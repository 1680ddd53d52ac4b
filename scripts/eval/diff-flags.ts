/**
 * How often the sidebar's card flags fire on real sentence pairs: over every link of the NewsWCL50
 * and AllSides evaluations (newswcl.ts, allsides.ts), and over the MRPC train pairs, the pairs whose
 * second sentence replaces a number ("Number differs", number-change.ts), a weekday or month ("Date
 * differs", date-change.ts), or swaps two names' roles ("Roles swapped", roles.ts).
 * `npx tsx scripts/eval/diff-flags.ts [--data DIR] [--show]`; `--show` prints each date- or
 * roles-flagged pair with both sentences, for judging by hand (the research text stays on the terminal).
 */
import { join } from 'node:path';
import { dateReplaced, diffSummary, numberReplaced, swappedRoles, wordDiff } from '../../utils/diff/index';
import { resolveDataDir } from '../lib/data-dir';
import { readMrpc } from '../train-matcher';
import { evalAllSides } from './allsides';
import { evalNewsWcl } from './newswcl';

const argv = process.argv.slice(2);
const { dir, exists } = resolveDataDir(argv);
if (!exists) {
  console.error(`No research data at ${dir} (pass --data DIR)`);
  process.exit(1);
}
const show = argv.includes('--show');

/** Counts of one set of pairs, and the flagged ones to show. */
function tally() {
  const t = { pairs: 0, numbers: 0, dates: 0, roles: 0, shown: [] as string[] };
  const add = (a: string, b: string, tag: string) => {
    t.pairs++;
    if (numberReplaced(a, b)) t.numbers++;
    const roles = swappedRoles(a, b);
    const dated = dateReplaced(a, b);
    if (roles) t.roles++;
    if (dated) t.dates++;
    if (!roles && !dated) return;
    const s = diffSummary(wordDiff(a, b));
    const what = [...s.changedDates.map((d) => `${d.from} → ${d.to}`), ...(roles ? [`${roles.first} ↔ ${roles.second}`] : [])].join('; ');
    t.shown.push(`[${tag}] ${what}\n  ${a}\n  ${b}`);
  };
  return { t, add };
}

const print = (name: string, t: ReturnType<typeof tally>['t']) => {
  console.log(`${name}: ${t.pairs} pairs; "Number differs" ${t.numbers}, "Date differs" ${t.dates}, "Roles swapped" ${t.roles}`);
  if (show && t.shown.length) console.log(t.shown.join('\n'));
};

for (const [name, run] of [['NewsWCL50 links', evalNewsWcl], ['AllSides links', evalAllSides]] as const) {
  const { t, add } = tally();
  await run(dir, (_from, _to, c, o) => add(c.claim.text, o.text, o.kind));
  print(name, t);
}
const { t, add } = tally();
for (const p of readMrpc(join(dir, 'mrpc', 'msr_paraphrase_train.txt'))) add(p.a.text, p.b.text, `label ${p.label}`);
print('MRPC train pairs', t);
