/** The `xref --help` text. */

/** Usage summary printed by `xref --help` (stdout) and after usage errors (stderr). */
export const USAGE = `Usage: npm run --silent xref -- <command> [--json] ...

Commands:
  extract [--json] FILE...             Extract each page: title, outlet, metadata, body and claims.
  compare [--json] --corpus DIR PAGE   Store every page in DIR as the library, then show, for each
                                       claim of PAGE, which other outlets reported it and how the
                                       wording differs.
  pairs [--json] FILE.tsv              Judge sentence pairs, one "sentenceA<TAB>sentenceB" a line,
                                       one result per pair line. Blank lines are skipped; a pair
                                       with an empty sentence is still judged, with a warning on
                                       stderr naming its line.

Pages:
  .html / .htm   extracted with Readability, boilerplate removed; the outlet is og:site_name
                 (or application-name), else the domain, else the file name.
  .txt           first non-empty line is the title, each further line a paragraph; the outlet
                 is the file name without its extension.

Options:
  --json         machine-readable output (schemas/<command>.schema.json)
  --corpus DIR   the library for compare (files directly in DIR; PAGE itself is skipped)
  -h, --help     show this help

Paths are relative to the directory the command was started from (INIT_CWD under npm).
Exit codes: 0 success (extract reports per-file errors in its output), 1 unreadable argument,
2 usage error.`;
