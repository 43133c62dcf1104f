/**
 * The benchmark's workloads (issue 9), by name, with the sizes each runs at by default and where
 * it runs: `engine` workloads call shared/ in a child node process of the bench; `cli` workloads
 * start the built command line (out/cli) as a user would; `browser` drives the built app in
 * Chromium (appRunner.ts).
 */

export const WORKLOAD_NAMES = ['w1', 'w2', 'w1-gammas', 'w2-gammas', 'hospital', 'insurance', 'insurance-overhead', 'sensitivity', 'summaries', 'cli', 'parallel', 'app'] as const;
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];

export type WorkloadInfo = Readonly<{
  name: WorkloadName;
  runs: 'engine' | 'cli' | 'browser';
  defaultSizes: readonly number[];
  description: string;
}>;

const SMALL_TO_MILLION = [1e4, 1e5, 1e6] as const;

export const WORKLOADS: readonly WorkloadInfo[] = [
  {
    name: 'w1',
    runs: 'engine',
    defaultSizes: SMALL_TO_MILLION,
    description: 'FAIR, one draw per year: F x (P + S); PERT Beta from the model\'s exact envelope sampler; with mean, sd, P95, P99',
  },
  {
    name: 'w2',
    runs: 'engine',
    defaultSizes: SMALL_TO_MILLION,
    description: 'FAIR, K ~ Poisson(lambda), lambda ~ F per year, P + S per event; PERT as in w1; with mean, sd, P95, P99',
  },
  { name: 'w1-gammas', runs: 'engine', defaultSizes: SMALL_TO_MILLION, description: 'w1 with PERT Beta drawn as X/(X+Y) of two gamma variates (exact, the slower method)' },
  { name: 'w2-gammas', runs: 'engine', defaultSizes: SMALL_TO_MILLION, description: 'w2 with PERT Beta drawn as X/(X+Y) of two gamma variates' },
  {
    name: 'hospital',
    runs: 'engine',
    defaultSizes: [1e4, 1e5, 1e6, 1e7],
    description: 'regional hospital preset without its insurance block: runScenario end to end (sampling, every summary, curve, categories, timeline), no controls analysis',
  },
  { name: 'insurance', runs: 'engine', defaultSizes: SMALL_TO_MILLION, description: 'regional hospital preset with its two-layer tower: runScenario end to end' },
  {
    name: 'insurance-overhead',
    runs: 'engine',
    defaultSizes: [1e6],
    description: 'hospital and insurance in pairs of timing children run back to back (order swapped every other pair): the median of the pairs\' ratios is what the tower adds',
  },
  { name: 'sensitivity', runs: 'engine', defaultSizes: SMALL_TO_MILLION, description: 'analyseSensitivity on the regional hospital preset: the tornado (2 runs per input) and rank correlations' },
  {
    name: 'summaries',
    runs: 'engine',
    defaultSizes: [1e6],
    description: 'hospital without insurance: sortedCopy + summarise alone, on a run simulated beforehand (not timed)',
  },
  {
    name: 'cli',
    runs: 'cli',
    defaultSizes: [1e6, 1e7],
    description: 'built CLI, a fresh process per run: aftermath simulate --trials N --format json (built-in hospital with its tower)',
  },
  {
    name: 'parallel',
    runs: 'cli',
    defaultSizes: [4e6],
    description: 'built CLI: aftermath simulate --workers 1 against --workers 2; the outputs must be identical',
  },
  {
    name: 'app',
    runs: 'browser',
    defaultSizes: [1e5],
    description: 'the built app in Chromium: input change to new headline figures on screen, and every UI-thread long task (sizes: years the app offers)',
  },
];

export function workloadInfo(name: WorkloadName): WorkloadInfo {
  const info = WORKLOADS.find((workload) => workload.name === name);
  if (!info) throw new Error(`no workload ${name}`);
  return info;
}
