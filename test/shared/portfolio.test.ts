/**
 * Portfolio CSV to scenarios: the header (every file-level refusal), each row's preset and
 * overrides landing at their paths, and bad rows reported by their physical line, with every
 * problem, while the good rows go on.
 */
import { describe, expect, it } from 'vitest';
import { findPreset, PRESETS } from '../../shared/presets/index';
import { parsePortfolio, SECTOR_PRESETS, type PortfolioRow } from '../../shared/portfolio/portfolio';
import { buildProgramme } from '../../shared/portfolio/programme';
import { parseLayerSpec } from '../../shared/portfolio/layerSpec';
import type { InsuranceProgramme } from '../../shared/scenario/insuranceSchema';
import { SECTORS } from '../../shared/model/vocabulary';

function programmeOf(spec: string, base?: unknown): InsuranceProgramme {
  const layers = parseLayerSpec(spec);
  if (!layers.ok) throw new Error(layers.problems.join('\n'));
  const built = buildProgramme(base, layers.layers);
  if (!built.ok) throw new Error('bad programme');
  return built.programme;
}

const PROGRAMME = programmeOf('1M xs 250k, 4M xs 1.25M');

function rowsOf(text: string, programme: InsuranceProgramme = PROGRAMME): readonly PortfolioRow[] {
  const parsed = parsePortfolio(text, programme);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.rows;
}

function fileProblems(text: string): readonly string[] {
  const parsed = parsePortfolio(text, PROGRAMME);
  if (parsed.ok) throw new Error('the file was accepted');
  return parsed.problems;
}

function good(row: PortfolioRow | undefined): Extract<PortfolioRow, { ok: true }> {
  if (!row?.ok) throw new Error(`row failed: ${row ? row.problems.join('; ') : 'missing'}`);
  return row;
}

function bad(row: PortfolioRow | undefined): Extract<PortfolioRow, { ok: false }> {
  if (!row || row.ok) throw new Error('row was quoted');
  return row;
}

describe('portfolio rows to scenarios', () => {
  it('takes the preset, replaces its insurance with the base programme, and sets the named columns', () => {
    const [row] = rowsOf('id,preset,name,revenue,records.health,records.personal\nh1,regional-hospital,"St Mary\'s, North",250M,1.2M,1_000\n');
    const { scenario, presetId, id, line } = good(row);
    expect([id, presetId, line]).toEqual(['h1', 'regional-hospital', 2]);
    expect(scenario.organisation.name).toBe("St Mary's, North");
    expect(scenario.organisation.annualRevenue).toBe(250_000_000);
    expect(scenario.organisation.records.health).toBe(1_200_000);
    expect(scenario.organisation.records.personal).toBe(1_000);
    expect(scenario.insurance).toEqual(PROGRAMME);
    // The preset itself is not changed.
    expect(findPreset('regional-hospital')?.scenario.organisation.annualRevenue).not.toBe(250_000_000);
  });

  it('puts override columns at their scenario paths: numbers, booleans, JSON, text', () => {
    const text = [
      'id,preset,insurance.retention,organisation.operatingDaysPerYear,threats[0].frequency,threats[1].frequency,regulation.fineProbability,insurance.allowLayerGaps,organisation.region',
      'b1,bank,100k,250,0.2,"{""dist"":""pert"",""low"":0.1,""mode"":0.2,""high"":0.4}",,TRUE,UK',
      'g1,gp-practice,,,,,0.5,false,',
    ].join('\n');
    const [bank, gp] = rowsOf(text);
    const b = good(bank).scenario;
    expect(b.insurance?.retention).toBe(100_000);
    expect(b.organisation.operatingDaysPerYear).toBe(250);
    expect(b.threats[0]?.frequency).toBe(0.2);
    expect(b.threats[1]?.frequency).toEqual({ dist: 'pert', low: 0.1, mode: 0.2, high: 0.4 });
    expect(b.insurance?.allowLayerGaps).toBe(true);
    expect(b.organisation.region).toBe('UK');
    const g = good(gp).scenario;
    expect(g.regulation?.fineProbability).toBe(0.5);
    expect(g.insurance?.retention).toBe(0);
    expect(g.insurance?.allowLayerGaps).toBe(false);
  });

  it('keeps a cell as text where the scenario holds text, whatever it looks like', () => {
    const [row] = rowsOf('id,preset,organisation.name,threats[0].name\nx,bank,1M,true\n');
    const scenario = good(row).scenario;
    expect(scenario.organisation.name).toBe('1M');
    expect(scenario.threats[0]?.name).toBe('true');
  });

  it('takes the preset from the sector when no preset is given, and sets the sector', () => {
    const rows = rowsOf('id,preset,sector\nh,,healthcare\nf,,finance\nr,,retail\nt,,technology\ne,,education\np,,public\nm,bank,manufacturing\n');
    expect(rows.map((row) => good(row).presetId)).toEqual(['regional-hospital', 'bank', 'retailer', 'saas-company', 'university', 'local-council', 'bank']);
    expect(good(rows[6]).scenario.organisation.sector).toBe('manufacturing');
  });

  it('maps each sector to a preset of that sector', () => {
    for (const [sector, id] of Object.entries(SECTOR_PRESETS)) {
      expect(findPreset(id)?.scenario.organisation.sector, sector).toBe(sector);
    }
    expect(SECTORS.filter((sector) => SECTOR_PRESETS[sector] === undefined)).toEqual(['manufacturing', 'other']);
  });

  it('reads quoted commas, quoted line breaks, a BOM and CRLF, and names rows by their physical line', () => {
    const text = '\uFEFFid,preset,name,revenue\r\na,bank,"Bank, North",1M\r\nb,bank,"Two\r\nline name",2M\r\n\r\nc,bank,plain,x\r\n';
    const rows = rowsOf(text);
    expect(good(rows[0]).scenario.organisation.name).toBe('Bank, North');
    expect(good(rows[1]).scenario.organisation.name).toBe('Two\r\nline name');
    expect(rows.map((row) => row.line)).toEqual([2, 3, 6]);
    expect(bad(rows[2]).problems).toEqual(['column 4 ("revenue"): "x" is not a number; write it like 250000, 250k, 1.25M, 2bn, 1e6 or 1_000_000']);
  });

  it('ignores empty cells, trailing empty cells and rows with nothing in them', () => {
    const rows = rowsOf('id,preset,revenue,\na,bank,,\n,,,\nb,bank\n');
    expect(rows.map((row) => [row.line, row.ok])).toEqual([
      [2, true],
      [4, true],
    ]);
    expect(good(rows[0]).scenario.organisation.annualRevenue).toBe(findPreset('bank')?.scenario.organisation.annualRevenue);
  });
});

describe('bad rows', () => {
  const text = [
    'id,preset,sector,revenue,threats[3].frequency,organisation.region,threats[0].frequency',
    'ok1,bank,,1M,,,',
    'badnum,bank,,12x,,,',
    'badpreset,banc,,,,,',
    'ok1,retailer,,,,,',
    'nothreat,bank,,,0.1,,',
    'schema,retailer,,-5,,Mars,',
    'ok2,,technology,,,,',
    'everything,bank,,1M xs,0.1,,{bad json',
    ',bank,,,,,',
    'nosector,,space,,,,',
    'manuf,,manufacturing,,,,',
    'nothing,,,,,,',
    'extra,bank,,,,,,surplus',
  ].join('\n');
  const rows = rowsOf(text);
  const byId = (id: string) => rows.find((row) => row.id === id && !(id === 'ok1' && row.line !== 2));

  it('quotes the good rows', () => {
    expect(rows.filter((row) => row.ok).map((row) => row.id)).toEqual(['ok1', 'ok2']);
  });

  it('reports a bad number with its column', () => {
    expect(bad(byId('badnum'))).toMatchObject({ line: 3, problems: ['column 4 ("revenue"): "12x" is not a number; write it like 250000, 250k, 1.25M, 2bn, 1e6 or 1_000_000'] });
  });

  it('reports an unknown preset with the nearest one', () => {
    expect(bad(byId('badpreset')).line).toBe(4);
    expect(bad(byId('badpreset')).problems).toEqual([expect.stringMatching(/^preset "banc" is not a built-in preset; did you mean "bank"\? \(presets: regional-hospital, /)]);
  });

  it('reports a duplicate id, naming the line that has it first', () => {
    const duplicate = rows.find((row) => row.line === 5);
    expect(bad(duplicate)).toMatchObject({ id: 'ok1', problems: ['id "ok1" repeats the id of line 2; ids must be unique'] });
  });

  it('reports a path into a threat the preset lacks', () => {
    expect(bad(byId('nothreat'))).toMatchObject({
      line: 6,
      problems: ['column 5 ("threats[3].frequency"): the preset "bank" has no threats[3]: its threats are threats[0] to threats[2]'],
    });
  });

  it('reports every scenario validation error with its JSON path and the column it came from', () => {
    expect(bad(byId('schema'))).toMatchObject({
      line: 7,
      problems: [
        'organisation.region must be one of: "US", "UK", "EU", "CA", "AU", "other" (got the text "Mars"). [column 6 ("organisation.region")]',
        'organisation.annualRevenue must be >= 0 (got -5) [column 4 ("revenue")]',
      ],
    });
  });

  it('reports every problem of a row, not just the first', () => {
    const row = bad(byId('everything'));
    expect(row.line).toBe(9);
    expect(row.problems).toEqual([
      'column 4 ("revenue"): "1M xs" is not a number; write it like 250000, 250k, 1.25M, 2bn, 1e6 or 1_000_000',
      'column 5 ("threats[3].frequency"): the preset "bank" has no threats[3]: its threats are threats[0] to threats[2]',
      expect.stringMatching(/^column 7 \("threats\[0\]\.frequency"\): is not valid JSON \(/),
    ]);
  });

  it('reports an empty id, an unknown sector, a sector without a preset and a row with neither', () => {
    expect(bad(rows.find((row) => row.line === 10))).toMatchObject({ id: '', problems: ['id is empty; every row needs one'] });
    expect(bad(byId('nosector')).problems).toEqual([expect.stringMatching(/^sector "space" is not a sector \(sectors: healthcare, /)]);
    expect(bad(byId('manuf')).problems).toEqual(['sector "manufacturing" has no preset of its own; name one in the preset column']);
    expect(bad(byId('nothing')).problems).toEqual(['needs a preset or a sector (give one in the preset or sector column)']);
  });

  it('reports cells beyond the header', () => {
    expect(bad(byId('extra')).problems).toEqual(['has 1 more cell than the header has columns (7); quote cells that hold commas']);
  });

  it('blames a block a column created for what that block still lacks', () => {
    expect(findPreset('bank')?.scenario.threats[1]?.ransom).toBeUndefined();
    const [row] = rowsOf('id,preset,threats[1].ransom.demand\nb,bank,1M\n');
    expect(bad(row).problems).toEqual(['threats[1].ransom.paymentProbability is required [column 3 ("threats[1].ransom.demand")]']);
  });

  it('blames a JSON cell for an unknown key inside it, even one that is not a name', () => {
    const [row] = rowsOf('id,preset,threats[0].frequency\nb,bank,"{""dist"":""pert"",""low"":0.1,""mode"":0.2,""high"":0.3,""the peak"":1}"\n');
    expect(bad(row).problems).toEqual([expect.stringMatching(/^threats\[0\]\.frequency\.the peak is not a field of a pert distribution .*\[column 3 \("threats\[0\]\.frequency"\)\]$/)]);
  });

  it('refuses a field path through a plain value', () => {
    const [row] = rowsOf('id,preset,threats[0].frequency.low.x\nb,bank,1\n');
    expect(bad(row).problems).toEqual(['column 3 ("threats[0].frequency.low.x"): threats[0].frequency.low in the preset "bank" is the value 0.02, which has no field "x"; set threats[0].frequency.low itself']);
  });
});

describe('file-level problems', () => {
  it('refuses an empty file and a header without rows', () => {
    expect(fileProblems('')).toEqual(['is empty: it needs a header row and one row per organisation']);
    expect(fileProblems('\uFEFF\r\n\r\n')).toEqual(['is empty: it needs a header row and one row per organisation']);
    expect(fileProblems('id,preset\n')).toEqual(['has a header row but no organisations']);
  });

  it('refuses a file without an id column', () => {
    expect(fileProblems('preset,revenue\nbank,1M\n')).toEqual(['has no id column: the header row must name one (it names "preset", "revenue")']);
  });

  it('refuses a duplicate header and an unnamed column', () => {
    expect(fileProblems('id,preset,revenue,preset\na,bank,1,bank\n')).toEqual(['column 4 ("preset") repeats the header of column 2']);
    expect(fileProblems('id,,preset\na,x,bank\n')).toEqual(['column 2 has no name in the header row']);
  });

  it('names an unknown plain column by number and suggests the nearest known name', () => {
    expect(fileProblems('id,preset,revnue\na,bank,1\n')).toEqual([
      'column 3 ("revnue") is not a known column; did you mean "revenue"? Known columns: id, preset, sector, name, revenue, records.<type>; any other column is a scenario path with a dot or bracket, such as insurance.retention or threats[0].frequency',
    ]);
    expect(fileProblems('id,preset,colour\na,bank,red\n')[0]).toMatch(/^column 3 \("colour"\) is not a known column\. Known columns: /);
  });

  it('refuses an unknown record type, a path that is not one, an unknown top-level field, and two columns for one field', () => {
    expect(fileProblems('id,records.helth\na,1\n')).toEqual([expect.stringMatching(/^column 2 \("records\.helth"\) is not a record type; did you mean "records\.health"\?/)]);
    expect(fileProblems('id,threats[x].frequency\na,1\n')).toEqual(['column 2 ("threats[x].frequency") is not a scenario path; write it like insurance.retention or threats[0].frequency']);
    expect(fileProblems('id,a..b\na,1\n')).toEqual(['column 2 ("a..b") is not a scenario path; write it like insurance.retention or threats[0].frequency']);
    expect(fileProblems('id,insurance.__proto__.x\na,1\n')).toEqual(['column 2 ("insurance.__proto__.x") is not a scenario path; write it like insurance.retention or threats[0].frequency']);
    expect(fileProblems('id,insurence.retention\na,1\n')).toEqual([expect.stringMatching(/^column 2 \("insurence\.retention"\) does not start with a scenario field; did you mean "insurance"\?/)]);
    expect(fileProblems('id,revenue,organisation.annualRevenue\na,1,2\n')).toEqual([
      'column 3 ("organisation.annualRevenue") sets organisation.annualRevenue, as column 2 ("revenue") does; keep one of them',
    ]);
  });

  it('reports every problem of the header at once', () => {
    expect(fileProblems('ID,revnue,revnue\n1,2,3\n')).toHaveLength(4);
  });
});

describe('presets', () => {
  it('every preset can be quoted with the base programme as it is', () => {
    const text = `id,preset\n${PRESETS.map((preset) => `${preset.id},${preset.id}`).join('\n')}\n`;
    expect(rowsOf(text).map((row) => (row.ok ? 'ok' : row.problems.join('; ')))).toEqual(PRESETS.map(() => 'ok'));
  });
});
