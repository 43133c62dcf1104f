/**
 * `aftermath export FILE --xlsx OUT.xlsx --csv OUTDIR/ [--raw] [--trials N] [--seed S] [--force]`:
 * simulate a scenario file and write the workbook and the per-table CSV files (and, with --raw,
 * every simulated year's loss, its size stated before it is written). Every target is checked
 * before the run, nothing is replaced without --force, each file is written atomically, and the
 * paths and sizes written are printed on stdout.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { runScenario } from '../../shared/engine/runScenario';
import { RAW_FILE_NAME, rawAnnualLossesCsvByteLength, rawAnnualLossesCsvChunks } from '../../shared/exports/rawAnnualLosses';
import { CSV_FILES } from '../../shared/exports/tableCsv';
import { assumptionRows } from '../../shared/report/assumptions';
import { scenarioHash } from '../../shared/report/fingerprint';
import { reportProvenance } from '../../shared/report/reportProvenance';
import { InputError } from '../inputError';
import type { CliIo } from '../main';
import { TargetExistsError, writeFileAtomic, type FileContent } from '../output/atomicFile';
import { checkCsvTargets, checkWorkbookTarget } from '../output/exportTargets';
import { readScenarioFile } from '../scenarioFile';

declare const __AFTERMATH_VERSION__: string;

export type ExportArgs = Readonly<{
  file: string;
  xlsx: string | undefined;
  csv: string | undefined;
  raw: boolean;
  force: boolean;
  trials: number | undefined;
  seed: number | undefined;
}>;

const bytes = (size: number): string => `${size.toLocaleString('en-US')} byte${size === 1 ? '' : 's'}`;

export async function exportCommand(args: ExportArgs, io: CliIo): Promise<number> {
  const scenario = await readScenarioFile(args.file);
  const csvNames = [...CSV_FILES.map((file) => file.fileName), ...(args.raw ? [RAW_FILE_NAME] : [])];
  if (args.xlsx !== undefined) await checkWorkbookTarget(args.xlsx, args.file, args.force);
  const csvFolder = args.csv === undefined ? undefined : await checkCsvTargets(args.csv, csvNames, args.file, args.force);

  const result = runScenario(scenario, {
    ...(args.trials !== undefined ? { trials: args.trials } : {}),
    ...(args.seed !== undefined ? { seed: args.seed } : {}),
    keepAnnualLosses: args.raw,
  });

  const outputs: { target: string; content: FileContent }[] = [];
  // The same facts, citations and hash as the app's exports and report for this scenario.
  const about = { appVersion: typeof __AFTERMATH_VERSION__ === 'string' ? __AFTERMATH_VERSION__ : 'development', scenarioSha256: scenarioHash(scenario) };
  if (args.xlsx !== undefined) {
    const assumptions = assumptionRows(scenario, reportProvenance(scenario));
    // Loaded only when a workbook is asked for: exceljs is most of the CLI's code.
    const { workbookBytes } = await import('../../shared/exports/xlsxWriter');
    outputs.push({ target: args.xlsx, content: await workbookBytes({ result, scenario, assumptions, about }) });
  }
  if (args.csv !== undefined) {
    for (const file of CSV_FILES) outputs.push({ target: path.join(args.csv, file.fileName), content: file.csv(result, about) });
    if (args.raw && result.annualLosses) {
      const target = path.join(args.csv, RAW_FILE_NAME);
      const size = rawAnnualLossesCsvByteLength(result.annualLosses, result.currency);
      io.stdout(`${target} will be ${bytes(size)} (${result.annualLosses.length.toLocaleString('en-US')} simulated years, one row each)\n`);
      outputs.push({ target, content: rawAnnualLossesCsvChunks(result.annualLosses, result.currency) });
    }
    if (csvFolder?.create) {
      await mkdir(args.csv, { recursive: true });
      io.stdout(`created the folder ${args.csv}\n`);
    }
  }

  for (const output of outputs) {
    try {
      await writeFileAtomic(output.target, output.content, { replace: args.force });
    } catch (error) {
      if (error instanceof TargetExistsError) throw new InputError([`${error.message}; add --force to replace it`]);
      throw error;
    }
    io.stdout(`wrote ${output.target} (${bytes((await stat(output.target)).size)})\n`);
  }
  return 0;
}
