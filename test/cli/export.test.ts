/**
 * `aftermath export` run in-process: the workbook read back with exceljs holds the results
 * exactly, sheet by sheet; the per-table CSV files hold the same numbers as the workbook and as
 * `simulate --format json`; the raw file is the size announced; the Assumptions sheet lists every
 * assumption with its source; and every bad flag, file or existing target is refused with its
 * message, exit code 2 and nothing the user had touched.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { TargetExistsError, writeFileAtomic } from '../../cli/output/atomicFile';
import type { ScenarioResult } from '../../shared/engine/runScenario';
import { CSV_FILES } from '../../shared/exports/tableCsv';
import { scenarioFromRows, type ScenarioRow } from '../../shared/exports/scenarioRows';
import { regionalHospital } from '../../shared/presets/regionalHospital';
import { assumptionRows, provenanceStillApplying } from '../../shared/report/assumptions';
import { scenarioHash } from '../../shared/report/fingerprint';
import { parseScenarioText } from '../../shared/scenario/parse';
import { hospitalWithControls } from '../shared/exportFixtures';
import { csvNumber, csvTable } from '../shared/rfc4180';

type Outcome = Readonly<{ code: number; stdout: string; stderr: string }>;

async function cli(...argv: string[]): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

const workDir = mkdtempSync(path.join(tmpdir(), 'aftermath-export-'));
const inWork = (name: string): string => path.join(workDir, name);
const RUN = ['--trials', '5000', '--seed', '3'];

/** The hospital file as `aftermath preset regional-hospital` prints it, and a scenario with controls. */
const hospitalFile = inWork('hospital.json');
writeFileSync(hospitalFile, (await cli('preset', 'regional-hospital')).stdout);
const controlsFile = inWork('controls.json');
writeFileSync(controlsFile, JSON.stringify(hospitalWithControls, null, 2));

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** A sheet's rows below the header as plain values (empty cells as null). */
function sheetRows(workbook: ExcelJS.Workbook, name: string): unknown[][] {
  const sheet = workbook.getWorksheet(name)!;
  const width = sheet.getRow(1).cellCount;
  const rows: unknown[][] = [];
  for (let r = 2; r <= sheet.actualRowCount; r += 1) rows.push(Array.from({ length: width }, (_, c) => sheet.getRow(r).getCell(c + 1).value ?? null));
  return rows;
}

/** The value at a dot path of simulate's JSON. */
const at = (json: unknown, key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], json);

/** simulate's JSON: the ScenarioResult, serialised. */
async function simulateJson(file: string): Promise<ScenarioResult> {
  const { code, stdout } = await cli('simulate', file, '--format', 'json', ...RUN);
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

/** Exports a scenario file into a fresh folder: the workbook, the CSV folder, the raw file. */
async function exported(file: string, name: string) {
  const out = inWork(name);
  mkdirSync(out);
  const xlsx = path.join(out, 'results.xlsx');
  const csv = path.join(out, 'csv');
  const outcome = await cli('export', file, '--xlsx', xlsx, '--csv', csv, '--raw', ...RUN);
  expect([outcome.code, outcome.stderr]).toEqual([0, '']);
  return { outcome, xlsx, csv, workbook: await readWorkbook(xlsx), json: await simulateJson(file) };
}

const hospital = await exported(hospitalFile, 'hospital');
const withControls = await exported(controlsFile, 'controls');

describe('aftermath export: what it writes', () => {
  it('announces the raw file’s size, then prints every file written with its size on disk', () => {
    const lines = hospital.outcome.stdout.trimEnd().split('\n');
    const raw = path.join(hospital.csv, 'annual-losses.csv');
    expect(lines[0]).toBe(`${raw} will be ${statSync(raw).size.toLocaleString('en-US')} bytes (5,000 simulated years, one row each)`);
    expect(lines[1]).toBe(`created the folder ${hospital.csv}`);
    const written = [hospital.xlsx, ...CSV_FILES.map((file) => path.join(hospital.csv, file.fileName)), raw];
    expect(lines.slice(2)).toEqual(written.map((file) => `wrote ${file} (${statSync(file).size.toLocaleString('en-US')} bytes)`));
    expect(readdirSync(hospital.csv).sort()).toEqual(['annual-losses.csv', ...CSV_FILES.map((file) => file.fileName)].sort());
  });

  it('the Summary sheet holds every figure at its key in simulate’s JSON, exactly', () => {
    for (const { workbook, json } of [hospital, withControls]) {
      const rows = sheetRows(workbook, 'Summary');
      expect(rows.length).toBeGreaterThan(30);
      for (const [, key, value] of rows) {
        if (key === 'appVersion' || key === 'scenarioSha256') continue;
        expect(value, String(key)).toBe(at(json, String(key)));
      }
      expect(rows.map((row) => row[1])).toEqual(expect.arrayContaining(['annualLoss.p95', 'annualLoss.p99', 'probabilityOfAnyLoss', 'insurance.retained.p95']));
    }
    const hash = sheetRows(hospital.workbook, 'Summary').find((row) => row[1] === 'scenarioSha256')?.[2];
    const parsed = parseScenarioText(readFileSync(hospitalFile, 'utf8'));
    expect(parsed.ok && hash).toBe(parsed.ok && scenarioHash(parsed.scenario));
  });

  it('Exceedance, Categories, Timeline, Insurance and Controls hold the results exactly', () => {
    const { workbook, json } = hospital;
    const curves = json.insurance!.curves;
    expect(sheetRows(workbook, 'Exceedance')).toEqual(json.exceedance.map((point, i) => [point.loss, point.probability, curves[i]!.insured, curves[i]!.retained]));
    expect(sheetRows(workbook, 'Categories').map((row) => row.slice(1))).toEqual(Object.entries(json.categories).map(([id, stats]) => [id, stats.mean, stats.share, stats.meanInWorst10]));
    expect(sheetRows(workbook, 'Timeline').map((row) => row.slice(1))).toEqual(json.timeline.map((entry) => [entry.period, ...Object.values(entry.byCategory), entry.total]));
    expect(sheetRows(workbook, 'Insurance')).toEqual(
      json.insurance!.layers.map((layer) => [
        layer.name,
        layer.attachment,
        layer.limit,
        layer.attachment + layer.limit,
        layer.premium,
        layer.expectedLoss,
        layer.expectedLossStandardError,
        layer.sd,
        layer.probabilityOfAttachment,
        layer.probabilityOfExhaustion,
        layer.rateOnLine,
        layer.lossRatio,
        layer.technicalPremium,
        layer.technicalPremium / layer.limit,
      ]),
    );
    expect(sheetRows(workbook, 'Controls')).toEqual([]);
    const controls = withControls.json;
    expect(sheetRows(withControls.workbook, 'Controls')).toEqual(
      controls.controls!.map((control) => {
        const rank = controls.controlPortfolio!.ranking.indexOf(control.id);
        return [
          control.label,
          control.id,
          control.status === 'inPlace' ? 'In place' : 'Proposed',
          control.annualCost,
          control.oneOffCost,
          control.amortisationYears,
          control.annualisedCost,
          control.aleReduction,
          control.p95Reduction,
          control.rosi,
          control.probabilityRosiPositive,
          control.paybackYears,
          control.reductionPerCost,
          rank < 0 ? null : rank + 1,
        ];
      }),
    );
    expect(controls.controls).toHaveLength(3);
  });

  it('stores figures as numbers with currency, percentage and count formats, widths set, header frozen', () => {
    const { workbook } = hospital;
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      for (let c = 1; c <= sheet.getRow(1).cellCount; c += 1) expect(sheet.getColumn(c).width, `${sheet.name} column ${c}`).toBeGreaterThanOrEqual(10);
    }
    const exceedance = workbook.getWorksheet('Exceedance')!;
    expect(exceedance.getCell('A2')).toMatchObject({ type: ExcelJS.ValueType.Number, numFmt: '"USD "#,##0.00' });
    expect(exceedance.getCell('B2')).toMatchObject({ type: ExcelJS.ValueType.Number, numFmt: '0.00%' });
    const insurance = workbook.getWorksheet('Insurance')!;
    expect(insurance.getCell('K2')).toMatchObject({ type: ExcelJS.ValueType.Number, numFmt: '0.0%' });
    const controls = withControls.workbook.getWorksheet('Controls')!;
    expect(controls.getCell('N2').value).toBeNull();
    expect(controls.getCell('N3')).toMatchObject({ type: ExcelJS.ValueType.Number, numFmt: '#,##0' });
    expect(controls.getCell('H2')).toMatchObject({ type: ExcelJS.ValueType.Number, numFmt: '"USD "#,##0.00' });
    expect(controls.getCell('M2')).toMatchObject({ type: ExcelJS.ValueType.Number, numFmt: '#,##0.00' });
    expect(withControls.workbook.getWorksheet('Scenario')!.getCell('C3')).toMatchObject({ type: ExcelJS.ValueType.Number, value: 1, numFmt: undefined });
  });

  it('the CSV files hold the same numbers as the workbook, cell for cell', () => {
    const sheetOf: Record<string, string> = {
      'summary.csv': 'Summary',
      'exceedance.csv': 'Exceedance',
      'categories.csv': 'Categories',
      'timeline.csv': 'Timeline',
      'insurance-layers.csv': 'Insurance',
      'controls.csv': 'Controls',
    };
    for (const { csv, workbook } of [hospital, withControls]) {
      for (const file of CSV_FILES) {
        const { header, rows } = csvTable(readFileSync(path.join(csv, file.fileName), 'utf8'));
        const sheet = workbook.getWorksheet(sheetOf[file.fileName]!)!;
        expect(header, file.fileName).toEqual((sheet.getRow(1).values as unknown[]).slice(1));
        const cells = sheetRows(workbook, sheet.name);
        expect(rows.length, file.fileName).toBe(cells.length);
        rows.forEach((row, r) =>
          row.forEach((field, c) => {
            const cell = cells[r]![c];
            const where = `${file.fileName} row ${r + 2} column ${c + 1}`;
            if (typeof cell === 'number') expect(csvNumber(field), where).toBe(cell);
            else expect(field, where).toBe(cell === null ? '' : String(cell));
          }),
        );
      }
    }
  });

  it('the raw file has every simulated year, and they give simulate’s figures', () => {
    const { header, rows } = csvTable(readFileSync(path.join(hospital.csv, 'annual-losses.csv'), 'utf8'));
    expect(header).toEqual(['Year', 'Annual loss (USD)']);
    expect(rows).toHaveLength(5000);
    const losses = rows.map((row) => csvNumber(row[1]!)!);
    expect(Math.max(...losses)).toBe(hospital.json.annualLoss.max);
    expect(losses.filter((loss) => loss > 0).length / losses.length).toBe(hospital.json.probabilityOfAnyLoss);
  });

  it('the Assumptions sheet lists every assumption row with its source, the preset’s citations included', () => {
    const scenario = JSON.parse(readFileSync(hospitalFile, 'utf8'));
    const expected = assumptionRows(regionalHospital.scenario, provenanceStillApplying(scenario, regionalHospital.scenario, regionalHospital.provenance));
    const rows = sheetRows(hospital.workbook, 'Assumptions');
    expect(rows.map((row) => [row[0], row[1], row[2], row[11]])).toEqual(expected.map((row) => [row.section, row.label, row.path, row.source]));
    expect(rows.filter((row) => String(row[11]).includes('Source:')).length).toBeGreaterThan(10);
    const sheetText = rows.map((row) => row.join('\t')).join('\n');
    for (const row of expected) expect(sheetText).toContain(row.source);
  });

  it('the Scenario sheet recreates the scenario file', () => {
    for (const [file, { workbook }] of [
      [hospitalFile, hospital],
      [controlsFile, withControls],
    ] as const) {
      const rows = sheetRows(workbook, 'Scenario').map(([p, type, value]) => ({ path: p, type, value }) as ScenarioRow);
      expect(scenarioFromRows(rows)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    }
  });

  it('writes only what is asked: --csv alone, and --xlsx alone', async () => {
    const csvOnly = inWork('csv-only');
    expect((await cli('export', hospitalFile, '--csv', csvOnly, '--trials', '500')).code).toBe(0);
    expect(readdirSync(csvOnly).sort()).toEqual(CSV_FILES.map((file) => file.fileName).sort());
    const xlsxOnly = inWork('only.xlsx');
    const outcome = await cli('export', hospitalFile, '--xlsx', xlsxOnly, '--trials', '500');
    expect(outcome.stdout).toBe(`wrote ${xlsxOnly} (${statSync(xlsxOnly).size.toLocaleString('en-US')} bytes)\n`);
  });
});

describe('aftermath export: refusals', () => {
  const folder = inWork('refusals');
  mkdirSync(folder);
  const target = (name: string) => path.join(folder, name);

  it.each([
    [['export'], /^aftermath: export needs a scenario file: aftermath export SCENARIO\.json/],
    [['export', hospitalFile], /^aftermath: export needs somewhere to write: --xlsx OUT\.xlsx, --csv OUTDIR\/, or both/],
    [['export', hospitalFile, '--xlsx'], /^aftermath: --xlsx needs a value/],
    [['export', hospitalFile, '--xlsx', 'out.xls'], /^aftermath: --xlsx out\.xls: the workbook's name must end in \.xlsx/],
    [['export', hospitalFile, '--csv', ''], /^aftermath: --csv needs a folder name, got an empty one/],
    [['export', hospitalFile, '--xlsx', 'a.xlsx', '--raw'], /^aftermath: --raw writes the per-year losses into the --csv folder; give --csv OUTDIR\/ too/],
    [['export', hospitalFile, '--csv', 'x', '--raw=yes'], /^aftermath: --raw takes no value, got "yes"/],
    [['export', hospitalFile, '--csv', 'x', '--format', 'csv'], /^aftermath: unknown option --format for "export" \(allowed: --xlsx, --csv, --raw, --trials, --seed, --force\)/],
    [['export', hospitalFile, '--csv', 'x', '--trials', '5'], /^aftermath: --trials must be a whole number from 100 to 10,000,000, got "5"/],
    [['export', hospitalFile, '--csv', 'x', '--seed', '1.5'], /^aftermath: --seed must be a whole number from 0/],
    [['export', hospitalFile, '--csv', 'x', '--csv', 'y'], /^aftermath: --csv was given 2 times; give it once/],
    [['export', hospitalFile, controlsFile, '--csv', 'x'], /^aftermath: "export" takes one file or id, got: /],
  ])('%j', async (argv, message) => {
    const { code, stdout, stderr } = await cli(...argv);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Run "aftermath help" for usage.');
    expect(existsSync('x') || existsSync('a.xlsx')).toBe(false);
  });

  it('names a missing or invalid scenario file by its path, and creates no folder', async () => {
    const missing = await cli('export', inWork('nope.json'), '--csv', target('never'));
    expect([missing.code, missing.stderr]).toEqual([2, `aftermath: ${inWork('nope.json')}: 1 problem\n  - no such file\n`]);
    const invalid = inWork('invalid.json');
    writeFileSync(invalid, JSON.stringify({ ...regionalHospital.scenario, currency: 'usd' }));
    const outcome = await cli('export', invalid, '--csv', target('never'), '--xlsx', target('never.xlsx'));
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/invalid\.json: 1 problem\n {2}- currency must be a three-letter ISO 4217 code/);
    expect([existsSync(target('never')), existsSync(target('never.xlsx'))]).toEqual([false, false]);
  });

  it('refuses an existing workbook without --force, leaving it and everything else untouched', async () => {
    const xlsx = target('kept.xlsx');
    writeFileSync(xlsx, 'my own workbook');
    const outcome = await cli('export', hospitalFile, '--xlsx', xlsx, '--csv', target('kept-csv'), '--trials', '500');
    expect([outcome.code, outcome.stdout]).toEqual([2, '']);
    expect(outcome.stderr).toBe(`aftermath: --xlsx ${xlsx} already exists; nothing was written. Add --force to replace it.\n`);
    expect(readFileSync(xlsx, 'utf8')).toBe('my own workbook');
    expect(existsSync(target('kept-csv'))).toBe(false);
  });

  it('refuses a CSV folder holding any file it would write, listing them, unless --force', async () => {
    const csv = target('mine');
    mkdirSync(csv);
    writeFileSync(path.join(csv, 'summary.csv'), 'mine,1\r\n');
    writeFileSync(path.join(csv, 'controls.csv'), 'mine,2\r\n');
    writeFileSync(path.join(csv, 'notes.txt'), 'not ours to touch');
    const xlsx = target('beside.xlsx');
    const outcome = await cli('export', hospitalFile, '--csv', csv, '--xlsx', xlsx, '--trials', '500');
    expect([outcome.code, outcome.stdout]).toEqual([2, '']);
    expect(outcome.stderr).toBe(
      [
        `aftermath: --csv ${csv}: 2 of the files the export would write already exist; nothing was written. Add --force to replace them:`,
        `aftermath:   ${path.join(csv, 'summary.csv')}`,
        `aftermath:   ${path.join(csv, 'controls.csv')}`,
        '',
      ].join('\n'),
    );
    expect(readFileSync(path.join(csv, 'summary.csv'), 'utf8')).toBe('mine,1\r\n');
    expect(readFileSync(path.join(csv, 'controls.csv'), 'utf8')).toBe('mine,2\r\n');
    expect(existsSync(xlsx)).toBe(false);

    const forced = await cli('export', hospitalFile, '--csv', csv, '--xlsx', xlsx, '--trials', '500', '--force');
    expect([forced.code, forced.stderr]).toEqual([0, '']);
    expect(readFileSync(path.join(csv, 'summary.csv'), 'utf8')).toMatch(/^Measure,Key,Value,Unit\r\n/);
    expect(readFileSync(path.join(csv, 'notes.txt'), 'utf8')).toBe('not ours to touch');
    expect(readdirSync(csv).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('never writes onto a folder, into a file posing as the CSV folder, or into a missing folder, even with --force', async () => {
    const asFolder = target('folder.xlsx');
    mkdirSync(asFolder);
    const notAFolder = target('plain-file');
    writeFileSync(notAFolder, 'keep');
    const blocked = target('blocked');
    mkdirSync(path.join(blocked, 'timeline.csv'), { recursive: true });
    const cases: [string[], string][] = [
      [['--xlsx', asFolder, '--force'], `aftermath: --xlsx ${asFolder} is a folder; give a file name`],
      [['--xlsx', path.join(folder, 'missing', 'out.xlsx')], `aftermath: --xlsx ${path.join(folder, 'missing', 'out.xlsx')}: the folder ${path.join(folder, 'missing')} does not exist`],
      [['--csv', notAFolder, '--force'], `aftermath: --csv ${notAFolder} is a file; give a folder (it is created if missing)`],
      [['--csv', path.join(notAFolder, 'sub')], `aftermath: --csv ${path.join(notAFolder, 'sub')}: ${notAFolder} is a file, not a folder`],
      [['--csv', blocked, '--force'], `aftermath: --csv ${blocked}: ${path.join(blocked, 'timeline.csv')} is a folder or a device, not a file; the export would write a file there`],
    ];
    for (const [flags, message] of cases) {
      const outcome = await cli('export', hospitalFile, ...flags, '--trials', '500');
      expect([outcome.code, outcome.stdout], flags.join(' ')).toEqual([2, '']);
      expect(outcome.stderr.split('\n')[0], flags.join(' ')).toBe(message);
    }
    expect(readFileSync(notAFolder, 'utf8')).toBe('keep');
    expect(readdirSync(blocked)).toEqual(['timeline.csv']);
  });

  it('never writes over the scenario file it reads, even with --force', async () => {
    const csv = target('with-input');
    mkdirSync(csv);
    const input = path.join(csv, 'summary.csv');
    const text = readFileSync(hospitalFile, 'utf8');
    writeFileSync(input, text);
    const outcome = await cli('export', input, '--csv', csv, '--force', '--trials', '500');
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe(`aftermath: --csv ${csv}: ${input} is the input file ${input}; write the CSV files to another folder\nRun "aftermath help" for usage.\n`);
    expect(readFileSync(input, 'utf8')).toBe(text);
  });
});

describe('writeFileAtomic for the exports', () => {
  it('writes text in chunks and bytes as given, and with replace: false never replaces a file that is there', async () => {
    const folder = inWork('atomic');
    mkdirSync(folder);
    const chunked = path.join(folder, 'chunked.csv');
    await writeFileAtomic(chunked, (function* () {
      yield 'a,b\r\n';
      yield '1,€\r\n';
    })(), { replace: false });
    expect(readFileSync(chunked, 'utf8')).toBe('a,b\r\n1,€\r\n');
    const bytes = path.join(folder, 'bytes.bin');
    await writeFileAtomic(bytes, new Uint8Array([0, 255, 80, 75]));
    expect([...readFileSync(bytes)]).toEqual([0, 255, 80, 75]);
    await expect(writeFileAtomic(chunked, 'other', { replace: false })).rejects.toBeInstanceOf(TargetExistsError);
    expect(readFileSync(chunked, 'utf8')).toBe('a,b\r\n1,€\r\n');
    expect(readdirSync(folder).sort()).toEqual(['bytes.bin', 'chunked.csv']);
    await writeFileAtomic(chunked, 'replaced');
    expect(readFileSync(chunked, 'utf8')).toBe('replaced');
  });
});
