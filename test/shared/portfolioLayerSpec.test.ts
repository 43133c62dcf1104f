/** Amounts as typed, the one-line layer spec, and the programme built from it through the real insurance schema. */
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../shared/portfolio/amount';
import { parseLayerSpec, type SpecLayer } from '../../shared/portfolio/layerSpec';
import { buildProgramme } from '../../shared/portfolio/programme';

function layersOf(spec: string): readonly SpecLayer[] {
  const parsed = parseLayerSpec(spec);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.layers;
}

function problemsOf(spec: string): readonly string[] {
  const parsed = parseLayerSpec(spec);
  if (parsed.ok) throw new Error(`"${spec}" parsed`);
  return parsed.problems;
}

describe('parseAmount', () => {
  it('reads plain numbers, exponents and underscores', () => {
    expect(parseAmount('250000')).toBe(250_000);
    expect(parseAmount('1e6')).toBe(1_000_000);
    expect(parseAmount('1_000_000')).toBe(1_000_000);
    expect(parseAmount('0.5')).toBe(0.5);
    expect(parseAmount('.5')).toBe(0.5);
    expect(parseAmount('-5')).toBe(-5);
  });

  it('reads k, m, b and bn suffixes in any case, exactly', () => {
    expect(parseAmount('250k')).toBe(250_000);
    expect(parseAmount('250K')).toBe(250_000);
    expect(parseAmount('1.25M')).toBe(1_250_000);
    expect(parseAmount('1.25m')).toBe(1_250_000);
    expect(parseAmount('1.1M')).toBe(1_100_000); // not 1.1 * 1e6 = 1100000.0000000002
    expect(parseAmount('2bn')).toBe(2_000_000_000);
    expect(parseAmount('2BN')).toBe(2_000_000_000);
    expect(parseAmount('2b')).toBe(2_000_000_000);
    expect(parseAmount('1_500k')).toBe(1_500_000);
  });

  it('refuses what is not an amount', () => {
    for (const text of ['', 'abc', '12x', '1,000', '1.2.3', '1e3k', '_1', '1_', '1__0', '1 000', '$5', '1e400', 'k', '5mm']) {
      expect(parseAmount(text), text).toBeUndefined();
    }
  });
});

describe('parseLayerSpec', () => {
  it('reads layers bottom up and names them Layer 1, Layer 2...', () => {
    expect(layersOf('1M xs 250k, 4M xs 1.25M')).toEqual([
      { name: 'Layer 1', attachment: 250_000, limit: 1_000_000, text: '1M xs 250k' },
      { name: 'Layer 2', attachment: 1_250_000, limit: 4_000_000, text: '4M xs 1.25M' },
    ]);
  });

  it('accepts any case of xs, extra spaces and every amount form', () => {
    expect(layersOf('  5_000_000 XS 0 ,5e6 xs 5m,1bn   xs   10M ').map((layer) => [layer.limit, layer.attachment])).toEqual([
      [5e6, 0],
      [5e6, 5e6],
      [1e9, 1e7],
    ]);
  });

  it('refuses an empty spec', () => {
    expect(problemsOf('  ')).toEqual(['no layers given; write them like "1M xs 250k, 4M xs 1.25M"']);
  });

  it('names a stray comma', () => {
    expect(problemsOf('1M xs 0,, 1M xs 1M')).toEqual(['layer 2 is empty (a stray comma?)']);
    expect(problemsOf('1M xs 0,')).toEqual(['layer 2 is empty (a stray comma?)']);
  });

  it('names a layer not written "<limit> xs <attachment>"', () => {
    expect(problemsOf('1M xs 0, 4M over 1M')).toEqual(['layer 2 ("4M over 1M") must be written "<limit> xs <attachment>", such as "4M xs 1.25M"']);
    expect(problemsOf('1M')).toEqual(['layer 1 ("1M") must be written "<limit> xs <attachment>", such as "4M xs 1.25M"']);
  });

  it('names a limit or attachment that is not an amount, or is negative', () => {
    expect(problemsOf('1Q xs 250k')).toEqual(['layer 1 ("1Q xs 250k") limit "1Q" is not an amount; write it like 250000, 250k, 1.25M, 2bn, 1e6 or 1_000_000']);
    // A decimal comma splits the spec, and the stray half is named.
    expect(problemsOf('1M xs 2,5M')).toEqual(['layer 2 ("5M") must be written "<limit> xs <attachment>", such as "4M xs 1.25M"']);
    expect(problemsOf('1M xs -1')).toEqual(['layer 1 ("1M xs -1") attachment "-1" is not an amount; write it like 250000, 250k, 1.25M, 2bn, 1e6 or 1_000_000']);
  });

  it('reports every problem, not just the first', () => {
    expect(problemsOf('x xs y, , 1M on 0')).toHaveLength(4);
  });

  it('refuses more layers than a tower may have', () => {
    const spec = Array.from({ length: 13 }, (_, i) => `1M xs ${i}M`).join(', ');
    expect(problemsOf(spec)).toEqual(['13 layers given; a tower has at most 12']);
  });
});

describe('buildProgramme', () => {
  it('is the layers with no retention when there is no base programme', () => {
    const built = buildProgramme(undefined, layersOf('1M xs 250k, 4M xs 1.25M'));
    expect(built).toEqual({
      ok: true,
      programme: {
        retention: 0,
        layers: [
          { name: 'Layer 1', attachment: 250_000, limit: 1_000_000 },
          { name: 'Layer 2', attachment: 1_250_000, limit: 4_000_000 },
        ],
      },
    });
  });

  it('refuses overlapping layers with the schema’s own message, naming the layer as written', () => {
    const built = buildProgramme(undefined, layersOf('1M xs 250k, 4M xs 1.2M'));
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.layerProblems).toEqual([
      'layer 2 ("4M xs 1.2M") attachment overlaps layers[0] ("Layer 1"), which covers up to 1250000; list layers from the bottom up, each attaching where the one below ends',
    ]);
    expect(built.programmeProblems).toEqual([]);
  });

  it('refuses a gap unless the base programme allows gaps', () => {
    const gap = layersOf('1M xs 0, 1M xs 5M');
    const refused = buildProgramme(undefined, gap);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.layerProblems[0]).toMatch(/^layer 2 \("1M xs 5M"\) attachment leaves a gap above layers\[0\] \("Layer 1"\), which ends at 1000000/);
    expect(buildProgramme({ retention: 0, allowLayerGaps: true }, gap).ok).toBe(true);
  });

  it('refuses a zero limit and an amount above the money limit, in layer order', () => {
    const built = buildProgramme(undefined, layersOf('1M xs 0, 0 xs 1M, 2000bn xs 1M'));
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.layerProblems).toEqual([
      'layer 2 ("0 xs 1M") limit must be > 0 (got 0)',
      'layer 3 ("2000bn xs 1M") limit must be <= 1000000000000 (got 2000000000000)',
    ]);
  });

  it('replaces the base programme’s layers and keeps the rest of it', () => {
    const base = { retention: 100_000, coinsurance: 0.1, excluded: ['lostBusiness'], layers: [{ name: 'Old', attachment: 0, limit: 1 }] };
    const built = buildProgramme(base, layersOf('2M xs 0'));
    expect(built).toEqual({ ok: true, programme: { retention: 100_000, coinsurance: 0.1, excluded: ['lostBusiness'], layers: [{ name: 'Layer 1', attachment: 0, limit: 2_000_000 }] } });
  });

  it('uses the base programme’s own layers when no spec is given', () => {
    const built = buildProgramme({ retention: 0, layers: [{ name: 'Primary', attachment: 0, limit: 5e6 }] }, undefined);
    expect(built.ok && built.programme.layers.map((layer) => layer.name)).toEqual(['Primary']);
  });

  it('blames the base programme for its own problems, by path', () => {
    const built = buildProgramme({ retention: -1, coinsurance: 3, layers: [{ name: 'A', attachment: 0, limit: 0 }] }, undefined);
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.layerProblems).toEqual([]);
    expect(built.programmeProblems).toEqual([
      { path: 'retention', message: 'must be >= 0 (got -1)' },
      { path: 'coinsurance', message: 'must be <= 1 (got 3)' },
      { path: 'layers[0].limit', message: 'must be > 0 (got 0)' },
    ]);
    expect(buildProgramme({ retention: 0 }, undefined)).toMatchObject({ ok: false, programmeProblems: [{ path: 'layers', message: 'is required' }] });
    expect(buildProgramme([1, 2], undefined)).toMatchObject({ ok: false, programmeProblems: [{ path: '' }] });
  });

  it('sets the underwriting loads, keeping the base programme’s other load', () => {
    const layers = layersOf('1M xs 0');
    expect(buildProgramme(undefined, layers, { riskLoad: 0.5 })).toMatchObject({ ok: true, programme: { underwriting: { riskLoad: 0.5, expenseRatio: 0 } } });
    const base = { retention: 0, underwriting: { riskLoad: 1, expenseRatio: 0.3 } };
    expect(buildProgramme(base, layers, { expenseRatio: 0.25 })).toMatchObject({ ok: true, programme: { underwriting: { riskLoad: 1, expenseRatio: 0.25 } } });
    expect(buildProgramme(base, layers)).toMatchObject({ ok: true, programme: { underwriting: { riskLoad: 1, expenseRatio: 0.3 } } });
  });
});
