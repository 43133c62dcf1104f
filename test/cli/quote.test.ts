/**
 * `aftermath quote` run in-process (its workers run the TypeScript source through tsx): every
 * bad argument and bad file refused with exit code 2 and nothing written; bad rows named by
 * line while the good ones are quoted; --out written atomically and never over an input.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { csvRecords } from '../../shared/format/csv';

type Outcome = Readonly<{ code: number; stdout: string; stderr: string }>;

async function cli(argv: readonly string[], stderrIsTTY = false): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), stderrIsTTY });
  return { code, stdout, stderr };
}

const workDir = mkdtempSync(path.join(tmpdir(), 'aftermath-quote-'));
function file(name: string, content: string): string {
  const target = path.join(workDir, name);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, content);
  return target;
}

const LAYERS = '1M xs 250k, 4M xs 1.25M';
const FAST = ['--trials', '200', '--workers', '2'];

const PORTFOLIO = file(
  'portfolio.csv',
  [
    'id,preset,sector,name,revenue,insurance.retention',
    'h1,,healthcare,"Hospital, North",250M,50k',
    'b1,bank,,,,',
    'bad,banc,,,12x,',
    's1,,technology,"Two',
    'lines",,',
  ].join('\n'),
);

/** The quote CSV as records keyed by column name. */
function quotes(csv: string): Record<string, string>[] {
  const [header, ...rows] = csvRecords(csv);
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ''])));
}

describe('aftermath quote: arguments', () => {
  it.each([
    [['quote'], /^aftermath: quote needs a portfolio CSV/],
    [['quote', PORTFOLIO], /^aftermath: quote needs the layers to price: --layers/],
    [['quote', PORTFOLIO, '--layers', LAYERS, '--workers', '0'], /--workers must be a whole number from 1 to 256, got "0"/],
    [['quote', PORTFOLIO, '--layers', LAYERS, '--risk-load', '11'], /--risk-load must be a number from 0 to 10, got "11"/],
    [['quote', PORTFOLIO, '--layers', LAYERS, '--risk-load', '-1'], /--risk-load must be a number from 0 to 10, got "-1"/],
    [['quote', PORTFOLIO, '--layers', LAYERS, '--expense-ratio', '0.96'], /--expense-ratio must be a number from 0 to 0\.95, got "0\.96"/],
    [['quote', PORTFOLIO, '--layers', LAYERS, '--trials', '5'], /--trials must be a whole number from 100 to 10,000,000/],
    [['quote', PORTFOLIO, '--layers', LAYERS, '--layers', '1M xs 0'], /--layers was given 2 times/],
    [['quote', PORTFOLIO, '--layers', LAYERS, '--format', 'json'], /unknown option --format for "quote"/],
    [['quote', PORTFOLIO, 'other.csv', '--layers', LAYERS], /"quote" takes one file or id/],
  ])('refuses %j', async (argv, message) => {
    const { code, stdout, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('names each bad layer as written, with the schema’s own message', async () => {
    const overlap = await cli(['quote', PORTFOLIO, '--layers', '1M xs 250k, 4M xs 1.2M']);
    expect(overlap.code).toBe(2);
    expect(overlap.stdout).toBe('');
    expect(overlap.stderr).toMatch(/^aftermath: --layers: layer 2 \("4M xs 1\.2M"\) attachment overlaps layers\[0\] \("Layer 1"\), which covers up to 1250000/);
    const syntax = await cli(['quote', PORTFOLIO, '--layers', '1M xs 0,, 4M at 1M']);
    expect(syntax.stderr).toBe(
      'aftermath: --layers: layer 2 is empty (a stray comma?)\naftermath: --layers: layer 3 ("4M at 1M") must be written "<limit> xs <attachment>", such as "4M xs 1.25M"\nRun "aftermath help" for usage.\n',
    );
  });
});

describe('aftermath quote: the programme file', () => {
  it('names a missing file, bad JSON and each schema problem by its insurance path', async () => {
    const missing = await cli(['quote', PORTFOLIO, '--programme', path.join(workDir, 'nope.json')]);
    expect([missing.code, missing.stderr]).toEqual([2, `aftermath: ${path.join(workDir, 'nope.json')}: no such file\n`]);
    const json = file('bad.json', '{"retention": 1,\n}');
    expect((await cli(['quote', PORTFOLIO, '--programme', json])).stderr).toMatch(/bad\.json: is not valid JSON at line 2, column 1/);
    const invalid = file('programme.json', JSON.stringify({ retention: -1, coinsurance: 2 }));
    const result = await cli(['quote', PORTFOLIO, '--programme', invalid, '--layers', LAYERS]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`aftermath: ${invalid}: insurance.retention must be >= 0 (got -1)\naftermath: ${invalid}: insurance.coinsurance must be <= 1 (got 2)\n`);
    const noLayers = file('nolayers.json', JSON.stringify({ retention: 0 }));
    expect((await cli(['quote', PORTFOLIO, '--programme', noLayers])).stderr).toBe(`aftermath: ${noLayers}: insurance.layers is required\n`);
  });

  it('prices the file’s own layers, or --layers in their place, on its retention', async () => {
    const programme = file('tower.json', JSON.stringify({ retention: 100_000, layers: [{ name: 'Primary', attachment: 0, limit: 2e6 }] }));
    const own = quotes((await cli(['quote', PORTFOLIO, '--programme', programme, ...FAST])).stdout);
    expect(own.map((row) => [row['id'], row['layer'], row['attachment'], row['limit']])).toEqual([
      ['h1', 'Primary', '0', '2000000'],
      ['b1', 'Primary', '0', '2000000'],
      ['s1', 'Primary', '0', '2000000'],
    ]);
    const replaced = quotes((await cli(['quote', PORTFOLIO, '--programme', programme, '--layers', '3M xs 0', ...FAST])).stdout);
    expect(replaced.map((row) => row['layer'])).toEqual(['Layer 1', 'Layer 1', 'Layer 1']);
    expect(replaced.map((row) => row['limit'])).toEqual(['3000000', '3000000', '3000000']);
  });
});

describe('aftermath quote: file-level problems stop the run with no output', () => {
  it.each([
    ['a missing file', () => path.join(workDir, 'missing.csv'), /missing\.csv: no such file/],
    ['a folder', () => workDir, /: is a folder, not a portfolio CSV/],
    [
      'a file over 20 MB',
      () => {
        const big = file('big.csv', 'id\n');
        truncateSync(big, 21 * 1024 * 1024);
        return big;
      },
      /big\.csv: is 21\.0 MB; portfolio CSVs are limited to 20 MB/,
    ],
    ['an empty file', () => file('empty.csv', ''), /empty\.csv: is empty: it needs a header row/],
    ['a file without an id column', () => file('noid.csv', 'preset\nbank\n'), /noid\.csv: has no id column/],
    ['a duplicate header', () => file('dup.csv', 'id,preset,preset\na,bank,bank\n'), /dup\.csv: column 3 \("preset"\) repeats the header of column 2/],
    ['an unknown column', () => file('unknown.csv', 'id,preset,revnue\na,bank,1\n'), /unknown\.csv: column 3 \("revnue"\) is not a known column; did you mean "revenue"\?/],
  ])('%s', async (_, make, message) => {
    const { code, stdout, stderr } = await cli(['quote', make(), '--layers', LAYERS]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/quoted \d/);
  });
});

describe('aftermath quote: running', () => {
  it('quotes the good rows in input order, names the bad row by its line, and exits 2', async () => {
    const { code, stdout, stderr } = await cli(['quote', PORTFOLIO, '--layers', LAYERS, ...FAST]);
    expect(code).toBe(2);
    const rows = quotes(stdout);
    expect(rows.map((row) => [row['id'], row['preset'], row['layer']])).toEqual([
      ['h1', 'regional-hospital', 'Layer 1'],
      ['h1', 'regional-hospital', 'Layer 2'],
      ['b1', 'bank', 'Layer 1'],
      ['b1', 'bank', 'Layer 2'],
      ['s1', 'saas-company', 'Layer 1'],
      ['s1', 'saas-company', 'Layer 2'],
    ]);
    for (const row of rows) {
      expect([row['currency'], row['trials'], row['seed']]).toEqual(['USD', '200', '1']);
      expect(Number(row['technicalRateOnLine'])).toBe(Number(row['technicalPremium']) / Number(row['limit']));
    }
    const lines = stderr.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      `${PORTFOLIO} line 4 (id "bad"): preset "banc" is not a built-in preset; did you mean "bank"? (presets: ${'regional-hospital, gp-practice, community-clinic, bank, retailer, saas-company, university, local-council, wannacry-nhs, scripps-health'})`,
      `${PORTFOLIO} line 4 (id "bad"): column 5 ("revenue"): "12x" is not a number; write it like 250000, 250k, 1.25M, 2bn, 1e6 or 1_000_000`,
    ]);
    expect(lines.slice(2, 5)).toEqual(['quoted 1 of 3 organisations', 'quoted 2 of 3 organisations', 'quoted 3 of 3 organisations']);
    expect(lines.at(-1)).toBe('1 of 4 organisations could not be quoted');
  });

  it('gives the same bytes with one worker or several', async () => {
    const one = await cli(['quote', PORTFOLIO, '--layers', LAYERS, '--trials', '200', '--workers', '1']);
    const three = await cli(['quote', PORTFOLIO, '--layers', LAYERS, '--trials', '200', '--workers', '3']);
    expect(three.stdout).toBe(one.stdout);
    expect(one.stdout.length).toBeGreaterThan(0);
  });

  it('applies the risk load and expense ratio to the technical premium', async () => {
    const rows = quotes((await cli(['quote', PORTFOLIO, '--layers', LAYERS, '--risk-load', '0.5', '--expense-ratio', '0.25', ...FAST])).stdout);
    for (const row of rows) {
      const expected = (Number(row['expectedLoss']) + 0.5 * Number(row['sd'])) / 0.75;
      expect(Number(row['technicalPremium'])).toBeCloseTo(expected, 6);
    }
  });

  it('reports a row the engine refuses as that row’s failure and quotes the rest', async () => {
    const portfolio = file('toolarge.csv', 'id,preset,threats[0].frequency\nbig,bank,365\nfine,bank,\n');
    const { code, stdout, stderr } = await cli(['quote', portfolio, '--layers', LAYERS, '--trials', '100000', '--workers', '1', '--seed', '4']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/toolarge\.csv line 2 \(id "big"\): could not be simulated: this run would simulate about [\d,]+ incidents .*the limit is 20,000,000/);
    expect(quotes(stdout).map((row) => [row['id'], row['seed'], row['trials']])).toEqual([
      ['fine', '4', '100000'],
      ['fine', '4', '100000'],
    ]);
  }, 120_000);

  it('redraws one progress line on a terminal', async () => {
    const portfolio = file('one.csv', 'id,preset\nb1,bank\n');
    const { code, stderr } = await cli(['quote', portfolio, '--layers', LAYERS, '--trials', '200'], true);
    expect(code).toBe(0);
    expect(stderr).toBe('\rquoted 1 of 1 organisation\n');
  });
});

describe('aftermath quote --out', () => {
  it('writes the file atomically, leaving no temporary file, and prints nothing on stdout', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'aftermath-quote-out-'));
    const out = path.join(folder, 'quotes.csv');
    writeFileSync(out, 'previous quotes\n');
    const written = await cli(['quote', PORTFOLIO, '--layers', LAYERS, '--out', out, ...FAST]);
    const printed = await cli(['quote', PORTFOLIO, '--layers', LAYERS, ...FAST]);
    expect(written.code).toBe(2);
    expect(written.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(printed.stdout);
    expect(readdirSync(folder)).toEqual(['quotes.csv']);
    expect(written.stderr).toMatch(/wrote 6 quote rows for 3 organisations to .*quotes\.csv\n1 of 4 organisations could not be quoted\n$/);
  });

  it('refuses to write onto the input or the programme file, and leaves them as they were', async () => {
    const before = readFileSync(PORTFOLIO, 'utf8');
    const onInput = await cli(['quote', PORTFOLIO, '--layers', LAYERS, '--out', PORTFOLIO]);
    expect(onInput.code).toBe(2);
    expect(onInput.stderr).toMatch(/^aftermath: --out .*portfolio\.csv is the input file/);
    expect(readFileSync(PORTFOLIO, 'utf8')).toBe(before);
    const programme = file('keep.json', JSON.stringify({ retention: 0 }));
    const onProgramme = await cli(['quote', PORTFOLIO, '--layers', LAYERS, '--programme', programme, '--out', programme]);
    expect(onProgramme.stderr).toMatch(/is the input file .*keep\.json/);
    expect(readFileSync(programme, 'utf8')).toBe(JSON.stringify({ retention: 0 }));
  });

  it('leaves an existing output untouched when the run fails or no row can be quoted', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'aftermath-quote-keep-'));
    const out = path.join(folder, 'quotes.csv');
    writeFileSync(out, 'keep me\n');
    const badLayers = await cli(['quote', PORTFOLIO, '--layers', '1M xs 0, 1M xs 0', '--out', out]);
    const badFile = await cli(['quote', file('header-only.csv', 'id,preset\n'), '--layers', LAYERS, '--out', out]);
    const allBad = await cli(['quote', file('all-bad.csv', 'id,preset\na,nope\nb,\n'), '--layers', LAYERS, '--out', out]);
    expect([badLayers.code, badFile.code, allBad.code]).toEqual([2, 2, 2]);
    expect(allBad.stderr).toMatch(/all-bad\.csv line 3 \(id "b"\): needs a preset or a sector/);
    expect(allBad.stderr).toMatch(/2 of 2 organisations could not be quoted; nothing was written\n$/);
    expect(readFileSync(out, 'utf8')).toBe('keep me\n');
    expect(readdirSync(folder)).toEqual(['quotes.csv']);
  });

  it('refuses a folder and a folder that does not exist before running', async () => {
    expect((await cli(['quote', PORTFOLIO, '--layers', LAYERS, '--out', workDir])).stderr).toMatch(/--out .* is a folder; give a file name/);
    expect((await cli(['quote', PORTFOLIO, '--layers', LAYERS, '--out', path.join(workDir, 'no', 'q.csv')])).stderr).toMatch(/the folder .*no does not exist/);
  });
});
