/**
 * `aftermath quote PORTFOLIO.csv --layers "1M xs 250k, 4M xs 1.25M"`: price the same tower for
 * every organisation in a portfolio. Each valid row is simulated on a worker thread; the quote
 * CSV (one row per organisation and layer, in input order) goes to stdout or, atomically, to
 * --out. A bad row is reported by its line and does not stop the others; exit code 2 if any
 * row could not be quoted.
 */
import { availableParallelism } from 'node:os';
import { parsePortfolio, type PortfolioRow } from '../../shared/portfolio/portfolio';
import { formatQuotesCsv, type QuotedRow } from '../../shared/portfolio/quote';
import { InputError } from '../inputError';
import type { CliIo } from '../main';
import { checkOutputFile, writeFileAtomic } from '../output/atomicFile';
import { runJobs } from '../quote/pool';
import { loadProgramme, type ProgrammeArgs } from '../quote/programme';
import { progressReporter } from '../quote/progress';
import { FileReadError, readTextFile } from '../textFile';

export const MAX_PORTFOLIO_BYTES = 20 * 1024 * 1024;

export type QuoteArgs = ProgrammeArgs &
  Readonly<{
    file: string;
    out: string | undefined;
    trials: number | undefined;
    seed: number | undefined;
    workers: number | undefined;
  }>;

async function readPortfolio(file: string): Promise<string> {
  try {
    return await readTextFile(file, 'portfolio CSV', MAX_PORTFOLIO_BYTES);
  } catch (error) {
    if (error instanceof FileReadError) throw new InputError([error.message]);
    throw error;
  }
}

export async function quoteCommand(args: QuoteArgs, io: CliIo): Promise<number> {
  const programme = await loadProgramme(args);
  if (args.out !== undefined) await checkOutputFile('--out', args.out, [args.file, ...(args.programme === undefined ? [] : [args.programme])]);
  const portfolio = parsePortfolio(await readPortfolio(args.file), programme);
  if (!portfolio.ok) throw new InputError(portfolio.problems.map((problem) => `${args.file}: ${problem}`));

  const label = (row: PortfolioRow): string => `${args.file} line ${row.line} (${row.id === '' ? 'no id' : `id ${JSON.stringify(row.id)}`})`;
  let failed = 0;
  for (const row of portfolio.rows) {
    if (row.ok) continue;
    failed += 1;
    for (const problem of row.problems) io.stderr(`${label(row)}: ${problem}\n`);
  }

  const valid = portfolio.rows.filter((row) => row.ok);
  const jobs = valid.map((row, index) => ({ index, scenario: row.scenario, trials: args.trials, seed: args.seed }));
  const progress = progressReporter(io.stderr, io.stderrIsTTY === true, jobs.length);
  let outcomes;
  try {
    outcomes = await runJobs(jobs, { workers: Math.min(args.workers ?? availableParallelism(), jobs.length), onSettled: progress.update });
  } finally {
    progress.finish();
  }

  const quoted: QuotedRow[] = [];
  valid.forEach((row, index) => {
    const outcome = outcomes[index];
    if (outcome?.ok) {
      quoted.push({ id: row.id, presetId: row.presetId, quote: outcome.quote });
    } else {
      failed += 1;
      io.stderr(`${label(row)}: could not be simulated: ${outcome?.message ?? 'no result'}\n`);
    }
  });

  if (quoted.length > 0) {
    const csv = formatQuotesCsv(quoted);
    if (args.out === undefined) {
      io.stdout(csv);
    } else {
      await writeFileAtomic(args.out, csv);
      const layerRows = quoted.reduce((sum, row) => sum + row.quote.layers.length, 0);
      io.stderr(`wrote ${layerRows} quote rows for ${quoted.length} organisation${quoted.length === 1 ? '' : 's'} to ${args.out}\n`);
    }
  }
  if (failed === 0) return 0;
  const total = portfolio.rows.length;
  io.stderr(`${failed} of ${total} organisation${total === 1 ? '' : 's'} could not be quoted${quoted.length === 0 ? '; nothing was written' : ''}\n`);
  return 2;
}
