/** The CLI's help text and its error type for bad arguments (exit code 2, no stack trace). */

export const USAGE = `Aftermath: what a cyber attack would cost an organisation, simulated offline.

Usage:
  aftermath simulate [SCENARIO.json] [--trials N] [--seed S] [--format table|json|csv] [--threshold X ...]
                     [--workers N]
      Simulate a scenario (the built-in "Regional hospital" when no file is given).
  aftermath sensitivity [SCENARIO.json] [--trials N] [--seed S] [--format table|json]
      What drives the loss: each uncertain input at its low and its high (a tornado), and its
      rank correlation with the loss it feeds.
  aftermath export SCENARIO.json [--xlsx OUT.xlsx] [--csv OUTDIR/] [--raw] [--trials N] [--seed S] [--force]
      Write the results as an Excel workbook and/or one CSV file per table (docs/exports.md).
  aftermath quote PORTFOLIO.csv --layers "1M xs 250k, 4M xs 1.25M" [--out QUOTES.csv] [--programme FILE]
                  [--trials N] [--seed S] [--workers N] [--risk-load X] [--expense-ratio X]
      Price a tower of layers for every organisation in a portfolio CSV (one row each).
  aftermath validate SCENARIO.json
      Check a scenario file and list every problem by its JSON path.
  aftermath presets
      List the built-in presets.
  aftermath preset ID
      Print a preset as a scenario file (save it, edit it, simulate it).
  aftermath help | --help
  aftermath --version

Options for simulate:
  --trials N      simulated years, 100 to 10,000,000 (default: the file's, else 100,000)
  --seed S        random seed, a whole number from 0 (default: the file's, else 1)
  --format F      table (for people, the default), json or csv (for machines)
  --threshold X   also report the chance a year's loss exceeds X (repeatable)
  --workers N     threads that simulate at once, 1 to 64: this one and N-1 worker threads
                  (default: one per CPU core; 1 simulates in this thread). Any N gives the
                  same results, byte for byte

Options for sensitivity (two runs per uncertain input, every run with the same seed):
  --trials N      simulated years per run (default: the file's, at most 20,000)
  --seed S        random seed (default: the file's, else 1)
  --format F      table (for people, the default) or json

Options for export (at least one of --xlsx and --csv):
  --xlsx FILE     write the workbook (Summary, Exceedance, Categories, Timeline, Insurance,
                  Controls, Assumptions, Scenario sheets) to FILE, which must end in .xlsx
  --csv DIR       write summary.csv, exceedance.csv, categories.csv, timeline.csv,
                  insurance-layers.csv and controls.csv into DIR (created if missing)
  --raw           also write every simulated year's loss to DIR/annual-losses.csv (its size is
                  printed first)
  --trials N      simulated years (default: the file's, else 100,000)
  --seed S        random seed (default: the file's, else 1)
  --force         replace files that already exist (without it, an existing file stops the export)

Options for quote (docs/cli.md has the CSV columns):
  --layers SPEC     the tower, bottom up: "<limit> xs <attachment>, ..."; amounts like 250000,
                    250k, 1.25M, 2bn. Attachments are on the year's loss after the programme's
                    retention, coinsurance, exclusions and sublimits
  --programme FILE  a JSON insurance block (retention, coinsurance, sublimits...); --layers
                    replaces its layers. Without it: no retention. Presets' own programmes are
                    replaced either way
  --out FILE        write the quotes here (atomically; never over an input) instead of stdout
  --trials N        simulated years per organisation (default: its scenario's, else 100,000)
  --seed S          random seed (default: its scenario's, else 1)
  --workers N       worker threads, 1 to 256 (default: one per CPU core)
  --risk-load X     multiple of each layer's standard deviation added to its expected loss, 0 to 10
  --expense-ratio X share of the technical premium for expenses, 0 to 0.95

Exit codes: 0 success; 2 bad arguments, an invalid file, or (quote) any row that could not be
quoted; 1 unexpected failure.`;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
