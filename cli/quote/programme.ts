/**
 * The programme a quote prices, from the command line: --layers (a layer spec), --programme (a
 * JSON insurance block, whose layers --layers replaces), --risk-load and --expense-ratio. Bad
 * layers are usage errors naming the layer as written; a bad programme file names each problem
 * by its path (`programme.json: insurance.retention must be >= 0`).
 */
import { buildProgramme } from '../../shared/portfolio/programme';
import { parseLayerSpec, type SpecLayer } from '../../shared/portfolio/layerSpec';
import type { InsuranceProgramme } from '../../shared/scenario/insuranceSchema';
import { parseJsonText } from '../../shared/scenario/parse';
import { InputError } from '../inputError';
import { FileReadError, readTextFile } from '../textFile';
import { UsageError } from '../usage';

export const MAX_PROGRAMME_BYTES = 5 * 1024 * 1024;

export type ProgrammeArgs = Readonly<{
  layers: string | undefined;
  programme: string | undefined;
  riskLoad: number | undefined;
  expenseRatio: number | undefined;
}>;

async function readProgrammeFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readTextFile(file, 'programme file', MAX_PROGRAMME_BYTES);
  } catch (error) {
    if (error instanceof FileReadError) throw new InputError([error.message]);
    throw error;
  }
  const json = parseJsonText(text);
  if (!json.ok) throw new InputError([`${file}: ${json.message}`]);
  return json.value;
}

export async function loadProgramme(args: ProgrammeArgs): Promise<InsuranceProgramme> {
  let layers: readonly SpecLayer[] | undefined;
  if (args.layers !== undefined) {
    const spec = parseLayerSpec(args.layers);
    if (!spec.ok) throw new UsageError(spec.problems.map((problem) => `--layers: ${problem}`).join('\n'));
    layers = spec.layers;
  }
  const base = args.programme === undefined ? undefined : await readProgrammeFile(args.programme);
  const built = buildProgramme(base, layers, { riskLoad: args.riskLoad, expenseRatio: args.expenseRatio });
  if (built.ok) return built.programme;
  const layerLines = built.layerProblems.map((problem) => `--layers: ${problem}`);
  const file = args.programme ?? 'the programme';
  const programmeLines = built.programmeProblems.map((error) => `${file}: ${error.path === '' ? '' : `insurance.${error.path} `}${error.message}`);
  if (programmeLines.length === 0) throw new UsageError(layerLines.join('\n'));
  throw new InputError([...programmeLines, ...layerLines]);
}
