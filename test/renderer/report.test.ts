/**
 * The board report's renderer logic: the page (size by locale, printable width, footer line and
 * its CSS), each assumption's value in words, the executive summary written from real runs of
 * the built-in hospital, and when the report is ready (what it waits for, what stops it, and
 * what it is written from).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARGIN_MM, contentWidthMm, defaultPageSize, footerLine, pageStyleCss } from '../../renderer/src/report/pageStyle';
import { assumptionValueText, type AssumptionFormat } from '../../renderer/src/report/assumptionText';
import { executiveSummary, type SummaryInputs } from '../../renderer/src/report/executiveSummary';
import { reportReadiness, type ReadinessInputs } from '../../renderer/src/report/reportReadiness';
import { formatters } from '../../renderer/src/results/format';
import { appetiteSentences } from '../../renderer/src/results/appetite';
import { controlsSentence } from '../../renderer/src/results/controls/controlsTables';
import { controlsRunOf, sensitivityRunOf } from '../../renderer/src/simulation/analysisRuns';
import { runKey, type RunSettings } from '../../renderer/src/simulation/runKey';
import type { WantedRun } from '../../renderer/src/simulation/useResults';
import type { ComparedVariant } from '../../renderer/src/shell/CompareView';
import type { AssumptionRow, AssumptionValue } from '../../shared/report/assumptions';
import { assumptionRows } from '../../shared/report/assumptions';
import { reportProvenance } from '../../shared/report/reportProvenance';
import { scenarioHash } from '../../shared/report/fingerprint';
import { runScenario, type ScenarioResult } from '../../shared/engine/runScenario';
import { analyseSensitivity } from '../../shared/sensitivity/analyse';
import { topDriversSentence } from '../../shared/sensitivity/sentence';
import { CATEGORY_IDS, CATEGORY_LABELS } from '../../shared/model/categories';
import { parseScenario } from '../../shared/scenario/parse';
import type { Scenario } from '../../shared/scenario/schemaV1';
import { regionalHospital } from '../../shared/presets/regionalHospital';

const usd = formatters('USD', 'en-US');
const TRIALS = 2_000;

function valid(input: unknown): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.scenario;
}

const run = (scenario: Scenario): ScenarioResult => runScenario(scenario, { trials: TRIALS, seed: 7 });

const hospital = valid(regionalHospital.scenario);
const hospitalResult = run(hospital);
const hospitalSensitivity = analyseSensitivity(hospital, { trials: 300, seed: 7 });
const withControls = (controls: readonly unknown[]): Scenario => valid({ ...hospital, controls });

describe('the printed page', () => {
  it.each([
    ['en-US', 'Letter'],
    ['en-CA', 'Letter'],
    ['EN-us', 'Letter'],
    ['es-US', 'Letter'],
    ['en-GB', 'A4'],
    ['de-DE', 'A4'],
    ['en', 'A4'],
    ['', 'A4'],
    [undefined, 'A4'],
  ] as const)('takes %s to %s', (locale, size) => {
    expect(defaultPageSize(locale)).toBe(size);
  });

  it('lays out the printable width: the page less two 16 mm margins', () => {
    expect(MARGIN_MM).toEqual({ top: 16, side: 16, bottom: 20 });
    expect(contentWidthMm('A4')).toBe(178);
    expect(contentWidthMm('Letter')).toBeCloseTo(183.9, 10);
  });

  it('writes the footer line with the version, seed, years in the locale and the first 16 hex digits of the hash', () => {
    const hash = 'f00dfacecafebeef0123456789abcdef0123456789abcdef0123456789abcdef';
    expect(footerLine({ version: '1.4.0', seed: 42, trials: 100_000, hash, locale: 'en-US' })).toBe('Aftermath 1.4.0 · seed 42 · 100,000 simulated years · scenario SHA-256 f00dfacecafebeef');
    expect(footerLine({ version: '1.4.0', seed: 7, trials: 1_234_567, hash, locale: 'de-DE' })).toBe('Aftermath 1.4.0 · seed 7 · 1.234.567 simulated years · scenario SHA-256 f00dfacecafebeef');
  });

  it('sets the page size and margins, and puts the footer and page numbers in the bottom margin boxes', () => {
    const a4 = pageStyleCss('A4', 'Aftermath 1.4.0 · seed 1');
    expect(a4).toMatch(/^@page \{\n/);
    expect(a4).toContain('  size: A4 portrait;\n');
    expect(a4).toContain('  margin: 16mm 16mm 20mm;\n');
    expect(a4).toContain('@bottom-left { content: "Aftermath 1.4.0 · seed 1"; ');
    expect(a4).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages); ');
    expect(a4.trimEnd().endsWith('}')).toBe(true);
    expect(pageStyleCss('Letter', 'x')).toContain('  size: letter portrait;\n');
  });

  it('escapes quotes and backslashes in the footer and turns line breaks into spaces', () => {
    expect(pageStyleCss('A4', 'He said "hi" \\ then\nleft')).toContain('content: "He said \\"hi\\" \\\\ then left";');
    expect(pageStyleCss('A4', 'a\r\nb\rc\fd')).toContain('content: "a b c d";');
  });

  it('always writes the footer as one well-formed CSS string that reads back as the footer (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '"', "'", '\\', '\n', '\r', '\f', '·', '0', 'f', ';', '}') }), (footer) => {
        const css = pageStyleCss('A4', footer);
        const literal = /@bottom-left \{ content: "((?:[^"\\\n\r\f]|\\[^\n\r\f])*)"; /.exec(css);
        expect(literal).not.toBeNull();
        expect(literal![1]!.replace(/\\(.)/g, '$1')).toBe(footer.replace(/\r\n|[\n\r\f]/g, ' '));
      }),
      { numRuns: 500 },
    );
  });
});

describe('an assumption’s value in words', () => {
  const format: AssumptionFormat = { format: usd, currency: 'USD', locale: 'en-US' };
  const number = (value: number): AssumptionValue => ({ kind: 'number', value });
  const range = (distribution: 'uniform' | 'triangular' | 'pert' | 'lognormal', low: number, mode: number | null, high: number): AssumptionValue => ({
    kind: 'range',
    distribution,
    low,
    mode,
    high,
    gamma: distribution === 'pert' ? 4 : null,
  });
  const text = (unit: AssumptionRow['unit'], value: AssumptionValue) => assumptionValueText({ unit, value }, format);

  it.each([
    ['money', number(400_000_000), '$400,000,000'],
    ['money', number(1_234.56), '$1,235'],
    ['money', number(0), '$0'],
    ['moneyPerPerson', number(0.48), '$0.48'],
    ['moneyPerPerson', number(2), '$2'],
    ['moneyPerItem', number(99.5), '$99.50'],
    ['moneyPerDay', number(150.5), '$151'],
    ['money', number(-0.25), '-$0.25'],
    ['share', number(0.15), '15%'],
    ['share', number(0.0425), '4.25%'],
    ['share', number(0.123456), '12.3%'],
    ['share', number(0), '0%'],
    ['count', number(750_000), '750,000'],
    ['countPerDay', number(22.4), '22'],
    ['days', number(3.125), '3.13'],
    ['days', number(365), '365'],
    ['hours', number(12), '12'],
    ['years', number(3), '3'],
    ['eventsPerYear', number(0.06), '0.06'],
    ['eventsPerYear', number(1_234.5), '1,234.5'],
    ['ratio', number(0.7584), '0.7584'],
    ['ratio', number(0.12345678), '0.123457'],
  ] as const)('writes a %s of %o as %s', (unit, value, expected) => {
    expect(text(unit, value)).toBe(expected);
  });

  it('writes each shape of range with its parameters in the unit', () => {
    expect(text('moneyPerPerson', range('pert', 0.48, 2, 15))).toBe('PERT, $0.48 / $2 / $15 (low / most likely / high)');
    expect(text('share', range('pert', 0, 0.15, 0.8))).toBe('PERT, 0% / 15% / 80% (low / most likely / high)');
    expect(text('eventsPerYear', range('pert', 0.02, 0.06, 0.2))).toBe('PERT, 0.02 / 0.06 / 0.2 (low / most likely / high)');
    expect(text('money', range('triangular', 1_000, 2_000, 5_000))).toBe('Triangular, $1,000 / $2,000 / $5,000 (low / most likely / high)');
    expect(text('eventsPerYear', range('uniform', 0.5, null, 2))).toBe('Uniform, 0.5 to 2');
    expect(text('share', range('uniform', 0.005, null, 0.065))).toBe('Uniform, 0.5% to 6.5%');
    expect(text('days', range('lognormal', 3, null, 45))).toBe('Lognormal, 90% between 3 and 45');
    expect(text('money', range('lognormal', 53_000, null, 13_200_000))).toBe('Lognormal, 90% between $53,000 and $13,200,000');
  });

  it('writes text as it is, and money in the reader’s locale and the scenario’s currency', () => {
    expect(text('text', { kind: 'text', value: 'HIPAA (US health data)' })).toBe('HIPAA (US health data)');
    const german: AssumptionFormat = { format: formatters('EUR', 'de-DE'), currency: 'EUR', locale: 'de-DE' };
    expect(assumptionValueText({ unit: 'moneyPerPerson', value: number(0.48) }, german)).toBe('0,48\u00a0€');
    expect(assumptionValueText({ unit: 'money', value: number(1_500_000) }, german)).toBe('1.500.000\u00a0€');
    expect(assumptionValueText({ unit: 'days', value: number(2.5) }, german)).toBe('2,5');
  });

  it('writes every row of the hospital’s assumptions without a gap or a stray number', () => {
    for (const row of assumptionRows(hospital, reportProvenance(hospital))) {
      const words = assumptionValueText(row, format);
      expect(words.length, row.path).toBeGreaterThan(0);
      expect(words, row.path).not.toMatch(/NaN|undefined|null|Infinity/);
    }
  });
});

describe('the executive summary', () => {
  const summaryOf = (inputs: Partial<SummaryInputs> & Readonly<{ result: ScenarioResult }>) =>
    executiveSummary({ organisation: 'Example Regional Hospital', controls: null, sensitivity: null, ...inputs }, usd);
  const textOf = (points: ReturnType<typeof executiveSummary>, id: string) => points.find((point) => point.id === id)!.text;

  it('makes seven points in order, the first two with the run’s figures exactly as the results show them', () => {
    const points = summaryOf({ result: hospitalResult });
    expect(points.map((point) => [point.id, point.title])).toEqual([
      ['year', 'What an average year costs'],
      ['tail', 'How bad a bad year gets'],
      ['where', 'Where the money goes'],
      ['drivers', 'What drives the loss'],
      ['insurance', 'Insurance'],
      ['controls', 'Security investments'],
      ['appetite', 'Risk appetite'],
    ]);
    const annual = hospitalResult.annualLoss;
    expect(annual.mean).toBeGreaterThan(0);
    expect(textOf(points, 'year')).toBe(
      `In an average year, cyber incidents would cost Example Regional Hospital about ${usd.moneyCompact(annual.mean)}. The chance of at least one costly incident in a year is ${usd.probability(hospitalResult.probabilityOfAnyLoss)}.`,
    );
    expect(textOf(points, 'tail')).toBe(
      `Once in 20 years, a year’s losses reach ${usd.moneyCompact(annual.p95)} or more; once in 100 years, ${usd.moneyCompact(annual.p99)} or more. A typical incident costs ${usd.moneyCompact(hospitalResult.event.p50)}; one in ten costs more than ${usd.moneyCompact(hospitalResult.event.p90)}.`,
    );
    expect(textOf(points, 'year')).toMatch(/about \$\d+(\.\d+)?[KM]\. The chance of at least one costly incident in a year is \d+(\.\d)?%\.$/);
  });

  it('names the three largest categories of cost, largest first, with their yearly cost and share', () => {
    const ranked = CATEGORY_IDS.map((id) => hospitalResult.categories[id])
      .map((stats, i) => ({ id: CATEGORY_IDS[i]!, stats }))
      .sort((a, b) => b.stats.mean - a.stats.mean)
      .slice(0, 3);
    const parts = ranked.map(({ id, stats }) => `${CATEGORY_LABELS[id].toLowerCase()} (${usd.moneyCompact(stats.mean)} a year, ${usd.share(stats.share)})`);
    expect(textOf(summaryOf({ result: hospitalResult }), 'where')).toBe(`The three largest costs are ${parts[0]}, ${parts[1]} and ${parts[2]}.`);
    const nothing = Object.fromEntries(CATEGORY_IDS.map((id) => [id, { ...hospitalResult.categories[id], mean: 0, share: 0 }])) as ScenarioResult['categories'];
    expect(textOf(summaryOf({ result: { ...hospitalResult, categories: nothing } }), 'where')).toBe('No category of cost arises in the simulated years.');
    const one = Object.fromEntries(CATEGORY_IDS.map((id) => [id, { ...hospitalResult.categories[id], mean: id === 'recovery' ? 1_000 : 0, share: id === 'recovery' ? 1 : 0 }])) as ScenarioResult['categories'];
    expect(textOf(summaryOf({ result: { ...hospitalResult, categories: one } }), 'where')).toBe('The three largest costs are recovery ($1K a year, 100%).');
  });

  it('names the drivers from the tornado when there is one, and says so when there is not', () => {
    expect(textOf(summaryOf({ result: hospitalResult }), 'drivers')).toBe('The drivers of the loss were not analysed for this report.');
    const text = textOf(summaryOf({ result: hospitalResult, sensitivity: hospitalSensitivity }), 'drivers');
    expect(text).toBe(topDriversSentence(hospitalSensitivity.tornado, usd.moneyCompact));
    const first = hospitalSensitivity.tornado[0]!;
    expect(first.swing).toBeGreaterThan(0);
    expect(text.startsWith(`What moves the expected annual loss most: ${first.label} (from ${usd.moneyCompact(first.lowResult.mean)} to ${usd.moneyCompact(first.highResult.mean)}), then `)).toBe(true);
  });

  it('says the organisation bears every loss when no insurance is modelled', () => {
    const uninsured = Object.fromEntries(Object.entries(hospital).filter(([key]) => key !== 'insurance'));
    const result = run(valid(uninsured));
    expect(result.insurance).toBeNull();
    expect(textOf(summaryOf({ result }), 'insurance')).toBe(`No insurance programme is modelled, so the organisation bears every loss: ${usd.moneyCompact(result.annualLoss.p95)} in a 1-in-20 year.`);
  });

  it('says whether the tower covers the 1-in-20-year loss, with the figures that decide it', () => {
    const insurance = hospital.insurance!;
    const tall = run(valid({ ...hospital, insurance: { ...insurance, layers: [{ name: 'Primary', attachment: 0, limit: 1_000_000_000 }] } }));
    const tallCover = tall.insurance!;
    const tallAt20 = tallCover.adequacy.find((at) => at.returnPeriod === 20)!;
    expect(tallAt20.shortfall).toBe(0);
    expect(textOf(summaryOf({ result: tall }), 'insurance')).toBe(
      `The insurance pays ${usd.moneyCompact(tallCover.expectedRecovery)} of an average year’s ${usd.moneyCompact(tall.annualLoss.mean)}. It covers the 1-in-20-year loss: such a year puts ${usd.moneyCompact(tallAt20.limitNeeded)} on a $1B tower. In a 1-in-20 year the organisation keeps ${usd.moneyCompact(tallCover.retained.p95)} itself (retention, coinsurance, exclusions, sublimits and anything above the tower).`,
    );

    const short = run(valid({ ...hospital, insurance: { ...insurance, layers: [{ name: 'Primary', attachment: 0, limit: 100_000 }, { name: 'Excess', attachment: 100_000, limit: 100_000 }] } }));
    const shortCover = short.insurance!;
    const shortAt20 = shortCover.adequacy.find((at) => at.returnPeriod === 20)!;
    expect(shortAt20.shortfall).toBeGreaterThan(0);
    expect(shortCover.towerTop).toBe(200_000);
    expect(textOf(summaryOf({ result: short }), 'insurance')).toBe(
      `The insurance pays ${usd.moneyCompact(shortCover.expectedRecovery)} of an average year’s ${usd.moneyCompact(short.annualLoss.mean)}. It does not cover the 1-in-20-year loss: ${usd.moneyCompact(shortAt20.shortfall)} of the ${usd.moneyCompact(shortAt20.limitNeeded)} such a year puts on the tower is above its $200K limit. In a 1-in-20 year the organisation keeps ${usd.moneyCompact(shortCover.retained.p95)} itself (retention, coinsurance, exclusions, sublimits and anything above the tower).`,
    );
  });

  it('values the controls only when one is proposed', () => {
    expect(textOf(summaryOf({ result: hospitalResult }), 'controls')).toBe('No security controls are listed, so none is valued.');
    const oneInPlace = run(withControls([{ id: 'edr', status: 'inPlace', annualCost: 80_000 }]));
    expect(textOf(summaryOf({ result: oneInPlace, controls: oneInPlace }), 'controls')).toBe('The control listed is already in place; none is proposed, so there is no investment to compare.');
    const twoInPlace = run(withControls([{ id: 'edr', status: 'inPlace' }, { id: 'mfa', status: 'inPlace' }]));
    expect(textOf(summaryOf({ result: twoInPlace, controls: twoInPlace }), 'controls')).toBe('The 2 controls listed are already in place; none is proposed, so there is no investment to compare.');
    const proposed = run(withControls([{ id: 'edr', status: 'inPlace', annualCost: 80_000 }, { id: 'immutable-backups', status: 'proposed', annualCost: 60_000, oneOffCost: 120_000 }]));
    const text = textOf(summaryOf({ result: proposed, controls: proposed }), 'controls');
    expect(text).toBe(controlsSentence(proposed, usd));
    expect(text).toMatch(/^(Best value|None of the proposed controls pays for itself on expected loss alone\. The best): Immutable offline backups saves \$[\d.]+[KM]? a year for \$[\d.]+K \(return /);
    expect(text).toContain('All 1 proposed together take the expected annual loss from ');
  });

  it('gives the appetite verdict within, beyond, or says none is set', () => {
    expect(textOf(summaryOf({ result: hospitalResult }), 'appetite')).toBe('No risk appetite is set for this scenario, so no verdict is given.');
    const within = run(valid({ ...hospital, appetite: [{ loss: 1_000_000_000_000, probability: 0.5 }] }));
    expect(within.appetite?.within).toBe(true);
    const withinText = textOf(summaryOf({ result: within }), 'appetite');
    expect(withinText).toBe(`Within risk appetite. ${appetiteSentences(within.appetite!, usd).join(' ')}`);
    expect(withinText).toContain('Within appetite (at most 50% chance of a year costing more than $1T)');
    const beyond = run(valid({ ...hospital, appetite: [{ loss: 1_000_000_000_000, probability: 0.5 }, { loss: 1, probability: 0.001 }] }));
    expect(beyond.appetite?.within).toBe(false);
    const beyondText = textOf(summaryOf({ result: beyond }), 'appetite');
    expect(beyondText).toBe(`Beyond risk appetite. ${appetiteSentences(beyond.appetite!, usd).join(' ')}`);
    expect(beyondText).toContain(' Beyond appetite (at most 0.1% chance of a year costing more than $1)');
  });
});

describe('whether the report can be written', () => {
  const settings: RunSettings = { trials: TRIALS, seed: 7, thresholds: [] };
  const mainRunOf = (scenario: Scenario, runSettings: RunSettings = settings): WantedRun => ({ key: runKey(scenario, runSettings), group: 'base', kind: 'main', scenario, settings: runSettings });
  const hospitalRun = mainRunOf(hospital);
  const controlled = withControls([{ id: 'edr', status: 'inPlace' }, { id: 'immutable-backups', status: 'proposed', annualCost: 60_000 }]);
  const controlledRun = mainRunOf(controlled);
  const controlledResult = run(controlled);
  const inputs = (overrides: Partial<ReadinessInputs> = {}): ReadinessInputs => ({
    mainRun: hospitalRun,
    variantId: 'base',
    variantName: 'As today',
    invalidInputs: false,
    results: new Map(),
    sensitivities: new Map(),
    errors: new Map(),
    cancelled: new Set(),
    variants: [],
    version: '1.4.0',
    dateText: '29 November 2026',
    ...overrides,
  });
  const allIn = (main: WantedRun, result: ScenarioResult): Pick<ReadinessInputs, 'results' | 'sensitivities'> => {
    const controls = controlsRunOf(main, 'base');
    return {
      results: new Map([[main.key, result], ...(controls ? [[controls.key, result] as const] : [])]),
      sensitivities: new Map([[sensitivityRunOf(main, 'base').key, hospitalSensitivity]]),
    };
  };
  const variant = (id: string, name: string, overrides: Partial<ComparedVariant> = {}): ComparedVariant => ({ id, name, result: hospitalResult, valid: true, stale: false, ...overrides });

  it('refuses invalid inputs, or no run, whatever results it holds', () => {
    const problem = 'Some inputs need attention. The report is written from valid inputs only; fix them and it follows.';
    expect(reportReadiness(inputs({ invalidInputs: true, ...allIn(hospitalRun, hospitalResult) }))).toEqual({ ready: false, waitingFor: [], problem });
    expect(reportReadiness(inputs({ mainRun: undefined, ...allIn(hospitalRun, hospitalResult) }))).toEqual({ ready: false, waitingFor: [], problem });
  });

  it('waits for the simulation and the tornado, and for the controls only when the scenario lists some', () => {
    expect(reportReadiness(inputs())).toEqual({ ready: false, waitingFor: ['the simulation', 'what drives the loss'], problem: null });
    expect(reportReadiness(inputs({ results: new Map([[hospitalRun.key, hospitalResult]]) }))).toEqual({ ready: false, waitingFor: ['what drives the loss'], problem: null });
    expect(reportReadiness(inputs({ sensitivities: allIn(hospitalRun, hospitalResult).sensitivities }))).toEqual({ ready: false, waitingFor: ['the simulation'], problem: null });

    expect(reportReadiness(inputs({ mainRun: controlledRun }))).toEqual({ ready: false, waitingFor: ['the simulation', 'the value of each control', 'what drives the loss'], problem: null });
    const mainOnly = inputs({ mainRun: controlledRun, results: new Map([[controlledRun.key, controlledResult]]), sensitivities: allIn(controlledRun, controlledResult).sensitivities });
    expect(reportReadiness(mainOnly)).toEqual({ ready: false, waitingFor: ['the value of each control'], problem: null });
  });

  it('waits for the tornado run at its capped years, not one at the main run’s', () => {
    const longRun = mainRunOf(hospital, { ...settings, trials: 50_000 });
    const tornadoRun = sensitivityRunOf(longRun, 'base');
    expect(tornadoRun.settings.trials).toBe(20_000);
    const results = new Map([[longRun.key, hospitalResult]]);
    const atMainYears = new Map([[runKey(hospital, { ...settings, trials: 50_000 }, 'sensitivity'), hospitalSensitivity]]);
    expect(reportReadiness(inputs({ mainRun: longRun, results, sensitivities: atMainYears }))).toMatchObject({ ready: false, waitingFor: ['what drives the loss'] });
    expect(reportReadiness(inputs({ mainRun: longRun, results, sensitivities: new Map([[tornadoRun.key, hospitalSensitivity]]) })).ready).toBe(true);
  });

  it('waits for every other valid variant still running, naming it, and never for an invalid one', () => {
    const variants = [
      variant('base', 'As today', { result: undefined, stale: true }),
      variant('done', 'With MFA'),
      variant('stale', 'Bigger tower', { stale: true }),
      variant('new', 'No insurance', { result: undefined }),
      variant('broken', 'Half typed', { valid: false, result: undefined, stale: true }),
    ];
    expect(reportReadiness(inputs({ ...allIn(hospitalRun, hospitalResult), variants }))).toEqual({
      ready: false,
      waitingFor: ['variant “Bigger tower”', 'variant “No insurance”'],
      problem: null,
    });
    expect(reportReadiness(inputs({ variants }))).toMatchObject({ waitingFor: ['the simulation', 'what drives the loss', 'variant “Bigger tower”', 'variant “No insurance”'] });
  });

  it('names a failed or cancelled analysis as the problem, the simulation first', () => {
    const held = allIn(controlledRun, controlledResult);
    const controlsKey = controlsRunOf(controlledRun, 'base')!.key;
    const tornadoKey = sensitivityRunOf(controlledRun, 'base').key;
    const failed = (errors: ReadonlyMap<string, string>, cancelled: ReadonlySet<string> = new Set()) => reportReadiness(inputs({ mainRun: controlledRun, ...held, errors, cancelled }));
    expect(failed(new Map([[controlledRun.key, 'out of memory']]))).toEqual({ ready: false, waitingFor: [], problem: 'The report cannot be written: the simulation failed (out of memory).' });
    expect(failed(new Map([[controlsKey, 'worker crashed']]))).toEqual({ ready: false, waitingFor: [], problem: 'The report cannot be written: the value of each control failed (worker crashed).' });
    expect(failed(new Map([[tornadoKey, 'too many years']]))).toEqual({ ready: false, waitingFor: [], problem: 'The report cannot be written: what drives the loss failed (too many years).' });
    expect(failed(new Map(), new Set([tornadoKey]))).toEqual({
      ready: false,
      waitingFor: [],
      problem: 'The report cannot be written: what drives the loss was cancelled. Close the report and open it again to retry.',
    });
    expect(failed(new Map(), new Set([controlledRun.key]))).toMatchObject({ problem: 'The report cannot be written: the simulation was cancelled. Close the report and open it again to retry.' });
    expect(failed(new Map([[tornadoKey, 'too many years']]), new Set([controlledRun.key]))).toMatchObject({ problem: 'The report cannot be written: the simulation was cancelled. Close the report and open it again to retry.' });
    expect(reportReadiness(inputs({ mainRun: controlledRun, errors: new Map([[controlsKey, 'worker crashed']]) }))).toMatchObject({ waitingFor: [], problem: 'The report cannot be written: the value of each control failed (worker crashed).' });
    expect(failed(new Map([[runKey(controlled, { ...settings, seed: 8 }), 'an older run']]))).toMatchObject({ ready: true });
  });

  it('is ready when everything is in, written from the current scenario, its hash and its assumptions', () => {
    const variants = [variant('base', 'As today'), variant('other', 'With MFA'), variant('broken', 'Half typed', { valid: false }), variant('gone', 'Not run', { valid: false, result: undefined })];
    const readiness = reportReadiness(inputs({ ...allIn(hospitalRun, hospitalResult), variants }));
    expect(readiness).toEqual({
      ready: true,
      content: {
        organisation: 'Example Regional Hospital',
        scenarioName: 'Regional hospital',
        description: regionalHospital.scenario.description,
        variantName: 'As today',
        dateText: '29 November 2026',
        version: '1.4.0',
        hash: scenarioHash(hospital),
        result: hospitalResult,
        controls: null,
        sensitivity: hospitalSensitivity,
        variants: [variants[0], variants[1]],
        assumptions: assumptionRows(hospital, reportProvenance(hospital)),
      },
    });
    if (!readiness.ready) return;
    expect(readiness.content.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(readiness.content.result).toBe(hospitalResult);
    expect(readiness.content.sensitivity).toBe(hospitalSensitivity);
    expect(readiness.content.assumptions.find((row) => row.path === 'organisation.annualRevenue')?.source).toContain('Net patient revenue of 400M USD');

    const controlsResult = run(controlled);
    const withControlsReady = reportReadiness(inputs({ mainRun: controlledRun, ...allIn(controlledRun, controlledResult), results: new Map([[controlledRun.key, controlledResult], [controlsRunOf(controlledRun, 'base')!.key, controlsResult]]) }));
    expect(withControlsReady.ready && withControlsReady.content.controls).toBe(controlsResult);
    expect(withControlsReady.ready && withControlsReady.content.hash).toBe(scenarioHash(controlled));
    expect(withControlsReady.ready && withControlsReady.content.hash).not.toBe(scenarioHash(hospital));
    expect(withControlsReady.ready && withControlsReady.content.assumptions).toEqual(assumptionRows(controlled, reportProvenance(controlled)));
  });
});
